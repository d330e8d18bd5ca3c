import SupportRouting
import Yams

/// Turns libyaml's complaints into diagnostics that say what to do.
enum YAMLErrorTranslator {
    static func diagnostic(for error: YamlError, source: SourceText, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: max(mark.line, 1), column: max(mark.column, 1))
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            let location = at(mark)
            let line = source.line(location.line)
            if line.unicodeScalars.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
                return Diagnostic(
                    id: "yaml-tab", message: "tabs cannot indent YAML; indent with spaces",
                    location: SourceLocation(file: file, line: location.line, column: 1))
            }
            var message = "invalid \(language(of: file)): \(problem)"
            if let context {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            return Diagnostic(id: "yaml-syntax", message: message, location: location)
        case .composer(let context, let problem, let mark, _):
            if context?.text == "expected a single document in the stream" {
                return Diagnostic(
                    id: "multiple-documents",
                    message: "the file holds more than one YAML document; put one profile or rule set in each file",
                    location: at(mark))
            }
            return Diagnostic(
                id: "yaml-syntax", message: "invalid \(language(of: file)): \(problem)", location: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = at(context.mark)
            let second =
                secondOccurrence(of: key, after: first, in: source, file: file)
                ?? nextFlowOccurrence(of: key, after: first, in: source, file: file) ?? first
            return Diagnostic(
                id: "duplicate-key", message: "duplicate key `\(key)`; each key may appear once in a map",
                location: second, notes: second == first ? [] : ["first used at \(first)"])
        case .reader(let problem, let offset, _, _):
            return Diagnostic(
                id: "yaml-reader", message: "the file cannot be read as text: \(problem)",
                location: offset.map { source.location(ofOffset: $0, file: file) }
                    ?? SourceLocation(file: file, line: 1, column: 1))
        default:
            return Diagnostic(
                id: "yaml", message: "the document could not be read: \(error)",
                location: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// The next line at the same indentation that starts with the same key, for block maps.
    private static func secondOccurrence(
        of key: String, after first: SourceLocation, in source: SourceText, file: String
    ) -> SourceLocation? {
        guard first.line < source.lineStarts.count else { return nil }
        for line in (first.line + 1)...source.lineStarts.count {
            let text = Array(source.rest(ofLine: line, fromColumn: 1))
            let indent = text.prefix { $0 == " " }.count
            guard indent + 1 >= first.column || text.allSatisfy({ $0 == " " }) || text.first == "#" else { return nil }
            guard indent + 1 == first.column else { continue }
            let rest = String(String.UnicodeScalarView(text[indent...]))
            if rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") {
                return SourceLocation(file: file, line: line, column: indent + 1)
            }
        }
        return nil
    }

    /// The next `key:` after the first one anywhere in the text, for flow maps such as `{a: 1, a: 2}`
    /// and JSON, where keys need not start a line.
    private static func nextFlowOccurrence(
        of key: String, after first: SourceLocation, in source: SourceText, file: String
    ) -> SourceLocation? {
        guard first.line >= 1, first.line <= source.lineStarts.count else { return nil }
        let start = source.lineStarts[first.line - 1] + first.column - 1
        let scalars = source.scalars
        let spellings = [key, "\"\(key)\"", "'\(key)'"].map { Array($0.unicodeScalars) }
        var position = start + 1
        while position < scalars.count {
            let before = position > 0 ? scalars[position - 1] : " "
            if before == "{" || before == "," || before == " " || before == "\n" || before == "\t" {
                for spelling in spellings where position + spelling.count <= scalars.count {
                    guard Array(scalars[position..<position + spelling.count]) == spelling else { continue }
                    var after = position + spelling.count
                    while after < scalars.count, scalars[after] == " " { after += 1 }
                    if after < scalars.count, scalars[after] == ":" {
                        return source.location(ofOffset: position, file: file)
                    }
                }
            }
            position += 1
        }
        return nil
    }

    /// What to call the file's language in a message: JSON files are read by the YAML parser too.
    private static func language(of file: String) -> String {
        file.lowercased().hasSuffix(".json") ? "JSON" : "YAML"
    }
}
