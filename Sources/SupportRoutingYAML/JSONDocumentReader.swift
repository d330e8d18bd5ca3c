package import SupportRouting

/// Reads a document written as plain JSON (an object, its keys and strings without escapes) straight
/// into the ``SourceNode`` that libyaml would give for it, in a fraction of the time: a program that
/// sends profiles as JSON pays for no YAML.
///
/// It answers only for the JSON it is sure of. Anything else (a control character in a string, an
/// escape libyaml reads otherwise, a key met twice, a tab, a comment, text after the object, a limit reached, anything
/// not JSON) gives `nil`,
/// and the document is read as YAML, which says what is wrong and where. A test holds the two readers
/// to the same nodes, locations and layouts.
package struct JSONDocumentReader {
    private let bytes: [UInt8]
    private let file: String
    private let limits: DocumentReader.Limits
    private var position = 0
    private var line = 1
    /// The offset of the current line's first byte, for columns.
    private var lineStart = 0
    private var nodes = 0
    /// The last place whose column was counted: its line, byte offset and column.
    private var counted = (line: 0, offset: 0, column: 1)
    /// Whether the text is ASCII, so a column is a byte count; otherwise characters are counted.
    private let isASCII: Bool

    private struct GiveUp: Error {}

    /// The document in `text`, or `nil` when it is not JSON this reader is sure of.
    package static func read(_ text: String, file: String, limits: DocumentReader.Limits) -> SourceNode? {
        var reader = JSONDocumentReader(text: text, file: file, limits: limits)
        return try? reader.document()
    }

    private init(text: String, file: String, limits: DocumentReader.Limits) {
        bytes = Array(text.utf8)
        self.file = file
        self.limits = limits
        isASCII = bytes.allSatisfy { $0 < 0x80 }
    }

    private mutating func document() throws(GiveUp) -> SourceNode {
        skipSpace()
        guard peek() == UInt8(ascii: "{") else { throw GiveUp() }
        let node = try value(depth: 0)
        skipSpace()
        guard position == bytes.count else { throw GiveUp() }
        return node
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    /// Spaces and line breaks only: a tab or a carriage return is left to the YAML reader.
    private mutating func skipSpace() {
        while let byte = peek() {
            if byte == UInt8(ascii: " ") {
                position += 1
            } else if byte == UInt8(ascii: "\n") {
                position += 1
                line += 1
                lineStart = position
            } else {
                return
            }
        }
    }

    /// Where the byte at `offset` on the current line sits. Locations are asked for in the order of the
    /// text, so characters are counted on from the last one asked for, never from the line's start again.
    private mutating func location(_ offset: Int) -> SourceLocation {
        if isASCII { return SourceLocation(file: file, line: line, column: offset - lineStart + 1) }
        if counted.line != line || counted.offset > offset { counted = (line, lineStart, 1) }
        let column = counted.column + bytes[counted.offset..<offset].count { $0 & 0b1100_0000 != 0b1000_0000 }
        counted = (line, offset, column)
        return SourceLocation(file: file, line: line, column: column)
    }

    private mutating func value(depth: Int) throws(GiveUp) -> SourceNode {
        nodes += 1
        guard nodes <= limits.maximumNodes, depth <= limits.maximumDepth, let byte = peek() else { throw GiveUp() }
        let here = location(position)
        switch byte {
        case UInt8(ascii: "{"):
            position += 1
            var entries: [SourceNode.Entry] = []
            // A key met twice is an error libyaml reports where the second one is.
            var keys = Set<String>()
            skipSpace()
            if peek() == UInt8(ascii: "}") {
                position += 1
                return SourceNode(.mapping(entries), location: here)
            }
            while true {
                skipSpace()
                guard peek() == UInt8(ascii: "\"") else { throw GiveUp() }
                let keyLocation = location(position)
                let key = try string()
                guard key.text.utf8.count <= limits.maximumStringLength, keys.insert(key.text).inserted else {
                    throw GiveUp()
                }
                skipSpace()
                guard peek() == UInt8(ascii: ":") else { throw GiveUp() }
                position += 1
                skipSpace()
                entries.append(
                    SourceNode.Entry(key: key.text, keyLocation: keyLocation, value: try value(depth: depth + 1)))
                skipSpace()
                let separator = peek()
                position += 1
                if separator == UInt8(ascii: "}") { return SourceNode(.mapping(entries), location: here) }
                guard separator == UInt8(ascii: ",") else { throw GiveUp() }
            }
        case UInt8(ascii: "["):
            position += 1
            var items: [SourceNode] = []
            skipSpace()
            if peek() == UInt8(ascii: "]") {
                position += 1
                return SourceNode(.sequence(items), location: here)
            }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                let separator = peek()
                position += 1
                if separator == UInt8(ascii: "]") { return SourceNode(.sequence(items), location: here) }
                guard separator == UInt8(ascii: ",") else { throw GiveUp() }
            }
        case UInt8(ascii: "\""):
            let (text, contentStart, escaped) = try string()
            guard text.utf8.count <= limits.maximumStringLength else { throw GiveUp() }
            // The layout libyaml's text gets: one run from the first character after the quote, or none
            // when an escape means the text cannot be matched to the file.
            let layout =
                text.isEmpty || escaped ? [] : [SourceNode.Scalar.Run(offset: 0, location: location(contentStart))]
            return SourceNode(.scalar(.init(text: text, isPlain: false, layout: layout)), location: here)
        default:
            let start = position
            while let byte = peek(), Self.isPlainByte(byte) { position += 1 }
            let word = String(decoding: bytes[start..<position], as: UTF8.self)
            guard Self.isJSONWord(word) else { throw GiveUp() }
            let layout = [SourceNode.Scalar.Run(offset: 0, location: here)]
            return SourceNode(.scalar(.init(text: word, isPlain: true, layout: layout)), location: here)
        }
    }

    /// The string at the current position (its opening quote), where its text starts, and whether it
    /// had escapes. The escapes JSON has are decoded as libyaml decodes them; a control character, or a
    /// `\u` escape of a surrogate or of NUL (which libyaml refuses), gives up.
    private mutating func string() throws(GiveUp) -> (text: String, contentStart: Int, escaped: Bool) {
        let contentStart = position + 1
        var end = contentStart
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") {
            guard bytes[end] >= 0x20 else { throw GiveUp() }
            end += 1
        }
        guard end < bytes.count else { throw GiveUp() }
        if bytes[end] == UInt8(ascii: "\"") {
            position = end + 1
            return (String(decoding: bytes[contentStart..<end], as: UTF8.self), contentStart, false)
        }
        var decoded = Array(bytes[contentStart..<end])
        position = end
        while let byte = peek() {
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return (String(decoding: decoded, as: UTF8.self), contentStart, true)
            case UInt8(ascii: "\\"):
                guard let letter = peek() else { throw GiveUp() }
                position += 1
                switch letter {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(letter)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"):
                    guard position + 4 <= bytes.count,
                        let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16),
                        value != 0, !(0xD800...0xDFFF).contains(value), let scalar = Unicode.Scalar(value)
                    else { throw GiveUp() }
                    position += 4
                    decoded += Array(String(Character(scalar)).utf8)
                default: throw GiveUp()
                }
            default:
                guard byte >= 0x20 else { throw GiveUp() }
                decoded.append(byte)
            }
        }
        throw GiveUp()
    }

    private static func isPlainByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "E")
    }

    /// Whether `word` is `true`, `false`, `null` or a JSON number.
    private static func isJSONWord(_ word: String) -> Bool {
        if word == "true" || word == "false" || word == "null" { return true }
        var scalars = Substring(word).utf8[...]
        if scalars.first == UInt8(ascii: "-") { scalars = scalars.dropFirst() }
        func digits() -> Int {
            let count = scalars.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            scalars = scalars.dropFirst(count)
            return count
        }
        if scalars.first == UInt8(ascii: "0") {
            scalars = scalars.dropFirst()
        } else if digits() == 0 {
            return false
        }
        if scalars.first == UInt8(ascii: ".") {
            scalars = scalars.dropFirst()
            if digits() == 0 { return false }
        }
        if scalars.first == UInt8(ascii: "e") || scalars.first == UInt8(ascii: "E") {
            scalars = scalars.dropFirst()
            if scalars.first == UInt8(ascii: "+") || scalars.first == UInt8(ascii: "-") {
                scalars = scalars.dropFirst()
            }
            if digits() == 0 { return false }
        }
        return scalars.isEmpty
    }
}
