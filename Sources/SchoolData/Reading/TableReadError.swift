public import SupportRouting

/// A reason a whole dataset cannot be read, as opposed to one bad row.
///
/// Bad rows are reported one by one and reading goes on; these stop the reader before or while it
/// starts, because without the file, its format or its header no row can be understood.
public struct TableReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        /// The file could not be opened; the text is the system's explanation, such as
        /// `No such file or directory`.
        case cannotOpen(systemReason: String)
        /// The file was opened but reading it failed.
        case cannotRead(systemReason: String)
        /// The format was not given and the path's extension does not name one.
        case unknownFormat
        /// The CSV file has no header record, or the header cannot be used (see ``diagnostic``).
        case badHeader
    }

    /// The path as the user gave it (`<stdin>` for standard input).
    public let path: String
    /// What went wrong.
    public let reason: Reason
    /// The error as it is shown to the user, with its place and a stable id.
    public let diagnostic: Diagnostic

    /// Where the problem is: the file's start, or the header's line.
    public var location: SourceLocation { diagnostic.location }

    /// `file:line:column: error: message [id]`.
    public var description: String { diagnostic.description }

    static func cannotOpen(_ path: String, systemReason: String) -> TableReadError {
        TableReadError(
            path: path, reason: .cannotOpen(systemReason: systemReason),
            diagnostic: Diagnostic(
                id: "cannot-open", message: "cannot open `\(path)`: \(systemReason)", location: start(of: path)))
    }

    static func cannotRead(_ path: String, systemReason: String) -> TableReadError {
        TableReadError(
            path: path, reason: .cannotRead(systemReason: systemReason),
            diagnostic: Diagnostic(
                id: "cannot-read", message: "cannot read `\(path)`: \(systemReason)", location: start(of: path)))
    }

    static func unknownFormat(_ path: String) -> TableReadError {
        let message =
            path == StandardInput.displayName
            ? "the format of standard input must be given; it has no extension to tell it by"
            : "cannot tell the format of `\(path)` from its extension; expected .csv, .jsonl or .ndjson"
        return TableReadError(
            path: path, reason: .unknownFormat,
            diagnostic: Diagnostic(id: "unknown-format", message: message, location: start(of: path)))
    }

    static func badHeader(_ diagnostic: Diagnostic) -> TableReadError {
        TableReadError(path: diagnostic.location.file, reason: .badHeader, diagnostic: diagnostic)
    }

    private static func start(of path: String) -> SourceLocation {
        SourceLocation(file: path, line: 1, column: 1)
    }
}
