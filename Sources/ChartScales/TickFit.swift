/// Whether ticks must reach past the data: the `only_loose` option of the extended-Wilkinson
/// search.
public enum TickFit: Hashable, Sendable {
    /// The first tick is at or below the smaller end of the data and the last at or above the
    /// larger (only_loose true): 0…1590.05 gives 0, 500, 1000, 1500, 2000. For an axis whose
    /// scale domain is the tick span, so every bar ends inside the gridlines.
    case covering
    /// The paper's default (only_loose false): the outer ticks may fall inside the data,
    /// 0…1590.05 gives 0, 500, 1000, 1500. For an axis whose domain is set by something else.
    case free
}
