/// One step of a compiled condition: a test of one fact, or a logical combination of the results
/// before it. Every payload is a plain value, so running a program touches no reference counts.
enum Instruction: Sendable, Hashable {
    case bool(slot: Int, expected: Bool)
    case number(slot: Int, ComparisonOperator, Double)
    case count(slot: Int, ComparisonOperator, Int)
    case ordinal(slot: Int, ComparisonOperator, Int)
    /// An enum fact's value is one of the values whose bits are set.
    case oneOf(slot: Int, mask: UInt64)
    case contains(slot: Int, mask: UInt64)
    /// A string fact's value is one of the interned ids in `first..<end` of ``Machine/literals``
    /// (or, negated, none of them).
    case strings(slot: Int, first: Int, end: Int, negated: Bool)
    case missing(slot: Int)
    case not
    /// Combine the last `count` results.
    case and(count: Int)
    case or(count: Int)
}
