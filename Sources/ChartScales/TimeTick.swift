/// One tick of a time axis.
public struct TimeTick: Hashable, Sendable {
    /// The position, an ordinal in years exactly as a period's own (`Period.ordinal`): 2016.25
    /// for 2016年4月 or 2016年二季度.
    public var ordinal: Double
    /// The text under the axis: "2016年1月", "4月", "Q2"; "" for an unlabelled minor tick.
    public var label: String
    /// A labelled tick that names its year (a year boundary, or the first tick, which names the
    /// year its neighbours leave out): worth a longer tick mark or a stronger gridline.
    public var isMajor: Bool

    public init(ordinal: Double, label: String, isMajor: Bool) {
        self.ordinal = ordinal
        self.label = label
        self.isMajor = isMajor
    }
}
