import SupportRouting

/// Why one record cannot become a row. Each is reported at the row's line and reading goes on.
enum RowProblem: Sendable, Hashable {
    case wrongFieldCount(found: Int, expected: Int)
    case bareQuote(field: Int)
    case textAfterQuote(field: Int)
    case unterminatedQuote(field: Int)
    /// A quoted field that outgrew the record limit: almost always a stray quote, so reading resumes
    /// at the next line end rather than let the quote swallow the rest of the file.
    case runawayQuote(field: Int, limit: Int, resumesAt: Int)
    /// `field` is `nil` for a JSON line, whose fields are not known until it is decoded.
    case notUTF8(field: Int?)
    /// A NUL byte in a CSV field, or `\u0000` in a JSON string (`field` is then `nil`): never text, and
    /// passed on it would cut the answers short in C strings and terminals, so the row is refused.
    case nulByte(field: Int?)
    case recordTooLarge(limit: Int)
    case tooManyRows(limit: Int)
    case badJSON(String)
    case notAnObject(found: String)
    case nestedValue(key: String, found: String)
    case duplicateKey(String)

    /// The stable identifier shown in brackets after the message.
    var id: String {
        switch self {
        case .wrongFieldCount: "wrong-field-count"
        case .bareQuote: "bare-quote"
        case .textAfterQuote: "text-after-quote"
        case .unterminatedQuote: "unterminated-quote"
        case .runawayQuote: "runaway-quote"
        case .notUTF8: "not-utf8"
        case .nulByte: "nul-byte"
        case .recordTooLarge: "record-too-large"
        case .tooManyRows: "too-many-rows"
        case .badJSON: "bad-json"
        case .notAnObject: "not-an-object"
        case .nestedValue: "nested-value"
        case .duplicateKey: "duplicate-key"
        }
    }

    var message: String {
        switch self {
        case .wrongFieldCount(let found, let expected):
            "row has \(found) field\(found == 1 ? "" : "s") but the header has \(expected)"
        case .bareQuote(let field):
            "field \(field) has a quote inside an unquoted value; quote the whole field and double the quotes inside it"
        case .textAfterQuote(let field):
            "field \(field) has text after its closing quote; a quote inside a quoted field is written twice (\"\")"
        case .unterminatedQuote(let field):
            "field \(field) opens a quote that is never closed; the file ends inside it"
        case .notUTF8(let field?):
            "field \(field) is not valid UTF-8 text"
        case .notUTF8(nil):
            "the line is not valid UTF-8 text"
        case .nulByte(let field?):
            "field \(field) holds a NUL byte, which is not text; the row is skipped rather than passed on"
        case .nulByte(nil):
            "a string holds `\\u0000`, a NUL character, which is not text; the row is skipped rather than passed on"
        case .runawayQuote(let field, let limit, let line):
            "field \(field) opens a quote that is not closed within the record limit of \(limit) bytes; the lines up to"
                + " \(line - 1) are skipped and reading goes on at line \(line)"
        case .recordTooLarge(let limit):
            "the record is longer than the limit of \(limit) bytes"
        case .tooManyRows(let limit):
            "the file has more than \(limit) row\(limit == 1 ? "" : "s"); reading stopped at the row limit"
        case .badJSON(let detail):
            "invalid JSON: \(detail)"
        case .notAnObject(let found):
            "expected a JSON object on each line; this line holds \(found)"
        case .nestedValue(let key, let found):
            "key `\(key)` holds \(found); values must be strings, numbers, true, false, null, or lists of strings"
        case .duplicateKey(let key):
            "key `\(key)` appears twice in the object"
        }
    }

    /// The problem as shown to the user, at `line` and `column` of `file`.
    func diagnostic(file: String, line: Int, column: Int = 1) -> Diagnostic {
        Diagnostic(id: id, message: message, location: SourceLocation(file: file, line: line, column: column))
    }
}
