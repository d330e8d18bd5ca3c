/// One record of a dataset, with the line it starts on, its values looked up by column.
///
/// A CSV row keeps its fields as one string and the offsets where they end, so reading a row
/// costs one allocation rather than one per field; values are handed out as substrings of it.
public struct TableRow: Sendable {
    enum Values: Sendable {
        /// CSV: every field's text back to back, and the UTF-8 offset where each field ends.
        case delimited(text: String, fieldEnds: [Int])
        /// JSON Lines: a value, or `nil` for null, absent or a list, for each column of the row's header;
        /// and the members of each list, by column.
        case keyed([Substring?], lists: [Int: [Substring]])
        /// JSON Lines: a line not yet read, its bytes; ``JSONRowReader`` makes it a keyed row on a worker.
        case jsonLine([UInt8])
        /// JSON Lines: a line not yet read, whose bytes are at this range of the batch's run of lines
        /// (``SchoolSource``), so that a batch holds its lines in one array rather than one each.
        case jsonSpan(Range<Int>)
    }

    /// The line where the record starts, counting from 1; a CSV record can span several lines.
    public let line: Int
    /// The columns the values are looked up in.
    public let header: TableHeader
    let values: Values

    init(line: Int, header: TableHeader, values: Values) {
        self.line = line
        self.header = header
        self.values = values
    }

    /// How many values the row holds: the header's count for CSV, the keys known when the row was
    /// read for JSON Lines.
    public var count: Int {
        switch values {
        case .delimited(_, let fieldEnds): fieldEnds.count
        case .keyed(let values, _): values.count
        case .jsonLine, .jsonSpan: 0
        }
    }

    /// The value in column `column` (counting from 0), or `nil` when the row has no such column.
    ///
    /// An empty CSV field is an empty string. JSON numbers and booleans come back as written
    /// (`1.50`, `true`) and null as `nil`, so CSV and JSON Lines values can be read alike.
    public func value(at column: Int) -> Substring? {
        switch values {
        case .delimited(let text, let fieldEnds):
            return CSVCells(text: text, fieldEnds: fieldEnds).cell(column)
        case .keyed(let values, _):
            return values.indices.contains(column) ? values[column] : nil
        case .jsonLine, .jsonSpan: return nil
        }
    }

    /// The members of the list in column `column`, when the value there is a JSON list; a list is
    /// never a value (``value(at:)`` answers `nil` for it).
    public func list(at column: Int) -> [Substring]? {
        // Most rows have no list, and an empty table answers without hashing the column.
        guard case .keyed(_, let lists) = values, !lists.isEmpty else { return nil }
        return lists[column]
    }

    /// The value in the column called `name`, or `nil` when there is no such column.
    public func value(named name: String) -> Substring? {
        header.index(of: name).flatMap { value(at: $0) }
    }
}

/// A CSV row's fields: their text back to back, and the UTF-8 offset where each ends.
struct CSVCells: RowCells {
    let text: String
    let fieldEnds: [Int]

    func cell(_ column: Int) -> Substring? {
        guard column >= 0, column < fieldEnds.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: column == 0 ? 0 : fieldEnds[column - 1])
        let end = utf8.index(utf8.startIndex, offsetBy: fieldEnds[column])
        return text[start..<end]
    }

    func list(_ column: Int) -> [Substring]? { nil }

    var hasLists: Bool { false }

    func withBytes<Found>(_ column: Int, _ body: (UnsafeRawBufferPointer?) -> Found) -> Found {
        guard column >= 0, column < fieldEnds.count else { return body(nil) }
        let start = column == 0 ? 0 : fieldEnds[column - 1]
        let end = fieldEnds[column]
        if let found = text.utf8.withContiguousStorageIfAvailable({
            body(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0[start..<end])))
        }) {
            return found
        }
        var copy = text
        return copy.withUTF8 { body(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0[start..<end]))) }
    }
}
