#ifndef YEARBOOK_DRAWING_LIBRARIES_H
#define YEARBOOK_DRAWING_LIBRARIES_H

/// Loads Cairo, Pango and fontconfig, once per process, for the first chart drawn; returns
/// NULL when they are loaded, or why they could not be.
const char *yb_drawing_libraries_load(void);

#endif
