/// Splits a condition's text into tokens.
struct Lexer {
    /// A lexical mistake at an offset in the condition.
    struct Failure: Error {
        let message: String
        let offset: Int
        let length: Int
    }

    private static let symbols = ["==", "!=", "<=", ">=", "<", ">", "(", ")", "[", "]", ","]

    /// The tokens of `text`, ending with `.end`.
    static func tokens(of text: String) throws(Failure) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        func isNameStart(_ c: Unicode.Scalar) -> Bool { c == "_" || (c.isASCII && c.properties.isAlphabetic) }
        func isNameBody(_ c: Unicode.Scalar) -> Bool { isNameStart(c) || ("0"..."9").contains(c) }
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

        while i < scalars.count {
            let c = scalars[i]
            if c.properties.isWhitespace {
                i += 1
                continue
            }
            let start = i
            if isNameStart(c) {
                // Dotted names: segments joined by single dots, each starting with a letter or `_`.
                while i < scalars.count {
                    if isNameBody(scalars[i]) {
                        i += 1
                    } else if scalars[i] == ".", i + 1 < scalars.count, isNameStart(scalars[i + 1]) {
                        i += 1
                    } else {
                        break
                    }
                }
                tokens.append(
                    Token(kind: .name(String(String.UnicodeScalarView(scalars[start..<i]))), start: start, end: i))
            } else if isDigit(c) || (c == "-" && i + 1 < scalars.count && isDigit(scalars[i + 1])) {
                i += 1
                while i < scalars.count, isDigit(scalars[i]) || scalars[i] == "." { i += 1 }
                let literal = String(String.UnicodeScalarView(scalars[start..<i]))
                switch DecimalReader.read(literal) {
                case .success(let value):
                    tokens.append(Token(kind: .number(value), start: start, end: i))
                case .failure(let problem):
                    let message = problem == .notANumber ? "`\(literal)` is not a number" : problem.message(literal)
                    throw Failure(message: message, offset: start, length: i - start)
                }
            } else if c == "\"" || c == "'" {
                i += 1
                var value = String.UnicodeScalarView()
                while i < scalars.count, scalars[i] != c {
                    value.append(scalars[i])
                    i += 1
                }
                guard i < scalars.count else {
                    throw Failure(message: "this string has no closing \(c)", offset: start, length: 1)
                }
                i += 1
                tokens.append(Token(kind: .string(String(value)), start: start, end: i))
            } else if let symbol = symbols.first(where: { matches($0, scalars, at: i) }) {
                i += symbol.unicodeScalars.count
                tokens.append(Token(kind: .symbol(symbol), start: start, end: i))
            } else {
                let next = i + 1 < scalars.count ? scalars[i + 1] : " "
                let hint =
                    switch (c, next) {
                    case ("=", ">"): "; did you mean `>=`?"
                    case ("=", "<"): "; did you mean `<=`?"
                    case ("=", _): "; use `==` to compare"
                    case ("&", _), ("|", _): "; use `and` or `or`"
                    case ("!", _): "; use `not`"
                    default: ""
                    }
                throw Failure(message: "unexpected character `\(c)`\(hint)", offset: start, length: 1)
            }
        }
        tokens.append(Token(kind: .end, start: scalars.count, end: scalars.count))
        return tokens
    }

    private static func matches(_ symbol: String, _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let wanted = Array(symbol.unicodeScalars)
        guard index + wanted.count <= scalars.count else { return false }
        return Array(scalars[index..<index + wanted.count]) == wanted
    }
}
