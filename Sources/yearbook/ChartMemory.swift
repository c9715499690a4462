import CMalloc

/// Tells glibc's allocator to keep the large buffers of drawing for reuse. Every chart
/// allocates a few of 5–20 MB: a PNG's pixels and their filtered copy, and Cairo's copy of a
/// CJK font's CFF table for each PDF (about 15 MB for Noto Sans CJK, read again for every PDF).
/// By default glibc maps each from the kernel and unmaps it when freed, so the next chart pays
/// again for the system calls and for the kernel zeroing every page: 8 % of the CPU time of
/// rendering the standard set (interleaved medians, 189 → 173 ms, `--jobs 1`). Kept in the
/// heap below these thresholds they are reused; the heap does not grow with the number of
/// charts, only to the largest chart's working set.
enum ChartMemory {
    static func keepLargeBuffers() {
        mallopt(M_MMAP_THRESHOLD, 32 << 20)
        mallopt(M_TRIM_THRESHOLD, 256 << 20)
    }
}
