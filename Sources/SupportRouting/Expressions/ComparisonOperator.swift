/// An ordering comparison between a number, a count or an ordered enum and a literal.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    /// Less than.
    case less = "<"
    /// Less than or equal.
    case lessOrEqual = "<="
    /// Greater than.
    case greater = ">"
    /// Greater than or equal.
    case greaterOrEqual = ">="
    /// Equal.
    case equal = "=="
    /// Not equal.
    case notEqual = "!="

    /// Whether `lhs op rhs` holds.
    @inline(__always)
    func holds<T: Comparable>(_ lhs: T, _ rhs: T) -> Bool {
        switch self {
        case .less: lhs < rhs
        case .lessOrEqual: lhs <= rhs
        case .greater: lhs > rhs
        case .greaterOrEqual: lhs >= rhs
        case .equal: lhs == rhs
        case .notEqual: lhs != rhs
        }
    }
}
