/// A development zone (or any region a table's rows name), known by one canonical name and
/// by the aliases documents use for it: the full name, a short form, a name in parentheses.
public struct Zone: Hashable, Sendable, Codable {
    public var name: String
    /// The short form charts label it with (柯桥经开区).
    public var short: String
    public var english: String
    public var aliases: [String]

    public init(name: String, short: String, english: String, aliases: [String] = []) {
        self.name = name
        self.short = short
        self.english = english
        self.aliases = aliases
    }
}
