/// Reads one JSON Lines record: an object whose values are strings, numbers, booleans, null, or lists of
/// strings (the members of a set fact).
///
/// Written for this one shape rather than using a general JSON decoder, so that numbers keep the
/// exact text they were written with (`1.50` stays `1.50`), as a CSV field would, and so that a
/// mistake is reported at its column.
struct JSONLineParser {
    /// What is wrong with the line and the byte offset where it was found.
    struct Failure: Error {
        let problem: RowProblem
        let offset: Int
    }

    /// A value: its text, or the strings of a list.
    enum Value: Equatable {
        case text(String)
        case list([String])
    }

    /// The members of the object on the line, in order; JSON `null` gives `nil`.
    typealias Members = [(key: String, value: Value?)]

    /// One line's bytes, lent by the scanner for the length of ``parse(_:)``, which copies every
    /// key and value into strings before it returns: the parser never outlives the buffer.
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    /// The object in `bytes`, which must be valid UTF-8.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Members, Failure> {
        var parser = JSONLineParser(bytes: bytes)
        return Result { () throws(Failure) in try parser.parseObject() }
    }

    private mutating func parseObject() throws(Failure) -> Members {
        skipWhitespace()
        guard peek() == UInt8(ascii: "{") else {
            throw Failure(problem: .notAnObject(found: describeValue()), offset: 0)
        }
        position += 1
        var members: Members = []
        // Room for a typical row's keys from the start, so the set never grows row after row.
        var keys = Set<String>(minimumCapacity: 32)
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                skipWhitespace()
                let keyOffset = position
                guard peek() == UInt8(ascii: "\"") else { throw failure("expected a key in double quotes") }
                let key = try parseString()
                guard keys.insert(key).inserted else {
                    throw Failure(problem: .duplicateKey(key), offset: keyOffset)
                }
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else { throw failure("expected `:` after the key `\(key)`") }
                position += 1
                skipWhitespace()
                members.append((key, try parseValue(key: key)))
                skipWhitespace()
                let separator = peek()
                position += 1
                if separator == UInt8(ascii: "}") { break }
                guard separator == UInt8(ascii: ",") else {
                    position -= 1
                    throw failure("expected `,` or `}` after the value of `\(key)`")
                }
            }
        }
        skipWhitespace()
        guard position == bytes.count else { throw failure("unexpected text after the object") }
        return members
    }

    private mutating func parseValue(key: String) throws(Failure) -> Value? {
        guard peek() == UInt8(ascii: "[") else { return try parseScalar(key: key).map(Value.text) }
        position += 1
        var items: [String] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            return .list(items)
        }
        while true {
            skipWhitespace()
            guard let byte = peek() else { throw failure("the line ends inside the list of `\(key)`") }
            if byte == UInt8(ascii: "]") { throw failure("expected a string after `,` in the list of `\(key)`") }
            // A set's members are names, so a list holds strings only.
            guard byte == UInt8(ascii: "\"") else {
                throw Failure(
                    problem: .nestedValue(key: key, found: "a list holding \(describeItem())"), offset: position)
            }
            items.append(try parseString())
            skipWhitespace()
            let separator = peek()
            position += 1
            if separator == UInt8(ascii: "]") { return .list(items) }
            guard separator == UInt8(ascii: ",") else {
                position -= 1
                throw failure("expected `,` or `]` in the list of `\(key)`")
            }
        }
    }

    private mutating func parseScalar(key: String) throws(Failure) -> String? {
        guard let byte = peek() else { throw failure("the line ends where the value of `\(key)` should be") }
        switch byte {
        case UInt8(ascii: "\""): return try parseString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            throw Failure(problem: .nestedValue(key: key, found: describeValue()), offset: position)
        case UInt8(ascii: "t"): return try parseLiteral("true")
        case UInt8(ascii: "f"): return try parseLiteral("false")
        case UInt8(ascii: "n"):
            _ = try parseLiteral("null")
            return nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw failure("expected a value for `\(key)`")
        }
    }

    private mutating func parseLiteral(_ word: String) throws(Failure) -> String {
        let end = position + word.utf8.count
        guard end <= bytes.count, bytes[position..<end].elementsEqual(word.utf8) else {
            throw failure("expected a value; did you mean `\(word)`?")
        }
        position = end
        return word
    }

    /// How the value at the current position is described in messages.
    private func describeValue() -> String {
        switch peek() {
        case UInt8(ascii: "{"): "an object"
        case UInt8(ascii: "["): "a list"
        case UInt8(ascii: "\""): "a string"
        case nil: "nothing"
        default: "a single value"
        }
    }

    /// How a member of a list that is no string is described in messages.
    private func describeItem() -> String {
        switch peek() {
        case UInt8(ascii: "{"): "an object"
        case UInt8(ascii: "["): "a list"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
        case UInt8(ascii: "n"): "null"
        default: "a number"
        }
    }

    func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    func failure(_ detail: String) -> Failure { Failure(problem: .badJSON(detail), offset: position) }

    private mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
    }
}
