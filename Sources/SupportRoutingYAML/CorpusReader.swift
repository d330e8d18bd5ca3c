import Foundation
public import SupportRouting

/// Reads a corpus of profiles for `diff`: a folder of YAML or JSON profiles, a JSON Lines file (one
/// profile per line) or a CSV file (a header of fact names, one profile per row; sets as `a;b`).
public enum CorpusReader {
    /// One profile of the corpus, read against a rule set's facts when asked.
    public struct Entry: Sendable, CorpusProfile {
        /// Where the profile is: a file, or a file and a line.
        public let name: String
        let text: String?
        let path: String?
        /// For a line of a JSON Lines or CSV file: the file and the line.
        var line: (file: String, number: Int, keepColumns: Bool)? = nil
        /// For a CSV row: the header's fact names and the row's cells, typed when a rule set reads them.
        var row: (header: [String], cells: [String])? = nil

        /// The profile checked against `ruleSet`; mistakes point at the corpus file's own lines.
        /// The profile's own `expect` is not read: it may name routes only one rule set has.
        public func load(for ruleSet: RuleSet) -> Result<Profile, DiagnosticList> {
            if let path { return ProfileLoader.load(contentsOf: path, ruleSet: ruleSet, readingExpectation: false) }
            let source =
                row.map { CorpusReader.yaml(header: $0.header, cells: $0.cells, schema: ruleSet.schema) } ?? text ?? ""
            return ProfileLoader.load(text: source, file: name, ruleSet: ruleSet, readingExpectation: false).mapError {
                list in
                guard let line else { return list }
                return DiagnosticList(
                    list.diagnostics.map { diagnostic in
                        var moved = diagnostic
                        // A CSV row is rewritten as YAML, so only its line means anything in the file.
                        moved.location = SourceLocation(
                            file: line.file, line: line.number,
                            column: line.keepColumns ? diagnostic.location.column : 1)
                        return moved
                    })
            }
        }
    }

    /// The profiles at `path`, or why it cannot be read.
    public static func entries(at path: String) -> Result<[Entry], DiagnosticList> {
        let place = SourceLocation(file: path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(
                DiagnosticList([
                    Diagnostic(id: "no-such-file", message: "no such file or folder `\(path)`", location: place)
                ]))
        }
        if isDirectory.boolValue {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
                .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".json")) && !$0.hasSuffix(".tests.yaml") }.sorted()
            let folder = path.hasSuffix("/") ? path : path + "/"
            return .success(names.map { Entry(name: folder + $0, text: nil, path: folder + $0) })
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return .failure(
                DiagnosticList([
                    Diagnostic(id: "unreadable", message: "cannot read `\(path)` as UTF-8 text", location: place)
                ]))
        }
        // "\r\n" is one Character in Swift, so line breaks are normalised before splitting.
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map(String.init)
        if path.lowercased().hasSuffix(".csv") { return .success(csvEntries(lines, path: path)) }
        return .success(
            lines.enumerated().filter { !$0.element.trimmingCharacters(in: .whitespaces).isEmpty }.map {
                Entry(name: "\(path):\($0.offset + 1)", text: $0.element, path: nil, line: (path, $0.offset + 1, true))
            })
    }

    /// Each row of a CSV file, typed by the rule set that reads it.
    private static func csvEntries(_ lines: [String], path: String) -> [Entry] {
        guard let header = lines.first else { return [] }
        let names = splitCSV(header)
        return lines.enumerated().dropFirst().filter { !$0.element.isEmpty }.map { number, line in
            Entry(
                name: "\(path):\(number + 1)", text: nil, path: nil, line: (path, number + 1, false),
                row: (names, splitCSV(line)))
        }
    }

    /// A CSV row as a YAML profile: set facts as lists (cells split at `;`), plain values where they
    /// are plain, quoted otherwise; empty cells left out.
    static func yaml(header: [String], cells: [String], schema: FactSchema) -> String {
        zip(header, cells).filter { !$0.1.isEmpty }.map { name, cell -> String in
            func scalar(_ text: String) -> String {
                text.allSatisfy { $0.isLetter || $0.isNumber || "_.-".contains($0) } ? text : text.jsonQuoted
            }
            if case .set? = schema[name]?.type {
                return "\(name): [\(cell.split(separator: ";").map { scalar(String($0)) }.joined(separator: ", "))]"
            }
            return "\(name): \(scalar(cell))"
        }.joined(separator: "\n") + "\n"
    }

    /// The cells of one CSV line, honouring double quotes.
    private static func splitCSV(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            if character == "\"" {
                quoted.toggle()
            } else if character == ",", !quoted {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
        }
        cells.append(cell)
        return cells.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
