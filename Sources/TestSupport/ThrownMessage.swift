/// What a user reads when `body` fails — the error's description — or nil when it does not,
/// so tests can assert whole error messages.
public func thrownMessage<T>(_ body: () throws -> T) -> String? {
    do {
        _ = try body()
        return nil
    } catch {
        return "\(error)"
    }
}
