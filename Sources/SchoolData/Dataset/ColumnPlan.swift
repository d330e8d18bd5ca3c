import SupportRouting

/// A row's cells by column position, whatever file format they came from.
protocol RowCells {
    /// The text of the cell in `column`, or `nil` when the row is shorter.
    func cell(_ column: Int) -> Substring?
    /// The members of a list in `column` (JSON Lines only), or `nil` when the value there is no list.
    func list(_ column: Int) -> [Substring]?
    /// Whether any cell holds a list: most rows have none, and are not asked for them cell by cell.
    var hasLists: Bool { get }
    /// Calls `body` with the UTF-8 of the cell in `column` where it lies, or with `nil` when there is none:
    /// for a memo that looks a cell up without a string.
    func withBytes<Found>(_ column: Int, _ body: (UnsafeRawBufferPointer?) -> Found) -> Found
}

extension RowCells {
    func withBytes<Found>(_ column: Int, _ body: (UnsafeRawBufferPointer?) -> Found) -> Found {
        guard let text = cell(column) else { return body(nil) }
        if let found = text.utf8.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
            return found
        }
        var copy = String(text)
        return copy.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }
}

/// Where each column a mapping names is found: in the dataset's own header, or in the joined file.
struct ColumnPlan: Sendable {
    /// A column's place.
    enum Place: Sendable, Hashable {
        /// Position in the dataset's rows.
        case row(Int)
        /// Position among the join's columns.
        case joined(Int)
    }

    let places: [String: Place]
    /// Whether a position in the row is the column a person sees in the file (CSV), so that a cell can be
    /// cited by it; a JSON Lines row's positions are the reader's own.
    var positionsAreColumns = true

    /// For JSON Lines rows read by a ``JSONRowReader`` given `columns` first: every column the mapping
    /// reads at a fixed position, except those the join supplies.
    static func fixed(_ mapping: DatasetMapping) -> (plan: ColumnPlan, columns: [String]) {
        var places: [String: Place] = [:]
        for (position, name) in (mapping.join?.columns ?? []).enumerated() where places[name] == nil {
            places[name] = .joined(position)
        }
        var columns: [String] = []
        for name in mapping.columnsRead where places[name] == nil {
            places[name] = .row(columns.count)
            columns.append(name)
        }
        return (ColumnPlan(places: places, positionsAreColumns: false), columns)
    }

    /// Finds every column the mapping reads, or reports each one that is in neither file.
    static func resolve(
        _ mapping: DatasetMapping, header: [String], file: String, noun: String = "column"
    ) -> Result<ColumnPlan, DiagnosticList> {
        var places: [String: Place] = [:]
        for (position, name) in header.enumerated() where places[name] == nil { places[name] = .row(position) }
        for (position, name) in (mapping.join?.columns ?? []).enumerated() where places[name] == nil {
            places[name] = .joined(position)
        }
        let missing = mapping.columnsRead.filter { places[$0] == nil }
        guard missing.isEmpty else {
            let location = SourceLocation(file: file, line: 1, column: 1)
            return .failure(
                DiagnosticList(
                    missing.map { name in
                        let hint = Suggestion.didYouMean(name, among: header + (mapping.join?.columns ?? []))
                        return Diagnostic(
                            id: "unknown-column",
                            message: noun == "column"
                                ? "the mapping reads column `\(name)`, which the header does not have\(hint)"
                                : "the mapping reads key `\(name)`, which no row of the file has\(hint)",
                            location: location, notes: ["the mapping is \(mapping.file)"])
                    }))
        }
        return .success(ColumnPlan(places: places))
    }

    /// The place of a column the mapping reads; resolving checked that every such column has one.
    subscript(_ name: String) -> Place { places[name]! }
}
