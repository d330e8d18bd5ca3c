import Dispatch
import SupportRouting
import Synchronization

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
        var ids = RepeatedIDs()
        return readBatches(
            options, ruleSet: ruleSet, pass: pass, progress: progress, workers: 1, ids: &ids,
            transform: { $0 }, body: { $0.forEach(body) })
    }

    /// The dataset's reader, with the options' limits.
    private static func openReader(_ options: DatasetOptions) -> Swift.Result<TableReader, DiagnosticList> {
        do {
            return .success(
                try TableReader(
                    path: options.path,
                    options: TableReadOptions(
                        maximumRows: options.maximumRows, maximumRecordBytes: options.maximumRecordBytes)))
        } catch {
            return .failure(DiagnosticList([error.diagnostic]))
        }
    }

    /// Whether the dataset is JSON Lines, whose keys are known only once every line has been read.
    static func isJSONLines(_ options: DatasetOptions) -> Bool {
        (try? TableReader(path: options.path, options: TableReadOptions(maximumRows: 1)))?.format == .jsonl
    }

    /// Reads every line of a JSON Lines dataset for its keys alone, and fails if the mapping reads a key
    /// that no line has: a caller that streams its answers checks this first, so it never writes answers
    /// that the end of the file would prove wrong.
    static func checkKeys(
        _ options: DatasetOptions, pass: (Int, Int), progress: ((ReadProgress) -> Void)?
    ) -> Swift.Result<Void, DiagnosticList> {
        var reader: TableReader
        switch openReader(options) {
        case .success(let opened): reader = opened
        case .failure(let list): return .failure(list)
        }
        var rows = 0
        while reader.next() != nil {
            rows += 1
            if let progress, rows % batchSize == 0 {
                let read = reader.progress
                progress(ReadProgress(bytesRead: read.bytesRead, totalBytes: read.totalBytes, rows: rows, pass: pass))
            }
        }
        return ColumnPlan.resolve(options.mapping, header: reader.header.names, file: reader.file, noun: "key")
            .map { _ in () }
    }

    /// Calls `transform` on each row's outcome, on `workers` threads, then `body` with each batch of
    /// results in file order. `transform` must not touch shared mutable state. A row whose school id an
    /// earlier row has reaches `transform` as a problem; `ids` finds them, and a later pass over the same
    /// file is given the `ids` of the first.
    static func readBatches<Result: Sendable>(
        _ options: DatasetOptions, ruleSet: RuleSet, pass: (Int, Int), progress: ((ReadProgress) -> Void)?,
        workers: Int, ids: inout RepeatedIDs, transform: @escaping @Sendable (RowOutcome) -> Result,
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
        switch openReader(options) {
        case .success(let opened): reader = opened
        case .failure(let list): return .failure(list)
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
        func flush() {
            body(BatchWork.run(batch, builders: builders, ids: &ids, transform: transform))
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
        ids.settle()
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

/// A record that is not a row, and how many rows it stands for (``TableReader/rowsInLastRecord``).
struct RecordFailure: Error {
    let diagnostic: Diagnostic
    let rows: Int
}

/// One batch split across the builders' threads. Each row becomes an outcome and then a result on its
/// worker; back in file order, a school whose id an earlier row has becomes a problem instead (rare, so
/// its wasted result costs little).
private enum BatchWork {
    /// A school's id and line, for the search for repeated ids.
    private typealias Key = (id: String, line: Int)

    static func run<Result: Sendable>(
        _ batch: [Swift.Result<TableRow, RecordFailure>], builders: [SchoolBuilder], ids: inout RepeatedIDs,
        transform: @escaping @Sendable (RowOutcome) -> Result
    ) -> [Result] {
        var results: [Result]
        let keys: [Key?]
        if builders.count > 1, batch.count > 64 {
            let parts = Parts<Result>(count: builders.count)
            let size = (batch.count + builders.count - 1) / builders.count
            DispatchQueue.concurrentPerform(iterations: builders.count) { worker in
                let range = (worker * size)..<min(batch.count, (worker + 1) * size)
                parts.set(worker, work(batch[range], builders[worker], transform))
            }
            (results, keys) = parts.joined
        } else {
            let part = work(batch[...], builders[0], transform)
            (results, keys) = (part.results, part.keys)
        }
        for (index, key) in keys.enumerated() {
            guard let key, let first = ids.firstLine(of: key.id, at: key.line) else { continue }
            let problem = builders[0].repeatedID(key.id, line: key.line, firstLine: first)
            results[index] = transform(.failed([problem], rows: 1))
        }
        return results
    }

    /// The results of `rows`, and the id and line of each school among them.
    private static func work<Result: Sendable>(
        _ rows: ArraySlice<Swift.Result<TableRow, RecordFailure>>, _ builder: SchoolBuilder,
        _ transform: (RowOutcome) -> Result
    ) -> Part<Result> {
        var part = Part<Result>()
        part.results.reserveCapacity(rows.count)
        part.keys.reserveCapacity(rows.count)
        for row in rows {
            let outcome = outcome(row, builder)
            if case .school(let school) = outcome {
                part.keys.append((school.id, school.line))
            } else {
                part.keys.append(nil)
            }
            part.results.append(transform(outcome))
        }
        return part
    }

    private static func outcome(_ row: Swift.Result<TableRow, RecordFailure>, _ builder: SchoolBuilder) -> RowOutcome {
        switch row {
        case .success(let row): return builder.build(row, line: row.line)
        case .failure(let failure): return .failed([failure.diagnostic], rows: failure.rows)
        }
    }

    /// One worker's results, and the id and line of each school among them.
    private struct Part<Result: Sendable>: Sendable {
        var results: [Result] = []
        var keys: [Key?] = []
    }

    /// The workers' parts, each stored under a lock: every worker writes its own slot, but all the slots
    /// live in one array, and two unsynchronised writes to one array race even at different indices.
    private final class Parts<Result: Sendable>: Sendable {
        private let slots: Mutex<[Part<Result>]>
        init(count: Int) { slots = Mutex(Array(repeating: Part(), count: count)) }
        func set(_ index: Int, _ value: sending Part<Result>) { slots.withLock { $0[index] = value } }
        var joined: ([Result], [Key?]) {
            slots.withLock { slots in (slots.flatMap(\.results), slots.flatMap(\.keys)) }
        }
    }
}

extension TableRow: RowCells {
    func cell(_ column: Int) -> Substring? { value(at: column) }
    func cell(named name: String) -> Substring? { value(named: name) }
}
