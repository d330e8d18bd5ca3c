import SupportRouting

/// What one row of a dataset gives.
enum RowOutcome: Sendable {
    /// A school.
    case school(School)
    /// The mapping's `keep` rules leave the row out.
    case leftOut
    /// The row cannot be read; each diagnostic points at the row's line. `rows` is how many rows the record
    /// stands for: more than 1 when a quote never closed took in the lines after it.
    case failed([Diagnostic], rows: Int)

    /// How many rows of the file the outcome stands for.
    var rows: Int {
        if case .failed(_, let rows) = self { return rows }
        return 1
    }
}

/// Builds schools from rows, following a mapping whose columns have been found in the header.
///
/// Everything that does not depend on the row (where each column is, each fact's rule, the defaults)
/// is worked out once here, so a row costs lookups by position and no text is hashed but the cells.
/// A class, so the workers that share nothing else each hold one without copying its tables per row.
final class SchoolBuilder: Sendable {
    /// One mapped fact read from a column.
    private final class FactStep: Sendable {
        let slot: Int
        let fact: Fact
        let rule: ColumnRule
        let place: ColumnPlan.Place

        init(slot: Int, fact: Fact, rule: ColumnRule, place: ColumnPlan.Place) {
            self.slot = slot
            self.fact = fact
            self.rule = rule
            self.place = place
        }
    }

    private let file: String
    private let plan: ColumnPlan
    private let columns: IdentityColumns
    /// The joined file's values by school id, in the order of the join's columns.
    private let joined: [String: [String]]
    private let memo: CellMemo
    private let steps: [FactStep]
    /// Each step's mapping slot, column and fact index, in the steps' order.
    private let places: [(slot: Int, place: ColumnPlan.Place, index: Int)]
    private let keeps: [(place: ColumnPlan.Place, values: Set<String>)]
    private let measures: [(place: ColumnPlan.Place, name: String, column: String)]
    /// Each fact's value before any cell is read: its default, an assumption, or none.
    private let presets: [FactValue?]
    private let defaultSources: [ValueSource]
    /// Every place read as one text (all but the facts' own columns), with its column's name.
    private let textPlaces: [(ColumnPlan.Place, String)]
    private let idPlace: ColumnPlan.Place
    private let locationPlaces: (ColumnPlan.Place, ColumnPlan.Place)?
    private let namePlace, phasePlace, ofstedPlace, localAuthorityPlace, regionPlace: ColumnPlan.Place?

    /// The rule set's constraints and derived facts, when it has any, that each row is checked against.
    private let checker: CheckMemo?
    /// The column each fact is read from, by slot, for the place of a row's broken constraint.
    private let factColumns: [Int: String]

    init(mapping: DatasetMapping, ruleSet: RuleSet, file: String, plan: ColumnPlan, joined: [String: [String]]) {
        let schema = ruleSet.schema
        checker = ruleSet.constraints.isEmpty ? nil : CheckMemo(ruleSet: ruleSet)
        var factColumns: [Int: String] = [:]
        for mapped in mapping.facts {
            if case .column(let rule) = mapped.source, factColumns[mapped.fact] == nil {
                factColumns[mapped.fact] = rule.column
            }
        }
        self.factColumns = factColumns
        self.file = file
        self.plan = plan
        self.joined = joined
        columns = mapping.columns
        memo = CellMemo(facts: mapping.facts.count, columns: 4)
        steps = mapping.facts.enumerated().compactMap { slot, mapped in
            guard case .column(let rule) = mapped.source else { return nil }
            return FactStep(slot: slot, fact: schema.facts[mapped.fact], rule: rule, place: plan[rule.column])
        }
        places = steps.map { ($0.slot, $0.place, $0.fact.index) }
        keeps = mapping.keep.map { (plan[$0.column], $0.values) }
        measures = (mapping.partners?.measures ?? []).map { (plan[$0.column], $0.name, $0.column) }
        var values = schema.facts.map(\.defaultValue)
        var sources: [ValueSource] = schema.facts.map { $0.defaultValue == nil ? .missing : .defaulted }
        for (position, assumption) in mapping.assumptions.enumerated() {
            values[assumption.fact] = assumption.value
            sources[assumption.fact] = .assumed(position)
        }
        presets = values
        defaultSources = sources
        idPlace = plan[mapping.columns.id]
        let identity = [
            mapping.columns.id, mapping.columns.name, mapping.columns.phase, mapping.columns.ofsted,
            mapping.columns.localAuthority, mapping.columns.region,
        ].compactMap { $0 }
        let located = mapping.columns.location.map { [$0.names.0, $0.names.1] } ?? []
        let texts = identity + located + mapping.keep.map(\.column) + (mapping.partners?.measures ?? []).map(\.column)
        textPlaces = texts.map { (plan[$0], $0) }
        locationPlaces = mapping.columns.location.map { (plan[$0.names.0], plan[$0.names.1]) }
        namePlace = mapping.columns.name.map { plan[$0] }
        phasePlace = mapping.columns.phase.map { plan[$0] }
        ofstedPlace = mapping.columns.ofsted.map { plan[$0] }
        localAuthorityPlace = mapping.columns.localAuthority.map { plan[$0] }
        regionPlace = mapping.columns.region.map { plan[$0] }
    }

    func build(_ row: some RowCells, line: Int) -> RowOutcome {
        func cell(_ place: ColumnPlan.Place) -> Substring? {
            switch place {
            case .row(let position): return row.cell(position)
            case .joined(let position): return joinedCell(row, position)
            }
        }
        func list(_ place: ColumnPlan.Place) -> [Substring]? {
            switch place {
            case .row(let position): return row.list(position)
            case .joined: return nil
            }
        }
        var problems: [Diagnostic] = []
        func problem(_ id: String, _ message: String, column: String) {
            problems.append(
                Diagnostic(
                    id: id, message: "\(message) (column `\(column)`)", location: location(line: line, column: column)))
        }
        // A JSON list is the members of a set fact; anywhere else it cannot be read as one value.
        for (place, column) in textPlaces where row.hasLists && list(place) != nil {
            problem("unexpected-list", "`\(column)` holds a list, where one value is expected", column: column)
        }
        // A list in a kept column is a problem above, not a reason to leave the row out.
        for keep in keeps
        where list(keep.place) == nil && !keep.values.contains(String(cell(keep.place)?.trimmingSpaces ?? "")) {
            return .leftOut
        }
        let id = String(cell(idPlace)?.trimmingSpaces ?? "")
        if id.isEmpty { problem("missing-id", "the id column `\(columns.id)` is empty", column: columns.id) }
        func text(_ place: ColumnPlan.Place?, column: Int? = nil) -> String? {
            guard let place, let value = cell(place)?.trimmingSpaces, !value.isEmpty else { return nil }
            guard let column else { return String(value) }
            return memo.text(value, column: column)
        }
        var point: GeoPoint?
        let placeCells = locationPlaces.map { (cell($0.0), cell($0.1)) } ?? (nil, nil)
        switch PlaceReader.read(columns.location, cells: placeCells) {
        case .success(let found): point = found
        case .failure(let error): problem("bad-location", error.message, column: error.column)
        }
        // Filled a value at a time rather than copied whole from the presets and then changed, which
        // copies the presets' storage a second time, through the slow generic path, on every row.
        var values: [FactValue?] = []
        values.reserveCapacity(presets.count)
        for preset in presets { values.append(preset) }
        var sources = defaultSources
        // By position in `places`, whose entries hold no references: going through the steps themselves
        // would count a reference to each, for each row.
        for position in places.indices {
            let (slot, place, index) = places[position]
            func read(_ text: Substring) -> Result<CellOutcome, CellError> {
                CellReader.read(text, rule: steps[position].rule, fact: steps[position].fact)
            }
            let outcome: Result<CellOutcome, CellError>
            if row.hasLists, let members = list(place) {
                outcome = CellReader.read(members: members, fact: steps[position].fact)
            } else if case .row(let column) = place {
                // Looked up by the cell's bytes where they lie (trimmed by the memo): no string for a text
                // met before. An absent cell reads as an empty one.
                outcome = row.withBytes(column) { bytes in
                    memo.outcome(bytes ?? UnsafeRawBufferPointer(start: nil, count: 0), slot: slot, read: read)
                }
            } else {
                outcome = memo.outcome(cell(place) ?? "", slot: slot, read: read)
            }
            switch outcome {
            case .success(.value(let value)):
                values[index] = value
                sources[index] = .cell(mapping: slot)
            case .success(.unknown):
                values[index] = nil
                sources[index] = .unknownCell(mapping: slot)
            case .success(.useDefault):
                let fact = steps[position].fact
                values[index] = fact.defaultValue
                sources[index] = fact.defaultValue == nil ? .missing : .defaulted
            case .failure(let error):
                problem(error.id, error.message, column: steps[position].rule.column)
            }
        }
        // A measure that is no number (suppressed, not published) is no data; `NaN` or `1e400` is a mistake.
        var measured: [Double?] = []
        for measure in measures {
            let text = cell(measure.place)?.trimmingSpaces ?? ""
            switch text.isEmpty ? .failure(.notANumber) : DecimalReader.read(text) {
            case .success(let value): measured.append(value)
            case .failure(.notANumber): measured.append(nil)
            case .failure(let error):
                problem("bad-number", error.message(text, for: "measure `\(measure.name)`"), column: measure.column)
            }
        }
        guard problems.isEmpty else { return .failed(problems, rows: 1) }
        if let checker {
            let (filled, broken) = checker.completeAndCheck(
                values: &values, at: SourceLocation(file: file, line: line, column: 1)
            ) { fact in factColumns[fact].map { location(line: line, column: $0) } }
            guard broken.isEmpty else { return .failed(broken, rows: 1) }
            for slot in filled { sources[slot] = .derived }
        }
        return .school(
            School(
                id: id, name: text(namePlace) ?? id, phase: text(phasePlace, column: 0), location: point,
                ofsted: text(ofstedPlace, column: 1), localAuthority: text(localAuthorityPlace, column: 2),
                region: text(regionPlace, column: 3),
                line: line, values: values, sources: sources, measures: measured))
    }

    /// The problem with the school `id` on `line`, which the school on `firstLine` already has: the row is
    /// skipped.
    func repeatedID(_ id: String, line: Int, firstLine: Int) -> Diagnostic {
        Diagnostic(
            id: "duplicate-id",
            message: "id `\(id)` on line \(line) repeats line \(firstLine); the first is kept and this row is skipped"
                + " (column `\(columns.id)`)",
            location: location(line: line, column: columns.id))
    }

    private func joinedCell(_ row: some RowCells, _ position: Int) -> Substring? {
        let idCell: Substring?
        switch idPlace {
        case .row(let column): idCell = row.cell(column)
        case .joined: idCell = nil
        }
        guard let id = idCell?.trimmingSpaces, let values = joined[String(id)] else { return nil }
        return Substring(values[position])
    }

    /// The cell's place: its line, and its column counted from 1 when the column is the dataset's own.
    private func location(line: Int, column name: String) -> SourceLocation {
        if plan.positionsAreColumns, case .row(let position) = plan[name] {
            return SourceLocation(file: file, line: line, column: position + 1)
        }
        return SourceLocation(file: file, line: line, column: 1)
    }
}
