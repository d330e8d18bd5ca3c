import Dispatch
import SupportRouting

/// Streams a dataset's rows through its mapping, a batch at a time.
///
/// Reading the file is serial; turning rows into schools and whatever the caller does with each
/// school runs on every core, half a batch each, and the results come back in file order.
enum SchoolSource {
    /// Rows per batch: enough to keep both cores busy, few enough that memory stays small.
    static let batchSize = 4096

    /// Calls `body` with every row's outcome in file order and answers the column names; fails only when
    /// the dataset, its header or its joined file cannot be read at all.
    static func read(
        _ options: DatasetOptions, ruleSet: RuleSet, pass: (Int, Int), progress: ((ReadProgress) -> Void)?,
        body: (RowOutcome) -> Void
    ) -> Result<[String], DiagnosticList> {
        readBatches(
            options, ruleSet: ruleSet, pass: pass, progress: progress, workers: 1,
            transform: { $0 }, body: { $0.forEach(body) })
    }

    /// Calls `transform` on each row's outcome, on `workers` threads, then `body` with each batch of
    /// results in file order. `transform` must not touch shared mutable state.
    static func readBatches<Result: Sendable>(
        _ options: DatasetOptions, ruleSet: RuleSet, pass: (Int, Int), progress: ((ReadProgress) -> Void)?,
        workers: Int, transform: @escaping @Sendable (RowOutcome) -> Result,
        body: ([Result]) -> Void
    ) -> Swift.Result<[String], DiagnosticList> {
        let mapping = options.mapping
        var joined: [String: [String]] = [:]
        if let join = mapping.join, let path = options.resolvedJoinPath {
            switch JoinTable.read(path: path, join: join, maximumRows: nil) {
            case .success(let table): joined = table
            case .failure(let list): return .failure(list)
            }
        }
        var reader: TableReader
        do {
            reader = try TableReader(
                path: options.path,
                options: TableReadOptions(
                    maximumRows: options.maximumRows, maximumRecordBytes: options.maximumRecordBytes))
        } catch {
            return .failure(DiagnosticList([error.diagnostic]))
        }
        let plan: ColumnPlan
        if reader.format == .csv {
            switch ColumnPlan.resolve(mapping, header: reader.header.names, file: reader.file) {
            case .success(let found): plan = found
            case .failure(let list): return .failure(list)
            }
        } else {
            plan = ColumnPlan.byName(mapping)
        }
        // One builder per worker: each keeps its own memo of cell texts.
        let builders = (0..<max(1, workers)).map { _ in
            SchoolBuilder(
                mapping: mapping, schema: ruleSet.schema, file: reader.file, plan: plan, joined: joined)
        }
        var rows = 0
        var batch: [Swift.Result<TableRow, RecordFailure>] = []
        batch.reserveCapacity(batchSize)
        var firstLines = FirstLines()
        func flush() {
            body(BatchWork.run(batch, builders: builders, firstLines: &firstLines, transform: transform))
            batch.removeAll(keepingCapacity: true)
            if let progress {
                let read = reader.progress
                progress(ReadProgress(bytesRead: read.bytesRead, totalBytes: read.totalBytes, rows: rows, pass: pass))
            }
        }
        while let next = reader.next() {
            rows += 1
            let rows = reader.rowsInLastRecord
            batch.append(next.mapError { RecordFailure(diagnostic: $0, rows: rows) })
            if batch.count == batchSize { flush() }
        }
        if !batch.isEmpty { flush() }
        // JSON Lines has no header to check first; a key the mapping reads that no row has is as wrong
        // as a missing CSV column, and would otherwise leave every school silently without it.
        if reader.format == .jsonl,
            case .failure(let list) = ColumnPlan.resolve(
                mapping, header: reader.header.names, file: reader.file, noun: "key")
        {
            return .failure(list)
        }
        return .success(reader.header.names)
    }
}

/// The line where each school id was first read, so that a later row with the same id is refused: an id
/// names one school, and two answers under one id could not be told apart.
struct FirstLines {
    private var lines: [String: Int] = [:]

    /// The outcome, or a problem naming both lines when it is a school whose id an earlier school has.
    mutating func check(_ outcome: RowOutcome, builder: SchoolBuilder) -> RowOutcome {
        guard case .school(let school) = outcome else { return outcome }
        if let first = lines[school.id] { return .failed([builder.repeatedID(school, firstLine: first)], rows: 1) }
        lines[school.id] = school.line
        return outcome
    }
}

/// A record that is not a row, and how many rows it stands for (``TableReader/rowsInLastRecord``).
struct RecordFailure: Error {
    let diagnostic: Diagnostic
    let rows: Int
}

/// One batch split across the builders' threads: the rows become outcomes, which are checked for repeated
/// ids in file order, then transformed.
private enum BatchWork {
    static func run<Result: Sendable>(
        _ batch: [Swift.Result<TableRow, RecordFailure>], builders: [SchoolBuilder], firstLines: inout FirstLines,
        transform: @escaping @Sendable (RowOutcome) -> Result
    ) -> [Result] {
        let outcomes = map(batch, builders: builders) { row, builder in outcome(row, builder) }
        let checked = outcomes.map { firstLines.check($0, builder: builders[0]) }
        return map(checked, builders: builders) { outcome, _ in transform(outcome) }
    }

    /// `body` on every item, split into one run of items per builder.
    private static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], builders: [SchoolBuilder], _ body: @Sendable (Item, SchoolBuilder) -> Result
    ) -> [Result] {
        guard builders.count > 1, items.count > 64 else { return items.map { body($0, builders[0]) } }
        let parts = Parts<Result>(count: builders.count)
        let size = (items.count + builders.count - 1) / builders.count
        DispatchQueue.concurrentPerform(iterations: builders.count) { worker in
            let range = (worker * size)..<min(items.count, (worker + 1) * size)
            parts.set(worker, items[range].map { body($0, builders[worker]) })
        }
        return parts.joined
    }

    private static func outcome(_ row: Swift.Result<TableRow, RecordFailure>, _ builder: SchoolBuilder) -> RowOutcome {
        switch row {
        case .success(let row): return builder.build(row, line: row.line)
        case .failure(let failure): return .failed([failure.diagnostic], rows: failure.rows)
        }
    }

    /// Each worker writes only its own slot, and the slots are read after every worker is done.
    private final class Parts<Result>: @unchecked Sendable {
        private var slots: [[Result]]
        init(count: Int) { slots = Array(repeating: [], count: count) }
        func set(_ index: Int, _ value: [Result]) { slots[index] = value }
        var joined: [Result] { slots.flatMap { $0 } }
    }
}

extension TableRow: RowCells {
    func cell(_ column: Int) -> Substring? { value(at: column) }
    func cell(named name: String) -> Substring? { value(named: name) }
}
