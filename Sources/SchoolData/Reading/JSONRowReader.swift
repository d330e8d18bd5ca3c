import SupportRouting

/// Turns the lines of a JSON Lines file into rows: checks a line is UTF-8, parses it, and gives each
/// key a column, new keys becoming new columns of its header.
///
/// A batch hands each worker's slice of lines to a reader of its own, so the lines are parsed on
/// every core; lines of one file mostly repeat their keys, and a line with the keys of the line
/// before takes its columns without hashing a key.
struct JSONRowReader: Sendable {
    /// The file's name in messages.
    let file: String
    /// The columns: the keys given at the start, then every other key in the order first seen.
    private(set) var header: TableHeader
    /// The keys the lines have had, in the order first seen.
    private(set) var seen: [String] = []
    private var seenColumns: Set<Int> = []
    /// Every key the lines have had, in the order first met, and their columns: what the next line is
    /// expected to have.
    private var lastKeys = ExpectedKeys()
    private var lastColumns: [Int] = []
    /// Where each value of the row being read lies in its line, as two offsets per column (`-1` for none,
    /// `-2` for a text in `texts`), the texts whose escapes had to be decoded, and the lists: kept from row
    /// to row for their storage.
    private var spans: [Int] = []
    private var texts: [Int: String] = [:]
    private var lists: [Int: [Substring]] = [:]

    /// The most keys expected; past them, new keys are found by hashing.
    private static let expectedKeys = 256

    /// A reader whose first columns are `columns`, in order, whether or not a line has them: a mapping
    /// that knows the keys it reads finds each at a fixed position in every row.
    init(file: String, columns: [String] = []) {
        self.file = file
        header = TableHeader(columns)
    }

    /// The row on `line`, whose bytes are `content`, or why it is not one.
    mutating func row(_ content: [UInt8], line: Int) -> Result<TableRow, Diagnostic> {
        content.withUnsafeBufferPointer { bytes in
            cells(bytes, line: line).map { cells in
                // The row outlives the bytes, so its values are copied out of them.
                let values = (0..<header.count).map { cells.cell($0) }
                return TableRow(line: line, header: header, values: .keyed(values, lists: cells.lists))
            }
        }
    }

    /// The cells of the row on `line`, whose bytes are `content`, or why it is not one. The cells point
    /// into `content` and are only good while it is, and until the next row is read.
    mutating func cells(_ content: UnsafeBufferPointer<UInt8>, line: Int) -> Result<JSONCells, Diagnostic> {
        // Most lines are ASCII, which needs no more check than that; others are checked as UTF-8.
        guard Self.isASCII(content) || String(strictUTF8: content) != nil else {
            return .failure(RowProblem.notUTF8(field: nil).diagnostic(file: file, line: line))
        }
        for index in spans.indices { spans[index] = -1 }
        if spans.count < 2 * header.count {
            spans.append(contentsOf: repeatElement(-1, count: 2 * header.count - spans.count))
        }
        if !texts.isEmpty { texts.removeAll(keepingCapacity: true) }
        if !lists.isEmpty { lists.removeAll(keepingCapacity: true) }
        func put(_ value: JSONLineParser.Value?, at column: Int) {
            switch value {
            case .span(let range):
                spans[2 * column] = range.lowerBound
                spans[2 * column + 1] = range.upperBound
            case .text(let decoded):
                spans[2 * column] = -2
                texts[column] = decoded
            case .list(let items): lists[column] = items.map { Substring($0) }
            case nil: break
            }
        }
        // Keys not expected get their columns once the whole line is known to be sound: a line that is
        // not adds no column.
        var others: [(key: String, value: JSONLineParser.Value?)] = []
        let failure = JSONLineParser.parse(content, expecting: lastKeys) { place, key, value in
            if let place {
                put(value, at: lastColumns[place])
            } else {
                others.append((key ?? "", value))
            }
        }
        if let failure {
            // Columns count characters, as an editor does, not bytes.
            let column = content[..<failure.offset].count { $0 & 0b1100_0000 != 0b1000_0000 } + 1
            return .failure(failure.problem.diagnostic(file: file, line: line, column: column))
        }
        // A key met before has its column already; a new one gets a column, and is expected from then on.
        for (key, value) in others {
            let column = newColumn(key)
            if spans.count < 2 * header.count {
                spans.append(contentsOf: repeatElement(-1, count: 2 * header.count - spans.count))
            }
            put(value, at: column)
        }
        return .success(JSONCells(bytes: content, spans: spans, texts: texts, lists: lists))
    }

    /// Whether every byte is below 0x80, looked at eight at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        var high: UInt64 = 0
        while offset + 8 <= bytes.count {
            high |= UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            offset += 8
        }
        while offset < bytes.count {
            high |= UInt64(bytes[offset])
            offset += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// The column of `key`, a key none of the expected ones, which is expected from now on.
    private mutating func newColumn(_ key: String) -> Int {
        let column = header.indexAdding(key)
        // A file whose every line brings new keys would make the expected keys a long list to search.
        if lastKeys.count < Self.expectedKeys {
            lastKeys.append(key)
            lastColumns.append(column)
        }
        if seenColumns.insert(column).inserted { seen.append(key) }
        return column
    }
}

/// A JSON Lines row's values by column (``JSONRowReader``'s header), `nil` for null or absent, and the
/// members of its lists. Its values lie in the line's bytes, which it only points to: a `JSONCells` is
/// used while the reader's caller holds them, and never kept.
struct JSONCells: RowCells {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Two offsets into `bytes` per column; `-1` for no value, `-2` for a value in `texts`.
    let spans: [Int]
    let texts: [Int: String]
    let lists: [Int: [Substring]]

    func cell(_ column: Int) -> Substring? {
        guard 2 * column < spans.count else { return nil }
        let start = spans[2 * column]
        if start == -2 { return texts[column].map { Substring($0) } }
        guard start >= 0 else { return nil }
        // Valid UTF-8, whose ends are ASCII (quotes, or the ends of a number or literal).
        return Substring(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<spans[2 * column + 1]]), as: UTF8.self))
    }

    func withBytes<Found>(_ column: Int, _ body: (UnsafeRawBufferPointer?) -> Found) -> Found {
        guard 2 * column < spans.count else { return body(nil) }
        let start = spans[2 * column]
        if start == -2, let text = texts[column] {
            var text = text
            return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
        guard start >= 0 else { return body(nil) }
        return body(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<spans[2 * column + 1]])))
    }

    // Most rows have no list, and an empty table answers without hashing the column.
    func list(_ column: Int) -> [Substring]? { lists.isEmpty ? nil : lists[column] }

    var hasLists: Bool { !lists.isEmpty }
}
