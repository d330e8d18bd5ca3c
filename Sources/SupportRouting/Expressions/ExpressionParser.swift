/// Parses a condition's text into a ``SyntaxTree`` by recursive descent.
///
/// Grammar, loosest first:
/// ```
/// or         := and ("or" and)*
/// and        := not ("and" not)*
/// not        := "not" not | comparison
/// comparison := operand [ op operand | ["not"] "in" list | "contains" operand | "is" ["not"] "missing" ]
/// operand    := "(" or ")" | "count" "(" name ")" | name | number | string | "true" | "false"
/// list       := "[" operand ("," operand)* "]"
/// ```
struct ExpressionParser {
    /// A syntax mistake at an offset in the condition.
    struct Failure: Error {
        /// The diagnostic id: `syntax`, or `too-many-terms` past the limit on terms.
        var id = "syntax"
        let message: String
        let offset: Int
        let length: Int
        /// A related place, such as the `(` a missing `)` should close: its offset and what it is.
        var related: (offset: Int, what: String)? = nil
    }

    /// Nesting deeper than this is refused, so a hostile condition cannot exhaust the stack.
    static let maximumDepth = 64
    private static let keywords: Set<String> = [
        "and", "or", "not", "in", "contains", "is", "missing", "count", "true", "false",
    ]

    private let tokens: [Token]
    private let maximumTerms: Int
    private var position = 0
    private var depth = 0
    private var terms = 0

    /// Parses `text` as one whole condition of at most `maximumTerms` terms.
    static func parse(_ text: String, maximumTerms: Int = .max) throws(Failure) -> SyntaxTree {
        let tokens: [Token]
        do {
            tokens = try Lexer.tokens(of: text)
        } catch {
            throw Failure(message: error.message, offset: error.offset, length: error.length)
        }
        var parser = ExpressionParser(tokens: tokens, maximumTerms: maximumTerms)
        if case .end = parser.current.kind {
            throw Failure(
                message: "the condition is empty; expected a condition such as `phase == primary`", offset: 0, length: 0
            )
        }
        let tree = try parser.parseOr()
        guard case .end = parser.current.kind else {
            var hint = ""
            if case .name(let word) = parser.current.kind, keywords.contains(word.lowercased()) {
                hint = "; keywords are lowercase: `\(word.lowercased())`"
            }
            throw parser.failure(
                "expected `and`, `or` or the end of the condition, found \(parser.current.quoted)\(hint)")
        }
        return tree
    }

    private init(tokens: [Token], maximumTerms: Int) {
        self.tokens = tokens
        self.maximumTerms = maximumTerms
    }

    private var current: Token { tokens[position] }

    private mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private func failure(_ message: String, at token: Token? = nil) -> Failure {
        let token = token ?? current
        return Failure(message: message, offset: token.start, length: max(token.end - token.start, 1))
    }

    private mutating func expect(_ symbol: String, _ what: String) throws(Failure) -> Token {
        guard current.is(symbol) else { throw failure("expected \(what), found \(current.quoted)") }
        return advance()
    }

    private mutating func parseOr() throws(Failure) -> SyntaxTree {
        var terms = [try parseAnd()]
        while current.is("or") {
            _ = advance()
            terms.append(try parseAnd())
        }
        return terms.count == 1 ? terms[0] : .or(terms, terms[0].span.through(terms[terms.count - 1].span))
    }

    private mutating func parseAnd() throws(Failure) -> SyntaxTree {
        var terms = [try parseNot()]
        while current.is("and") {
            _ = advance()
            terms.append(try parseNot())
        }
        return terms.count == 1 ? terms[0] : .and(terms, terms[0].span.through(terms[terms.count - 1].span))
    }

    private mutating func parseNot() throws(Failure) -> SyntaxTree {
        guard current.is("not") else { return try parseComparison() }
        let keyword = advance()
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw failure("the condition nests deeper than \(Self.maximumDepth) levels")
        }
        let inner = try parseNot()
        return .not(inner, SyntaxTree.Span(start: keyword.start, end: inner.span.end))
    }

    private mutating func parseComparison() throws(Failure) -> SyntaxTree {
        let start = current
        let lhs = try parseOperand()
        let token = current
        // A term is a comparison or a fact on its own; the terms of a group are counted inside it.
        switch lhs {
        case .group: break
        default: try countTerm(at: start)
        }
        if case .symbol(let symbol) = token.kind, let op = ComparisonOperator(rawValue: symbol) {
            _ = advance()
            let rhs = try parseOperand()
            return .comparison(lhs, op, rhs, lhs.span.through(rhs.span))
        }
        if token.is("in") || (token.is("not") && tokens[position + 1].is("in")) {
            let negated = token.is("not")
            if negated { _ = advance() }
            _ = advance()
            let (items, end) = try parseList()
            return .membership(lhs, items, negated: negated, SyntaxTree.Span(start: lhs.span.start, end: end))
        }
        if token.is("contains") {
            _ = advance()
            let rhs = try parseOperand()
            return .contains(lhs, rhs, lhs.span.through(rhs.span))
        }
        if token.is("is") {
            _ = advance()
            let negated = current.is("not")
            if negated { _ = advance() }
            let keyword = try expect("missing", "`missing` after `is`")
            return .missing(lhs, negated: negated, SyntaxTree.Span(start: lhs.span.start, end: keyword.end))
        }
        return lhs
    }

    private mutating func countTerm(at token: Token) throws(Failure) {
        terms += 1
        guard terms > maximumTerms else { return }
        var failure = failure(
            "the condition has more than \(maximumTerms) terms (comparisons and facts on their own); split it into several rules",
            at: token)
        failure.id = "too-many-terms"
        throw failure
    }

    private mutating func parseList() throws(Failure) -> ([SyntaxTree], Int) {
        _ = try expect("[", "`[` to start a list of values")
        var items: [SyntaxTree] = []
        if current.is("]") { throw failure("the list is empty; expected at least one value") }
        while true {
            items.append(try parseOperand())
            if current.is(",") {
                _ = advance()
                continue
            }
            let close = try expect("]", "`,` or `]` in the list")
            return (items, close.end)
        }
    }

    private mutating func parseOperand() throws(Failure) -> SyntaxTree {
        let token = current
        switch token.kind {
        case .symbol("("):
            _ = advance()
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else {
                throw failure("the condition nests deeper than \(Self.maximumDepth) levels")
            }
            let inner = try parseOr()
            guard current.is(")") else {
                var failure = failure("expected `)` to close the `(`, found \(current.quoted)")
                failure.related = (token.start, "the `(` that needs closing")
                throw failure
            }
            let close = advance()
            return .group(inner, SyntaxTree.Span(start: token.start, end: close.end))
        case .name("count"):
            _ = advance()
            _ = try expect("(", "`(` after `count`")
            let nameToken = advance()
            guard case .name(let name) = nameToken.kind, !Self.keywords.contains(name) else {
                throw failure("expected a set fact inside `count(...)`, found \(nameToken.quoted)", at: nameToken)
            }
            let close = try expect(")", "`)` after the fact in `count(...)`")
            return .count(name, SyntaxTree.Span(start: token.start, end: close.end))
        case .name("true"), .name("false"):
            _ = advance()
            return .bool(token.is("true"), SyntaxTree.Span(start: token.start, end: token.end))
        case .name(let name) where !Self.keywords.contains(name):
            _ = advance()
            return .name(name, SyntaxTree.Span(start: token.start, end: token.end))
        case .number(let value):
            _ = advance()
            return .number(value, SyntaxTree.Span(start: token.start, end: token.end))
        case .string(let value):
            _ = advance()
            return .string(value, SyntaxTree.Span(start: token.start, end: token.end))
        default:
            throw failure("expected a fact, a value or `(`, found \(token.quoted)")
        }
    }
}
