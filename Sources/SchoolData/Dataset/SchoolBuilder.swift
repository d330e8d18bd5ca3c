import SupportRouting

/// What one row of a dataset gives.
enum RowOutcome: Sendable {
    /// A school.
    case school(School)
    /// The mapping's `keep` rules leave the row out.
    case leftOut
    /// The row cannot be read; each diagnostic points at the row's line.
    case failed([Diagnostic])
}

/// Builds schools from rows, following a mapping whose columns have been found in the header.
struct SchoolBuilder: Sendable {
    let mapping: DatasetMapping
    let schema: FactSchema
    let file: String
    let plan: ColumnPlan
    /// The joined file's values by school id, in the order of the join's columns.
    let joined: [String: [String]]
    let memo: CellMemo

    init(mapping: DatasetMapping, schema: FactSchema, file: String, plan: ColumnPlan, joined: [String: [String]]) {
        self.mapping = mapping
        self.schema = schema
        self.file = file
        self.plan = plan
        self.joined = joined
        self.memo = CellMemo(facts: mapping.facts.count)
    }

    func build(_ row: some RowCells, line: Int) -> RowOutcome {
        func cell(_ name: String) -> Substring? {
            switch plan[name] {
            case .row(let position): return row.cell(position)
            case .joined(let position): return joinedCell(row, position)
            case .named(let name): return row.cell(named: name)
            }
        }
        for rule in mapping.keep where !rule.values.contains(String(cell(rule.column)?.trimmingSpaces ?? "")) {
            return .leftOut
        }
        var problems: [Diagnostic] = []
        func problem(_ id: String, _ message: String, column: String) {
            problems.append(
                Diagnostic(
                    id: id, message: "\(message) (column `\(column)`)", location: location(line: line, column: column)))
        }
        let columns = mapping.columns
        let id = String(cell(columns.id)?.trimmingSpaces ?? "")
        if id.isEmpty { problem("missing-id", "the id column `\(columns.id)` is empty", column: columns.id) }
        func text(_ column: String?) -> String? {
            guard let column, let value = cell(column)?.trimmingSpaces, !value.isEmpty else { return nil }
            return String(value)
        }
        var point: GeoPoint?
        switch PlaceReader.read(columns.location, cell: cell) {
        case .success(let found): point = found
        case .failure(let error): problem("bad-location", error.message, column: error.column)
        }
        var values = schema.facts.map(\.defaultValue)
        var sources: [ValueSource] = schema.facts.map { $0.defaultValue == nil ? .missing : .defaulted }
        for (position, assumption) in mapping.assumptions.enumerated() {
            values[assumption.fact] = assumption.value
            sources[assumption.fact] = .assumed(position)
        }
        for (slot, mapped) in mapping.facts.enumerated() {
            guard case .column(let rule) = mapped.source else { continue }
            let fact = schema.facts[mapped.fact]
            let text = cell(rule.column)?.trimmingSpaces ?? ""
            switch memo.outcome(text, slot: slot, read: { CellReader.read($0, rule: rule, fact: fact) }) {
            case .success(.value(let value)):
                values[mapped.fact] = value
                sources[mapped.fact] = .cell(mapping: slot)
            case .success(.unknown):
                values[mapped.fact] = nil
                sources[mapped.fact] = .unknownCell(mapping: slot)
            case .success(.useDefault):
                values[mapped.fact] = fact.defaultValue
                sources[mapped.fact] = fact.defaultValue == nil ? .missing : .defaulted
            case .failure(let error):
                problem("unmapped-value", error.message, column: rule.column)
            }
        }
        guard problems.isEmpty else { return .failed(problems) }
        let measures = (mapping.partners?.measures ?? []).map { measure in
            cell(measure.column).flatMap { Double($0.trimmingSpaces) }.flatMap { $0.isFinite ? $0 : nil }
        }
        return .school(
            School(
                id: id, name: text(columns.name) ?? id, phase: text(columns.phase), location: point,
                ofsted: text(columns.ofsted), localAuthority: text(columns.localAuthority),
                region: text(columns.region),
                line: line, values: values, sources: sources, measures: measures))
    }

    private func joinedCell(_ row: some RowCells, _ position: Int) -> Substring? {
        let idCell: Substring?
        switch plan[mapping.columns.id] {
        case .row(let column): idCell = row.cell(column)
        case .named(let name): idCell = row.cell(named: name)
        case .joined: idCell = nil
        }
        guard let id = idCell?.trimmingSpaces, let values = joined[String(id)] else { return nil }
        return Substring(values[position])
    }

    /// The cell's place: its line, and its column counted from 1 when the column is the dataset's own.
    private func location(line: Int, column name: String) -> SourceLocation {
        if case .row(let position) = plan[name] { return SourceLocation(file: file, line: line, column: position + 1) }
        return SourceLocation(file: file, line: line, column: 1)
    }
}
