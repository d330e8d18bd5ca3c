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

    /// `file:line:column: severity: message [id]`, followed by any notes on their own lines.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message) [\(id)]"
        for note in notes { text += "\n    note: \(note)" }
        return text
    }
}

/// Every diagnostic of a failed load, in source order.
public struct DiagnosticList: Error, Sendable, Hashable, CustomStringConvertible {
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

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
