import ChartScene

/// One label that wants a place next to its own mark. The placer never moves a label away from
/// its mark to make room: it tries the `candidates` in order and drops the label when none is
/// free, so a number is never read against the wrong mark.
struct LabelRequest {
    var text: String
    /// The measured size of the text, as the renderer will draw it.
    var size: Size
    /// The mark the label belongs to: a bar's end, or a point as a zero-size rectangle.
    var anchor: Rect
    /// Where the label may go, in order of preference.
    var candidates: [LabelPosition]
    /// Higher is placed first when labels compete (end labels 3, extremes 2, other values 1,
    /// ticks 0); equal priorities go in input order.
    var priority: Int
    /// The caller's index, returned as is.
    var payload: Int
}

/// A label that found a free place: `box` is where its text goes.
struct PlacedLabel {
    var box: Rect
    var payload: Int
}
