/// Strings and numbers, the two JSON values with an inner grammar.
extension JSONLineParser {
    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")

    /// The string value at the current position, which is its opening quote: where its text is in the
    /// line when it has no escapes, as most have, else its text with escapes decoded.
    mutating func parseStringValue() throws(Failure) -> Value {
        let runStart = position + 1
        var end = runStart
        // Eight bytes at a time up to the word that holds the quote (or an escape, or a control character).
        if let base = bytes.baseAddress {
            while end + 8 <= bytes.count,
                !Self.holdsQuoteOrEscape(UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self))
            {
                end += 8
            }
        }
        while end < bytes.count, bytes[end] != Self.quote, bytes[end] != Self.backslash, bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count, bytes[end] == Self.quote {
            position = end + 1
            return .span(runStart..<end)
        }
        return .text(try parseString())
    }

    /// Whether any of the eight bytes of `word` is a quote, a backslash or below 0x20: each test sets a
    /// byte's top bit where the byte is a match, and may set others beside it, which only means the bytes
    /// are then looked at one by one.
    private static func holdsQuoteOrEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func zeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let quotes = zeroByte(word ^ (ones &* UInt64(quote)))
        let backslashes = zeroByte(word ^ (ones &* UInt64(backslash)))
        let controls = (word &- ones &* 0x20) & ~word & highs
        return quotes | backslashes | controls != 0
    }

    /// The string at the current position, which is its opening quote, with escapes decoded.
    mutating func parseString() throws(Failure) -> String {
        let opening = position
        position += 1
        let runStart = position
        // Most strings have no escapes: take them straight from the line.
        while let byte = peek(), byte != Self.quote, byte != Self.backslash, byte >= 0x20 { position += 1 }
        if peek() == Self.quote {
            position += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<position - 1]), as: UTF8.self)
        }
        var decoded = Array(bytes[runStart..<position])
        while let byte = peek() {
            switch byte {
            case Self.quote:
                position += 1
                return String(decoding: decoded, as: UTF8.self)
            case Self.backslash:
                position += 1
                try decodeEscape(into: &decoded)
            case ..<0x20:
                throw failure("a control character inside a string must be written as an escape such as `\\n`")
            default:
                decoded.append(byte)
                position += 1
            }
        }
        throw Failure(problem: .badJSON("the string that starts here is never closed"), offset: opening)
    }

    /// Where the number at the current position is written, once it is checked against JSON's grammar.
    mutating func parseNumber() throws(Failure) -> Range<Int> {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        if peek() == UInt8(ascii: "0") {
            position += 1
        } else if skipDigits() == 0 {
            throw failure("expected a digit")
        }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard skipDigits() > 0 else { throw failure("expected a digit after the decimal point") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard skipDigits() > 0 else { throw failure("expected a digit in the exponent") }
        }
        return start..<position
    }

    private mutating func skipDigits() -> Int {
        let start = position
        while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { position += 1 }
        return position - start
    }

    /// Decodes the escape after a backslash, appending its UTF-8 bytes.
    private mutating func decodeEscape(into decoded: inout [UInt8]) throws(Failure) {
        let escapeStart = position - 1
        guard let letter = peek() else { throw failure("the line ends inside an escape") }
        position += 1
        if let byte = Self.unescaped(letter) { return decoded.append(byte) }
        guard letter == UInt8(ascii: "u") else {
            throw Failure(problem: .badJSON("unknown escape in a string"), offset: escapeStart)
        }
        var value = try hexQuad()
        if value == 0 { throw Failure(problem: .nulByte(field: nil), offset: escapeStart) }
        // Characters beyond the Basic Multilingual Plane are written as a pair of UTF-16 surrogates.
        if (0xD800..<0xDC00).contains(value), peek() == Self.backslash, position + 1 < bytes.count,
            bytes[position + 1] == UInt8(ascii: "u")
        {
            position += 2
            let low = try hexQuad()
            guard (0xDC00..<0xE000).contains(low) else {
                throw Failure(problem: .badJSON("a `\\u` escape has an unpaired surrogate"), offset: escapeStart)
            }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw Failure(problem: .badJSON("a `\\u` escape has an unpaired surrogate"), offset: escapeStart)
        }
        decoded.append(contentsOf: Character(scalar).utf8)
    }

    /// The byte a one-letter escape such as `\n` stands for.
    private static func unescaped(_ letter: UInt8) -> UInt8? {
        switch letter {
        case quote, backslash, UInt8(ascii: "/"): letter
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }

    private mutating func hexQuad() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek(), let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw failure("a `\\u` escape needs four hexadecimal digits")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }
}
