import SupportRouting

/// The names of a table's columns, in order, with a quick way to find a column by its name.
///
/// For CSV it is the first record; for JSON Lines it is every key seen so far, in the order they
/// first appeared, since a JSON Lines file has no header line.
public struct TableHeader: Sendable, Hashable {
    /// The column names, in order.
    public private(set) var names: [String]
    private var indices: [String: Int]

    /// A header with these column names; where a name repeats, lookups find its first column.
    public init(_ names: [String]) {
        self.names = names
        self.indices = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// How many columns there are.
    public var count: Int { names.count }

    /// The position of the column called `name`, counting from 0; names are matched exactly.
    public func index(of name: String) -> Int? { indices[name] }

    /// The position of `name`, adding it as a new last column if it is not there yet.
    mutating func indexAdding(_ name: String) -> Int {
        if let index = indices[name] { return index }
        names.append(name)
        indices[name] = names.count - 1
        return names.count - 1
    }

    /// The header a CSV file's first record gives, refused when a column has no name or a name
    /// repeats, since rows are looked up by column name.
    static func checked(_ names: [String], file: String, line: Int) throws(TableReadError) -> TableHeader {
        let location = SourceLocation(file: file, line: line, column: 1)
        if let empty = names.firstIndex(where: \.isEmpty) {
            throw .badHeader(
                Diagnostic(
                    id: "empty-column-name", message: "column \(empty + 1) of the header has no name",
                    location: location))
        }
        let header = TableHeader(names)
        for (index, name) in names.enumerated() where header.indices[name] != index {
            throw .badHeader(
                Diagnostic(
                    id: "duplicate-column",
                    message: "column `\(name)` appears twice in the header (columns \(header.indices[name]! + 1) "
                        + "and \(index + 1))", location: location))
        }
        return header
    }
}
