extension String {
    /// The text with each Unicode scalar that `replacements` names replaced by its text. Every
    /// renderer escapes through this, each with its own table; scalars rather than characters, so an
    /// `&` followed by a combining mark cannot slip past as part of one character.
    package func replacingScalars(_ replacements: [Unicode.Scalar: String]) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let replacement = replacements[scalar] {
                result += replacement
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The text as a JSON string literal, quotes included, which YAML also reads as a
    /// double-quoted string.
    package var jsonQuoted: String {
        var result = ""
        appendJSONQuoted(to: &result)
        return result
    }

    /// Appends ``jsonQuoted`` to `result`, without a string of its own.
    package func appendJSONQuoted(to result: inout String) {
        // Most text needs no escape at all, which one pass over its bytes tells.
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            result += "\""
            result += self
            result += "\""
            return
        }
        result += "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        result += "\""
    }

    /// The inside of a double-quoted string in YAML or Graphviz DOT: `"` and `\` escaped.
    package var backslashEscaped: String { replacingScalars(["\"": "\\\"", "\\": "\\\\"]) }
}

extension String {
    /// The text with its control characters written out: `\e` for escape, `\n`, `\r`, `\t`, `\0`, and
    /// `\u{7f}` for any other (the C0 and C1 controls and delete). Every text output puts text that
    /// came from a file through this on its way to a terminal or a CI log, so the text can never move
    /// the cursor, recolour or clear the screen, or start a line of its own (such as `::error::` in a
    /// GitHub Actions log). Anything else is left as written.
    package var escapingControlCharacters: String { escapingControlCharacters(keepingWhiteSpace: false) }

    /// The text with its control characters written out, but for line breaks and tabs when
    /// `keepingWhiteSpace`: HTML shows those as spaces.
    package func escapingControlCharacters(keepingWhiteSpace: Bool) -> String {
        // Most text has no byte that could start a control character (below 0x20, 0x7F, or 0xC2, the lead
        // byte of C1), and a scan of the bytes says so without a table lookup per character.
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return self }
        let table = keepingWhiteSpace ? controlEscapesButWhiteSpace : controlEscapes
        guard unicodeScalars.contains(where: { table[$0] != nil }) else { return self }
        return replacingScalars(table)
    }
}

extension Array where Element == String {
    /// The lines as one text, each with its control characters escaped, joined by line breaks: a line
    /// break inside a line is part of someone's text, and is shown as `\n`.
    package func joinedAsLines() -> String {
        map(\.escapingControlCharacters).joined(separator: "\n")
    }
}

/// How each control character is written: C0 (below U+0020), delete (U+007F) and C1 (U+0080 to U+009F).
private let controlEscapes: [Unicode.Scalar: String] = {
    var table: [Unicode.Scalar: String] = [:]
    for value in Array(UInt8(0)..<0x20) + Array(UInt8(0x7F)...0x9F) {
        table[Unicode.Scalar(value)] = "\\u{\(String(value, radix: 16))}"
    }
    let named: [Unicode.Scalar: String] = ["\u{1B}": "\\e", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"]
    table.merge(named) { _, name in name }
    return table
}()

private let controlEscapesButWhiteSpace = controlEscapes.filter { !["\n", "\r", "\t"].contains($0.key) }
