/// The language a scaled unit is written in: 万/亿/万亿 for Chinese charts,
/// thousand/million/billion/trillion for English ones.
public enum MagnitudeLanguage: Hashable, Sendable {
    case zh, en
}
