#if canImport(Glibc)
import CMalloc
#endif

/// Hands the pages of memory freed so far back to the system. A long table's grid is let go
/// row by row as the table is built from it, but glibc keeps small freed blocks in its heap,
/// so without this the grid's whole size stays resident beside the finished table. Counted in
/// cells, since a wide table's rows free more each: a layout of 10⁵ rows × 20 columns peaked at
/// 126 MiB, and at 91 MiB with a release every 2¹⁸ cells; a dated series of a million rows at
/// 302 MiB, and at 275 MiB. Each release walks the whole heap, so they are not more frequent:
/// every 2¹³ rows cost the dated series 2.5 % more time. Smaller tables never call it; other C
/// libraries than glibc are left to do as they do.
enum FreedMemory {
    /// Cells read between two releases.
    static let cellInterval = 1 << 18

    /// After row `k` of a grid `width` cells wide: a release when that row took the cells read
    /// past a multiple of the interval.
    static func releaseIfDue(afterRow k: Int, width: Int) {
        if (k + 1) * width / cellInterval != k * width / cellInterval { release() }
    }

    /// After the last row of a table large enough to have released memory as it went: the
    /// cells since the last release (those of both halves, read on two cores) are handed back too.
    static func releaseRest(ofCells count: Int) {
        if count >= cellInterval { release() }
    }

    private static func release() {
        #if canImport(Glibc)
        malloc_trim(0)
        #endif
    }
}
