/// An immutable value held by reference, so that a field that is mostly nil, or rarely large,
/// costs a pointer in a struct stored a million times rather than its full size.
final class Box<Value: Sendable>: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

extension Box: Equatable where Value: Equatable {
    static func == (a: Box, b: Box) -> Bool { a.value == b.value }
}

extension Box: Hashable where Value: Hashable {
    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
