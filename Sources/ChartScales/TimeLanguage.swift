/// The language periods are written in: 2016年1月, 2016年一季度 or Jan 2016, Q1 2016.
public enum TimeLanguage: Hashable, Sendable {
    case zh, en
}
