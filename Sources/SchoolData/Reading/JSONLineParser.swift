#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// A value: where its text is in the line, its text when escapes had to be decoded, or the strings
    /// of a list.
    enum Value: Equatable {
        /// The value's text is exactly these bytes of the line: a string without escapes (inside its
        /// quotes), a number or a boolean as written. Taken from the line without a copy.
        case span(Range<Int>)
        case text(String)
        case list([String])
    }

    /// One line's bytes, lent by the scanner for the length of ``parse(_:expecting:member:)``, which copies
    /// every key and value it keeps before it returns: the parser never outlives the buffer.
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// The keys lines of the file have had, all different: lines of one file mostly repeat them, in
    /// the same order or with some left out, and a key found among them is taken from there, neither
    /// copied nor hashed.
    let expected: ExpectedKeys
    /// The expected keys' bytes (``ExpectedKeys/bytes``), lent like `bytes`.
    private let keyBytes: UnsafeBufferPointer<UInt8>
    /// Where the next key is looked for first among `expected`: after the last one found.
    private var cursor = 0
    /// Which expected keys the line has had so far, to find a key written twice without hashing.
    private let seen: UnsafeMutableBufferPointer<Bool>

    /// Calls `member` with each member of the object in `bytes`, which must be valid UTF-8, in order:
    /// the key's place among `expected` when it is one of them, else the key itself; and the value, `nil`
    /// for JSON `null`. A failure ends the calls.
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, expecting expected: ExpectedKeys = ExpectedKeys(),
        member: (_ place: Int?, _ key: String?, _ value: Value?) -> Void
    ) -> Failure? {
        expected.bytes.withUnsafeBufferPointer { keyBytes in
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: expected.count) { seen in
                seen.initialize(repeating: false)
                var parser = JSONLineParser(bytes: bytes, expected: expected, keyBytes: keyBytes, seen: seen)
                do throws(Failure) {
                    try parser.parseObject(member)
                    return nil
                } catch {
                    return error
                }
            }
        }
    }

    private init(
        bytes: UnsafeBufferPointer<UInt8>, expected: ExpectedKeys, keyBytes: UnsafeBufferPointer<UInt8>,
        seen: UnsafeMutableBufferPointer<Bool>
    ) {
        self.bytes = bytes
        self.expected = expected
        self.keyBytes = keyBytes
        self.seen = seen
    }

    /// The key at the current position (its opening quote) and its place among `expected`: looked for
    /// first where the last key left off, then among all of them; a key with escapes, or none of them, is
    /// read as a string.
    private mutating func parseKey() throws(Failure) -> (key: String?, expected: Int?) {
        let start = position + 1
        // The key after the last one found, with its closing quote, compared where it should be before
        // the line's key is even scanned for its end.
        if cursor < expected.count, let found = expected.match(cursor, at: start, in: bytes, keyBytes: keyBytes) {
            position = found
            cursor += 1
            return (nil, cursor - 1)
        }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\""),
            let found = (0..<expected.count).first(where: {
                expected.match($0, at: start, in: bytes, keyBytes: keyBytes) == end + 1
            })
        {
            position = end + 1
            cursor = found + 1
            return (nil, found)
        }
        // Escapes, or a key not expected: read it whole; an escaped spelling of an expected key is that key.
        let key = try parseString()
        if let found = expected.names.firstIndex(of: key) { return (nil, found) }
        return (key, nil)
    }

    /// Whether the bytes from `start` begin with `word`, which fits in what is left of them.
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ word: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard word.count > 0, let base = bytes.baseAddress, let other = word.baseAddress else { return true }
        return memcmp(base + start, other, word.count) == 0
    }

    /// A member's key as the parser has it: its place among the expected keys, or its text when it is none
    /// of them. Its text is made only for a message.
    private struct Key {
        let place: Int?
        let other: String?
    }

    private func name(of key: Key) -> String { key.other ?? expected.names[key.place ?? 0] }

    private mutating func parseObject(_ member: (Int?, String?, Value?) -> Void) throws(Failure) {
        skipWhitespace()
        guard peek() == UInt8(ascii: "{") else {
            throw Failure(problem: .notAnObject(found: describeValue()), offset: 0)
        }
        position += 1
        // Expected keys are told apart by their places; only other keys are hashed.
        var others = Set<String>()
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                skipWhitespace()
                let keyOffset = position
                guard peek() == UInt8(ascii: "\"") else { throw failure("expected a key in double quotes") }
                let (other, place) = try parseKey()
                let repeated: Bool
                if let place {
                    repeated = seen[place]
                    seen[place] = true
                } else {
                    repeated = !others.insert(other ?? "").inserted
                }
                // The key's text is made only for a message.
                let key = Key(place: place, other: other)
                guard !repeated else { throw Failure(problem: .duplicateKey(name(of: key)), offset: keyOffset) }
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else {
                    throw failure("expected `:` after the key `\(name(of: key))`")
                }
                position += 1
                skipWhitespace()
                member(place, other, try parseValue(key: key))
                skipWhitespace()
                let separator = peek()
                position += 1
                if separator == UInt8(ascii: "}") { break }
                guard separator == UInt8(ascii: ",") else {
                    position -= 1
                    throw failure("expected `,` or `}` after the value of `\(name(of: key))`")
                }
            }
        }
        skipWhitespace()
        guard position == bytes.count else { throw failure("unexpected text after the object") }
    }

    private mutating func parseValue(key: Key) throws(Failure) -> Value? {
        guard peek() == UInt8(ascii: "[") else { return try parseScalar(key: key) }
        position += 1
        var items: [String] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            return .list(items)
        }
        while true {
            skipWhitespace()
            guard let byte = peek() else { throw failure("the line ends inside the list of `\(name(of: key))`") }
            if byte == UInt8(ascii: "]") {
                throw failure("expected a string after `,` in the list of `\(name(of: key))`")
            }
            // A set's members are names, so a list holds strings only.
            guard byte == UInt8(ascii: "\"") else {
                throw Failure(
                    problem: .nestedValue(key: name(of: key), found: "a list holding \(describeItem())"),
                    offset: position)
            }
            items.append(try parseString())
            skipWhitespace()
            let separator = peek()
            position += 1
            if separator == UInt8(ascii: "]") { return .list(items) }
            guard separator == UInt8(ascii: ",") else {
                position -= 1
                throw failure("expected `,` or `]` in the list of `\(name(of: key))`")
            }
        }
    }

    private mutating func parseScalar(key: Key) throws(Failure) -> Value? {
        guard let byte = peek() else { throw failure("the line ends where the value of `\(name(of: key))` should be") }
        switch byte {
        case UInt8(ascii: "\""): return try parseStringValue()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            throw Failure(problem: .nestedValue(key: name(of: key), found: describeValue()), offset: position)
        case UInt8(ascii: "t"): return try parseLiteral("true")
        case UInt8(ascii: "f"): return try parseLiteral("false")
        case UInt8(ascii: "n"):
            _ = try parseLiteral("null")
            return nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .span(try parseNumber())
        default: throw failure("expected a value for `\(name(of: key))`")
        }
    }

    private mutating func parseLiteral(_ word: StaticString) throws(Failure) -> Value {
        let end = position + word.utf8CodeUnitCount
        guard end <= bytes.count, Self.equal(bytes, position..<end, word) else {
            throw failure("expected a value; did you mean `\(word)`?")
        }
        defer { position = end }
        return .span(position..<end)
    }

    /// Whether `bytes[range]` are the bytes of `word`.
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { equal(bytes, range.lowerBound, $0) }
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

/// The keys a line is expected to have, in order, kept also as one run of bytes, so that a line's key is
/// compared with one call to `memcmp`, without a string.
struct ExpectedKeys: Sendable {
    /// The keys.
    private(set) var names: [String] = []
    /// Each key's UTF-8 and a closing quote, back to back, for the keys that JSON writes as they are (no
    /// quote, backslash or control character to escape); the others are never matched as bytes.
    private(set) var bytes: [UInt8] = []
    /// Where each key's bytes start, and how many there are with the quote (0 for a key never matched).
    private var places: [(start: Int, count: Int)] = []

    /// How many keys there are.
    var count: Int { names.count }

    /// Adds `key` as the last one expected.
    mutating func append(_ key: String) {
        names.append(key)
        let plain = key.utf8.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
        guard plain else { return places.append((bytes.count, 0)) }
        places.append((bytes.count, key.utf8.count + 1))
        bytes.append(contentsOf: key.utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Where the key after its closing quote ends when the bytes from `start` are key `index` and its
    /// closing quote; `keyBytes` is ``bytes``, lent.
    func match(_ index: Int, at start: Int, in line: UnsafeBufferPointer<UInt8>, keyBytes: UnsafeBufferPointer<UInt8>)
        -> Int?
    {
        let place = places[index]
        guard place.count > 0, start + place.count <= line.count, let base = line.baseAddress,
            let keys = keyBytes.baseAddress, memcmp(base + start, keys + place.start, place.count) == 0
        else { return nil }
        return start + place.count
    }
}
