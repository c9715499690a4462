/// One value in the tidy long form every table reduces to:
/// zone × indicator × measure × unit × period → value (or missing).
public struct Observation: Hashable, Sendable {
    /// How a value differs from a plain actual figure.
    public enum Flag: String, Hashable, Sendable, CaseIterable {
        /// The first value after a change of definition or boundary: not comparable with the
        /// values before it.
        case `break`
        /// A planned figure, not an outcome.
        case target
        /// An expectation printed before the outcome was known.
        case estimate
    }

    // A table of a million observations is mostly this struct: its fields are stored largest
    // first with the one-byte ones together at the end, the period packed into 8 bytes
    // (`StoredPeriod`) and the rare note boxed, which keeps it at 128 bytes rather than 200.

    /// The zone's canonical name where the registry knows the label, else the label itself.
    public var zone: String
    public var indicator: String
    /// The unit as printed; empty when the table gives none.
    public var unit: String
    /// nil when the table marks the value missing: never zero.
    public var value: Value?
    private var noteBox: Box<String>?
    public var note: String? {
        get { noteBox?.value }
        set { noteBox = newValue.map(Box.init) }
    }
    /// Where the value was read from.
    public var location: SourceLocation?
    public var period: Period {
        get { storedPeriod.period }
        set { storedPeriod = StoredPeriod(newValue) }
    }
    private var storedPeriod: StoredPeriod
    public var measure: Measure
    public var flag: Flag?
    public var isTotal: Bool
    /// A group's sum (a province above its cities): neither a zone to rank nor the table's total.
    public var isSubtotal: Bool

    public init(zone: String, indicator: String, measure: Measure, unit: String, period: Period, value: Value?,
                flag: Flag? = nil, note: String? = nil, isTotal: Bool = false, isSubtotal: Bool = false,
                location: SourceLocation? = nil) {
        self.zone = zone
        self.indicator = indicator
        self.measure = measure
        self.unit = unit
        self.storedPeriod = StoredPeriod(period)
        self.value = value
        self.flag = flag
        self.noteBox = note.map(Box.init)
        self.isTotal = isTotal
        self.isSubtotal = isSubtotal
        self.location = location
    }
}
