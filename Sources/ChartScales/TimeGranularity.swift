/// How finely a time series is dated: the period each of its values belongs to. `time` is a
/// time of day (hourly or minute data), named and ticked to the minute.
public enum TimeGranularity: Hashable, Sendable {
    case year, quarter, month, day, time
}
