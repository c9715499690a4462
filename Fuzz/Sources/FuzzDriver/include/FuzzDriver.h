#ifndef FUZZ_DRIVER_H
#define FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that have their own main (documented in LLVM's
/// LibFuzzer.html, "Using libFuzzer as a library", but declared in no installed header).
/// SwiftPM links every executable with its own main, so libFuzzer's main is never used and
/// each target's main calls this instead.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
