import SchoolData
import SupportRouting

/// Reads a whole table and describes each result as one line, so tests compare plain strings.
enum ReadingSupport {
    /// `line: value|value` for a row (`(none)` for a JSON null or missing key), the diagnostic's
    /// own text for a failure.
    static func describe(_ result: Result<TableRow, Diagnostic>) -> String {
        switch result {
        case .success(let row):
            let values = (0..<row.header.count).map { row.value(at: $0).map(String.init) ?? "(none)" }
            return "\(row.line): " + values.joined(separator: "|")
        case .failure(let diagnostic):
            return diagnostic.description
        }
    }

    /// Every result of reading `bytes`, described; an error that stops the whole file is described
    /// as `thrown: ` and its text.
    static func read(
        bytes: [UInt8], name: String = "t.csv", format: TableFormat = .csv, options: TableReadOptions = .init()
    ) -> [String] {
        do {
            var reader = try TableReader(bytes: bytes, name: name, format: format, options: options)
            return drain(&reader)
        } catch {
            return ["thrown: \(error)"]
        }
    }

    /// Every result of reading `text`, described.
    static func read(
        _ text: String, name: String = "t.csv", format: TableFormat = .csv, options: TableReadOptions = .init()
    ) -> [String] {
        read(bytes: Array(text.utf8), name: name, format: format, options: options)
    }

    /// The rest of `reader`'s results, described.
    static func drain(_ reader: inout TableReader) -> [String] {
        var described: [String] = []
        while let result = reader.next() { described.append(describe(result)) }
        return described
    }

    /// The error reading `bytes` throws, if it throws one.
    static func readError(bytes: [UInt8], format: TableFormat = .csv, options: TableReadOptions = .init())
        -> TableReadError?
    {
        do {
            _ = try TableReader(bytes: bytes, name: "t.csv", format: format, options: options)
            return nil
        } catch {
            return error
        }
    }

    /// The error reading `text` throws, if it throws one.
    static func readError(_ text: String, format: TableFormat = .csv, options: TableReadOptions = .init())
        -> TableReadError?
    {
        readError(bytes: Array(text.utf8), format: format, options: options)
    }
}
