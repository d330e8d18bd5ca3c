/// A fact's value in a profile, stored compactly: enum values as indices, sets as bit masks.
public enum FactValue: Sendable, Hashable {
    /// A bool fact's value.
    case bool(Bool)
    /// An enum fact's value, as an index into the fact's `values`.
    case enumeration(Int)
    /// A number fact's value.
    case number(Double)
    /// A set fact's value: bit `i` is set when the fact's `values[i]` is in the set.
    case set(UInt64)
    /// A string fact's value.
    case string(String)

    /// The value as a user writes it, using the fact's type for enum and set names.
    public func display(as type: FactType) -> String {
        switch (self, type) {
        case (.bool(let value), _): return value ? "true" : "false"
        case (.enumeration(let index), .enumeration(let values, _)): return values[index]
        case (.number(let value), _): return FactValue.format(value)
        case (.set(let mask), .set(let values)):
            return "[" + FactValue.members(of: mask, in: values).joined(separator: ", ") + "]"
        case (.string(let value), _): return "\"\(value)\""
        default: return "\(self)"
        }
    }

    /// The names of a set's members, in the order the schema lists them.
    static func members(of mask: UInt64, in values: [String]) -> [String] {
        values.indices.filter { mask & (1 << UInt64($0)) != 0 }.map { values[$0] }
    }

    /// A number without a needless `.0`.
    package static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
