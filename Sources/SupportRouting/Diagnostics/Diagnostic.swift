/// A mistake found in a rule file or a profile, reported to the user rather than thrown.
///
/// Printed as `file:line:column: error: message [id]`. Messages are one line, lowercase, with the
/// user's own text in backticks and a suggestion where one is likely.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible, Error {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The input cannot be used.
        case error
        /// The input can be used but is probably not what was meant.
        case warning
        /// Extra information attached to another diagnostic.
        case note
    }

    /// A stable identifier for the kind of mistake, such as `unknown-fact`.
    public var id: String
    /// How serious the mistake is.
    public var severity: Severity
    /// One line saying what is wrong and what was expected.
    public var message: String
    /// Where the mistake is.
    public var location: SourceLocation
    /// Further lines, such as a suggestion or a related place.
    public var notes: [String]

    /// Creates a diagnostic.
    public init(
        id: String, severity: Severity = .error, message: String, location: SourceLocation, notes: [String] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// `file:line:column: severity: message [id]`, followed by any notes on their own lines; control
    /// characters in the text, a line break among them, are shown escaped (`\e`, `\n`).
    public var description: String {
        (["\(location): \(severity.rawValue): \(message) [\(id)]"] + notes.map { "    note: \($0)" }).joinedAsLines()
    }
}

/// Every diagnostic of a failed load, in source order.
public struct DiagnosticList: Error, Sendable, Hashable, CustomStringConvertible {
    /// The most diagnostics of one file that ``description`` lists, as a compiler stops after so many
    /// errors: the rest are counted on one line. ``diagnostics`` keeps them all.
    public static let maximumShownPerFile = 100

    /// The diagnostics, sorted by file, line and column.
    public var diagnostics: [Diagnostic]

    /// Creates a list sorted by location.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted {
            ($0.location.file, $0.location.line, $0.location.column) < (
                $1.location.file, $1.location.line, $1.location.column
            )
        }
    }

    /// One diagnostic per line, at most ``maximumShownPerFile`` of each file, then a line such as
    /// `and 149900 more errors in profile.yaml` for the rest of that file's.
    public var description: String {
        var lines: [String] = []
        var start = 0
        while start < diagnostics.count {
            let file = diagnostics[start].location.file
            var end = start + 1
            while end < diagnostics.count, diagnostics[end].location.file == file { end += 1 }
            let shown = min(end - start, Self.maximumShownPerFile)
            lines += diagnostics[start..<start + shown].map(\.description)
            let rest = diagnostics[(start + shown)..<end]
            if !rest.isEmpty {
                let severities = Set(rest.map(\.severity))
                let kind = severities.count == 1 ? severities.first!.rawValue : "diagnostic"
                lines.append(
                    "and \(rest.count) more \(kind)\(rest.count == 1 ? "" : "s") in \(file)".escapingControlCharacters)
            }
            start = end
        }
        return lines.joined(separator: "\n")
    }
}
