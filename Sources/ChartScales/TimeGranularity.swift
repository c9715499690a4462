/// How finely a time series is dated: the period each of its values belongs to.
public enum TimeGranularity: Hashable, Sendable {
    case year, quarter, month, day
}
