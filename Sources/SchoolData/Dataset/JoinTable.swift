import SupportRouting

/// A joined file's columns by school id, read whole: joined files are lookup tables, not datasets.
enum JoinTable {
    static func read(path: String, join: Join, maximumRows: Int?) -> Result<[String: [String]], DiagnosticList> {
        var reader: TableReader
        do {
            reader = try TableReader(path: path, options: TableReadOptions(maximumRows: maximumRows))
        } catch {
            return .failure(
                DiagnosticList([
                    error.diagnostic,
                    Diagnostic(
                        id: "join", severity: .note, message: "the mapping joins this file", location: join.location),
                ]))
        }
        let names = [join.id] + join.columns
        if reader.format == .csv {
            let missing = names.filter { reader.header.index(of: $0) == nil }
            if !missing.isEmpty {
                return .failure(
                    DiagnosticList(
                        missing.map { name in
                            Diagnostic(
                                id: "unknown-column",
                                message: "the mapping joins on column `\(name)`, which `\(reader.file)` does not have"
                                    + Suggestion.didYouMean(name, among: reader.header.names),
                                location: join.location)
                        }))
            }
        }
        var table: [String: [String]] = [:]
        while let next = reader.next() {
            // A bad row in a lookup table only means that school gets no joined values.
            guard case .success(let row) = next, let id = row.value(named: join.id)?.trimmingSpaces, !id.isEmpty
            else { continue }
            table[String(id)] = join.columns.map { String(row.value(named: $0) ?? "") }
        }
        return .success(table)
    }
}
