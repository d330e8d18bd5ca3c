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
    /// The values of the row being read, and its lists, kept from row to row for their storage.
    private var values: [Substring?] = []
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
        content.withUnsafeBufferPointer { cells($0, line: line) }.map {
            TableRow(line: line, header: header, values: .keyed($0.values, lists: $0.lists))
        }
    }

    /// The cells of the row on `line`, whose bytes are `content`, or why it is not one. The cells should be
    /// let go before the next row is read, whose cells then reuse their storage.
    mutating func cells(_ content: UnsafeBufferPointer<UInt8>, line: Int) -> Result<JSONCells, Diagnostic> {
        guard let text = String(strictUTF8: content) else {
            return .failure(RowProblem.notUTF8(field: nil).diagnostic(file: file, line: line))
        }
        for index in values.indices { values[index] = nil }
        if values.count < header.count {
            values.append(contentsOf: repeatElement(nil, count: header.count - values.count))
        }
        if !lists.isEmpty { lists.removeAll(keepingCapacity: true) }
        let expected = lastKeys
        let utf8 = text.utf8
        func put(_ value: JSONLineParser.Value?, at column: Int) {
            switch value {
            case .span(let range):
                // A slice of the line's own text: no copy. The span's ends are ASCII, so never inside a
                // character.
                let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                values[column] = text[start..<utf8.index(start, offsetBy: range.count)]
            case .text(let decoded): values[column] = Substring(decoded)
            case .list(let items): lists[column] = items.map { Substring($0) }
            case nil: break
            }
        }
        // Keys not expected get their columns once the whole line is known to be sound: a line that is
        // not adds no column.
        var others: [(key: String, value: JSONLineParser.Value?)] = []
        let failure = utf8.withContiguousStorageIfAvailable { bytes in
            JSONLineParser.parse(bytes, expecting: expected) { place, key, value in
                if let place {
                    put(value, at: lastColumns[place])
                } else {
                    others.append((key ?? "", value))
                }
            }
        }!
        if let failure {
            // Columns count characters, as an editor does, not bytes.
            let column = content[..<failure.offset].count { $0 & 0b1100_0000 != 0b1000_0000 } + 1
            return .failure(failure.problem.diagnostic(file: file, line: line, column: column))
        }
        // A key met before has its column already; a new one gets a column, and is expected from then on.
        for (key, value) in others {
            let column = newColumn(key)
            if values.count < header.count {
                values.append(contentsOf: repeatElement(nil, count: header.count - values.count))
            }
            put(value, at: column)
        }
        return .success(JSONCells(values: values, lists: lists))
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
/// members of its lists.
struct JSONCells: RowCells {
    let values: [Substring?]
    let lists: [Int: [Substring]]

    func cell(_ column: Int) -> Substring? { column < values.count ? values[column] : nil }

    // Most rows have no list, and an empty table answers without hashing the column.
    func list(_ column: Int) -> [Substring]? { lists.isEmpty ? nil : lists[column] }
}
