// Cairo, Pango and fontconfig, loaded when the first chart is drawn instead of when the process
// starts. Loading them and the thirty libraries they need was half of every command's start-up
// (`yearbook --help` 10 → 5 ms, a 10⁴-row export 17 → 13 ms), though `export` and `inspect`
// never draw; and a machine without them can still read and export tables.
//
// Each function the package calls is defined here with the signature of its header (the
// compiler checks it), and jumps to the library's own, looked up in the libraries by name the
// first time it is called. SwiftPM still links the libraries pkg-config names; `make build`
// strikes them from the binary's list of libraries to load at start (patchelf), which is safe
// because every call lands here (YearbookCLITests.DrawingLibrariesTests checks that the binary
// refers to none of their functions itself). A function the package comes to call must be
// added here.
#include "DrawingLibraries.h"

#if defined(__linux__)
#include <cairo.h>
#include <cairo-pdf.h>
#include <dlfcn.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-font.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static const char *const libraries[] = {
    "libcairo.so.2", "libpango-1.0.so.0", "libpangocairo-1.0.so.0", "libpangoft2-1.0.so.0",
    "libfontconfig.so.1", "libgobject-2.0.so.0",
};
enum { library_count = sizeof libraries / sizeof *libraries };
static void *handles[library_count];
static char failure[1024];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void open_libraries(void) {
    for (int i = 0; i < library_count; i++) {
        handles[i] = dlopen(libraries[i], RTLD_LAZY | RTLD_GLOBAL);
        if (!handles[i]) {
            snprintf(failure, sizeof failure, "%s", dlerror());
            return;
        }
    }
}

const char *yb_drawing_libraries_load(void) {
    pthread_once(&once, open_libraries);
    return failure[0] ? failure : NULL;
}

/// The library's own `name`, found once and kept in `slot`. Looked up through the libraries'
/// handles, never the process's global scope, where this file's definition would be found.
/// Every drawing path loads the libraries first (CairoBackend's DrawingLibraries.load), so
/// failing here is a bug: it says which function and stops.
static void *symbol(void **slot, const char *name) {
    void *found = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (found) return found;
    const char *loading = yb_drawing_libraries_load();
    for (int i = 0; !loading && !found && i < library_count; i++) found = dlsym(handles[i], name);
    if (!found) {
        fprintf(stderr, "yearbook: error: cannot draw: %s\n", loading ? loading : name);
        abort();
    }
    __atomic_store_n(slot, found, __ATOMIC_RELEASE);
    return found;
}

#define CALL(name, ...) static void *slot; return ((__typeof__(&name))symbol(&slot, #name))(__VA_ARGS__)
#define CALL_VOID(name, ...) static void *slot; ((__typeof__(&name))symbol(&slot, #name))(__VA_ARGS__)

FcBool FcConfigAppFontAddDir(FcConfig *config, const FcChar8 *dir) { CALL(FcConfigAppFontAddDir, config, dir); }
FcConfig *FcConfigGetCurrent(void) { CALL(FcConfigGetCurrent); }
FcResult FcPatternGetString(const FcPattern *p, const char *object, int n, FcChar8 **s) { CALL(FcPatternGetString, p, object, n, s); }
void cairo_clip(cairo_t *cr) { CALL_VOID(cairo_clip, cr); }
void cairo_close_path(cairo_t *cr) { CALL_VOID(cairo_close_path, cr); }
cairo_t *cairo_create(cairo_surface_t *target) { CALL(cairo_create, target); }
void cairo_curve_to(cairo_t *cr, double x1, double y1, double x2, double y2, double x3, double y3) { CALL_VOID(cairo_curve_to, cr, x1, y1, x2, y2, x3, y3); }
void cairo_destroy(cairo_t *cr) { CALL_VOID(cairo_destroy, cr); }
void cairo_fill_preserve(cairo_t *cr) { CALL_VOID(cairo_fill_preserve, cr); }
cairo_font_options_t *cairo_font_options_create(void) { CALL(cairo_font_options_create); }
void cairo_font_options_destroy(cairo_font_options_t *options) { CALL_VOID(cairo_font_options_destroy, options); }
void cairo_font_options_set_antialias(cairo_font_options_t *options, cairo_antialias_t antialias) { CALL_VOID(cairo_font_options_set_antialias, options, antialias); }
void cairo_font_options_set_hint_metrics(cairo_font_options_t *options, cairo_hint_metrics_t hint_metrics) { CALL_VOID(cairo_font_options_set_hint_metrics, options, hint_metrics); }
void cairo_font_options_set_hint_style(cairo_font_options_t *options, cairo_hint_style_t hint_style) { CALL_VOID(cairo_font_options_set_hint_style, options, hint_style); }
cairo_surface_t *cairo_image_surface_create(cairo_format_t format, int width, int height) { CALL(cairo_image_surface_create, format, width, height); }
unsigned char *cairo_image_surface_get_data(cairo_surface_t *surface) { CALL(cairo_image_surface_get_data, surface); }
int cairo_image_surface_get_height(cairo_surface_t *surface) { CALL(cairo_image_surface_get_height, surface); }
int cairo_image_surface_get_stride(cairo_surface_t *surface) { CALL(cairo_image_surface_get_stride, surface); }
int cairo_image_surface_get_width(cairo_surface_t *surface) { CALL(cairo_image_surface_get_width, surface); }
void cairo_line_to(cairo_t *cr, double x, double y) { CALL_VOID(cairo_line_to, cr, x, y); }
void cairo_move_to(cairo_t *cr, double x, double y) { CALL_VOID(cairo_move_to, cr, x, y); }
void cairo_new_path(cairo_t *cr) { CALL_VOID(cairo_new_path, cr); }
void cairo_paint(cairo_t *cr) { CALL_VOID(cairo_paint, cr); }
cairo_surface_t *cairo_pdf_surface_create_for_stream(cairo_write_func_t write_func, void *closure, double width_in_points, double height_in_points) { CALL(cairo_pdf_surface_create_for_stream, write_func, closure, width_in_points, height_in_points); }
void cairo_pdf_surface_set_metadata(cairo_surface_t *surface, cairo_pdf_metadata_t metadata, const char *utf8) { CALL_VOID(cairo_pdf_surface_set_metadata, surface, metadata, utf8); }
void cairo_rectangle(cairo_t *cr, double x, double y, double width, double height) { CALL_VOID(cairo_rectangle, cr, x, y, width, height); }
void cairo_restore(cairo_t *cr) { CALL_VOID(cairo_restore, cr); }
void cairo_save(cairo_t *cr) { CALL_VOID(cairo_save, cr); }
void cairo_scale(cairo_t *cr, double sx, double sy) { CALL_VOID(cairo_scale, cr, sx, sy); }
void cairo_set_dash(cairo_t *cr, const double *dashes, int num_dashes, double offset) { CALL_VOID(cairo_set_dash, cr, dashes, num_dashes, offset); }
void cairo_set_line_width(cairo_t *cr, double width) { CALL_VOID(cairo_set_line_width, cr, width); }
void cairo_set_miter_limit(cairo_t *cr, double limit) { CALL_VOID(cairo_set_miter_limit, cr, limit); }
void cairo_set_source_rgba(cairo_t *cr, double red, double green, double blue, double alpha) { CALL_VOID(cairo_set_source_rgba, cr, red, green, blue, alpha); }
cairo_status_t cairo_status(cairo_t *cr) { CALL(cairo_status, cr); }
const char *cairo_status_to_string(cairo_status_t status) { CALL(cairo_status_to_string, status); }
void cairo_stroke(cairo_t *cr) { CALL_VOID(cairo_stroke, cr); }
void cairo_surface_destroy(cairo_surface_t *surface) { CALL_VOID(cairo_surface_destroy, surface); }
void cairo_surface_finish(cairo_surface_t *surface) { CALL_VOID(cairo_surface_finish, surface); }
void cairo_surface_flush(cairo_surface_t *surface) { CALL_VOID(cairo_surface_flush, surface); }
cairo_status_t cairo_surface_status(cairo_surface_t *surface) { CALL(cairo_surface_status, surface); }
void g_object_unref(gpointer object) { CALL_VOID(g_object_unref, object); }
void pango_cairo_context_set_font_options(PangoContext *context, const cairo_font_options_t *options) { CALL_VOID(pango_cairo_context_set_font_options, context, options); }
PangoFontMap *pango_cairo_font_map_new(void) { CALL(pango_cairo_font_map_new); }
void pango_cairo_show_layout(cairo_t *cr, PangoLayout *layout) { CALL_VOID(pango_cairo_show_layout, cr, layout); }
void pango_cairo_update_context(cairo_t *cr, PangoContext *context) { CALL_VOID(pango_cairo_update_context, cr, context); }
PangoLanguage *pango_context_get_language(PangoContext *context) { CALL(pango_context_get_language, context); }
PangoFont *pango_context_load_font(PangoContext *context, const PangoFontDescription *desc) { CALL(pango_context_load_font, context, desc); }
void pango_context_set_language(PangoContext *context, PangoLanguage *language) { CALL_VOID(pango_context_set_language, context, language); }
void pango_context_set_round_glyph_positions(PangoContext *context, gboolean round_positions) { CALL_VOID(pango_context_set_round_glyph_positions, context, round_positions); }
FcPattern *pango_fc_font_get_pattern(PangoFcFont *font) { CALL(pango_fc_font_get_pattern, font); }
void pango_font_description_free(PangoFontDescription *desc) { CALL_VOID(pango_font_description_free, desc); }
PangoFontDescription *pango_font_description_new(void) { CALL(pango_font_description_new); }
void pango_font_description_set_absolute_size(PangoFontDescription *desc, double size) { CALL_VOID(pango_font_description_set_absolute_size, desc, size); }
void pango_font_description_set_family(PangoFontDescription *desc, const char *family) { CALL_VOID(pango_font_description_set_family, desc, family); }
void pango_font_description_set_weight(PangoFontDescription *desc, PangoWeight weight) { CALL_VOID(pango_font_description_set_weight, desc, weight); }
PangoContext *pango_font_map_create_context(PangoFontMap *fontmap) { CALL(pango_font_map_create_context, fontmap); }
PangoLanguage *pango_language_from_string(const char *language) { CALL(pango_language_from_string, language); }
int pango_layout_get_baseline(PangoLayout *layout) { CALL(pango_layout_get_baseline, layout); }
void pango_layout_get_extents(PangoLayout *layout, PangoRectangle *ink_rect, PangoRectangle *logical_rect) { CALL_VOID(pango_layout_get_extents, layout, ink_rect, logical_rect); }
PangoLayoutIter *pango_layout_get_iter(PangoLayout *layout) { CALL(pango_layout_get_iter, layout); }
int pango_layout_get_unknown_glyphs_count(PangoLayout *layout) { CALL(pango_layout_get_unknown_glyphs_count, layout); }
void pango_layout_iter_free(PangoLayoutIter *iter) { CALL_VOID(pango_layout_iter_free, iter); }
PangoLayoutRun *pango_layout_iter_get_run_readonly(PangoLayoutIter *iter) { CALL(pango_layout_iter_get_run_readonly, iter); }
gboolean pango_layout_iter_next_run(PangoLayoutIter *iter) { CALL(pango_layout_iter_next_run, iter); }
PangoLayout *pango_layout_new(PangoContext *context) { CALL(pango_layout_new, context); }
void pango_layout_set_font_description(PangoLayout *layout, const PangoFontDescription *desc) { CALL_VOID(pango_layout_set_font_description, layout, desc); }
void pango_layout_set_text(PangoLayout *layout, const char *text, int length) { CALL_VOID(pango_layout_set_text, layout, text, length); }

#else
// Elsewhere the libraries are linked as usual.
const char *yb_drawing_libraries_load(void) { return 0; }
#endif
