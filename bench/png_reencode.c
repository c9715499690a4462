/* Re-encode PNGs with Cairo's defaults (cairo_surface_write_to_png: libpng's adaptive filter
 * search, zlib's default level), the same pixels as yearbook wrote them: the baseline of issue
 * 11's "≤ 1.25× the file size" for yearbook's own PNG encoder.
 * Usage: png_reencode IN.png OUT.png [IN.png OUT.png …]
 */
#include <cairo.h>
#include <stdio.h>

int main(int argc, char **argv) {
    for (int i = 1; i + 1 < argc; i += 2) {
        cairo_surface_t *s = cairo_image_surface_create_from_png(argv[i]);
        if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS ||
            cairo_surface_write_to_png(s, argv[i + 1]) != CAIRO_STATUS_SUCCESS) {
            fprintf(stderr, "%s: cannot re-encode\n", argv[i]);
            return 1;
        }
        cairo_surface_destroy(s);
    }
    return 0;
}
