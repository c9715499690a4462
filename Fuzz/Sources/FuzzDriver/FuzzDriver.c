// SwiftPM builds a C target only from a source file; the target exists for its header.
#include "FuzzDriver.h"
