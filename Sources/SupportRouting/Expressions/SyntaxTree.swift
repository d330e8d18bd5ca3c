/// A parsed but not yet type-checked condition, with offsets into the condition's text.
indirect enum SyntaxTree: Sendable, Hashable {
    /// A name: a fact, or an enum or set value on the right of a comparison.
    case name(String, Span)
    /// `count(name)`.
    case count(String, Span)
    /// A number literal.
    case number(Double, Span)
    /// A quoted string literal.
    case string(String, Span)
    /// `true` or `false`.
    case bool(Bool, Span)
    /// `lhs op rhs`.
    case comparison(SyntaxTree, ComparisonOperator, SyntaxTree, Span)
    /// `lhs in [..]` or `lhs not in [..]`.
    case membership(SyntaxTree, [SyntaxTree], negated: Bool, Span)
    /// `lhs contains rhs`.
    case contains(SyntaxTree, SyntaxTree, Span)
    /// `lhs is missing` or `lhs is not missing`.
    case missing(SyntaxTree, negated: Bool, Span)
    /// `not inner`.
    case not(SyntaxTree, Span)
    /// `a and b and ...`.
    case and([SyntaxTree], Span)
    /// `a or b or ...`.
    case or([SyntaxTree], Span)
    /// `( inner )`, kept so the condition's text includes the parentheses.
    case group(SyntaxTree, Span)

    /// A range of Unicode-scalar offsets in the condition's text.
    struct Span: Sendable, Hashable {
        let start: Int
        let end: Int

        /// The span covering both.
        func through(_ other: Span) -> Span { Span(start: start, end: other.end) }
    }

    /// Where the node sits in the condition's text.
    var span: Span {
        switch self {
        case .name(_, let span), .count(_, let span), .number(_, let span), .string(_, let span), .bool(_, let span),
            .comparison(_, _, _, let span), .membership(_, _, _, let span), .contains(_, _, let span),
            .missing(_, _, let span), .not(_, let span), .and(_, let span), .or(_, let span), .group(_, let span):
            span
        }
    }
}
