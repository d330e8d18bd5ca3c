import SupportRouting

/// The few HTML building blocks ``HTMLRenderer`` needs. Every piece of text that comes from a rule
/// set or a profile passes through ``escape(_:)``, so a school name or a quote can never add markup.
public enum HTML {
    /// The text made safe for element content and for quoted attribute values, its control characters
    /// shown escaped as in every other output (line breaks and tabs are spaces in HTML, and stay).
    public static func escape(_ text: String) -> String {
        text.escapingControlCharacters(keepingWhiteSpace: true).replacingScalars([
            "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;",
        ])
    }

    /// The text, escaped, in a `<code>` element.
    public static func code(_ text: String) -> String {
        "<code>\(escape(text))</code>"
    }

    /// The text, escaped, with balanced backtick spans shown as code: the engine's own reasons use
    /// Markdown-style backticks to mark fact names, which would read as stray punctuation on a page.
    static func inline(_ text: String) -> String {
        let pieces = text.split(separator: "`", omittingEmptySubsequences: false)
        // An even number of pieces means an unpaired backtick: show the text as written.
        guard pieces.count % 2 == 1 else { return escape(text) }
        return pieces.enumerated().map { index, piece in
            index % 2 == 1 ? code(String(piece)) : escape(String(piece))
        }.joined()
    }
}
