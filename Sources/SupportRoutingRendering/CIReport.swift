public import SupportRouting

/// Writes diagnostics in the forms CI systems read: GitHub workflow annotations and SARIF for
/// code scanning. `check` and `test` both report through it.
public enum CIReport {
    /// One `::error file=...,line=...,col=...,title=...::message` line per diagnostic, which GitHub
    /// shows inline on a pull request.
    public static func github(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            let level =
                switch diagnostic.severity {
                case .error: "error"
                case .warning: "warning"
                case .note: "notice"
                }
            let location = diagnostic.location
            let file = escapeProperty(location.file.escapingControlCharacters)
            let properties =
                "file=\(file),line=\(location.line),col=\(location.column),title=\(escapeProperty(diagnostic.id))"
            // The notes go on lines of their own; a line break inside the text is shown as `\n`.
            let message = ([diagnostic.message] + diagnostic.notes).joinedAsLines()
            return "::\(level) \(properties)::\(escapeData(message))"
        }.joined(separator: "\n") + (diagnostics.isEmpty ? "" : "\n")
    }

    /// A SARIF 2.1.0 log with one run of `tool`, for code-scanning upload.
    public static func sarif(_ diagnostics: [Diagnostic], tool: String, version: String) -> String {
        let rules = Array(Set(diagnostics.map(\.id))).sorted()
        let ruleObjects = rules.map { "{\"id\":\($0.jsonQuoted)}" }.joined(separator: ",")
        let results = diagnostics.map { diagnostic -> String in
            let level =
                switch diagnostic.severity {
                case .error: "error"
                case .warning: "warning"
                case .note: "note"
                }
            let text = ([diagnostic.message] + diagnostic.notes).joined(separator: "\n")
            let location = diagnostic.location
            return """
                {"ruleId":\(diagnostic.id.jsonQuoted),"level":"\(level)","message":{"text":\(text.jsonQuoted)},\
                "locations":[{"physicalLocation":{"artifactLocation":{"uri":\(uri(location.file).jsonQuoted)},\
                "region":{"startLine":\(location.line),"startColumn":\(location.column)}}}]}
                """
        }.joined(separator: ",")
        return """
            {"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":\
            {"driver":{"name":\(tool.jsonQuoted),"version":\(version.jsonQuoted),"rules":[\(ruleObjects)]}},\
            "results":[\(results)]}]}

            """
    }

    /// A file path as a relative URI reference: everything but unreserved characters and `/` percent-encoded.
    static func uri(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if scalar.properties.isASCIIHexDigit || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || "-._~/".unicodeScalars.contains(scalar)
            {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    // GitHub's workflow-command escaping: data escapes %, CR and LF; properties also : and ,.
    private static func escapeData(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
