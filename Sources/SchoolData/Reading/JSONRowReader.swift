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
    private var lastKeys: [String] = []
    private var lastColumns: [Int] = []

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
        guard var text = String(strictUTF8: content) else {
            return .failure(RowProblem.notUTF8(field: nil).diagnostic(file: file, line: line))
        }
        let expected = lastKeys
        switch text.withUTF8({ JSONLineParser.parse($0, expecting: expected) }) {
        case .failure(let failure):
            // Columns count characters, as an editor does, not bytes.
            let column = content[..<failure.offset].count { $0 & 0b1100_0000 != 0b1000_0000 } + 1
            return .failure(failure.problem.diagnostic(file: file, line: line, column: column))
        case .success(let members):
            // A key met before has its column already; a new one gets a column, and is expected from then on.
            var columns: [Int] = []
            columns.reserveCapacity(members.count)
            for member in members {
                if let place = member.expected {
                    columns.append(lastColumns[place])
                    continue
                }
                let column = header.indexAdding(member.key)
                // A file whose every line brings new keys would make the expected keys a long list to search.
                if lastKeys.count < Self.expectedKeys {
                    lastKeys.append(member.key)
                    lastColumns.append(column)
                }
                if seenColumns.insert(column).inserted { seen.append(member.key) }
                columns.append(column)
            }
            var values = [Substring?](repeating: nil, count: header.count)
            var lists: [Int: [Substring]] = [:]
            let utf8 = text.utf8
            for (column, member) in zip(columns, members) {
                switch member.value {
                case .span(let range):
                    // A slice of the line's own text: no copy. The span's ends are ASCII, so never inside a
                    // character.
                    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                    values[column] = text[start..<utf8.index(start, offsetBy: range.count)]
                case .text(let text): values[column] = Substring(text)
                case .list(let items): lists[column] = items.map { Substring($0) }
                case nil: break
                }
            }
            return .success(TableRow(line: line, header: header, values: .keyed(values, lists: lists)))
        }
    }
}
