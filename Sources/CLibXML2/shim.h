/* libxml2 is built with ICU, and its encoding.h then includes ICU's headers, whose UErrorCode
 * clashes with the copy of ICU inside Foundation wherever a Swift module imports both. Nothing
 * here uses libxml2's ICU converters (only pointers to them), so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
