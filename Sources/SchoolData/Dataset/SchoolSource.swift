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
        // Every line is parsed here, for its keys: the reader's header gathers the keys of every sound line.
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
        workers: Int, ids: inout RepeatedIDs, transform: @escaping @Sendable (consuming RowOutcome) -> Result,
        body: ([Result]) -> Void
    ) -> Swift.Result<[String], DiagnosticList> {
        readBatches(
            options, ruleSet: ruleSet, pass: pass, progress: progress, workers: workers, ids: &ids,
            transform: { outcome, _ in transform(outcome) }, body: { results, _ in body(results) })
    }

    /// As ``readBatches(_:ruleSet:pass:progress:workers:ids:transform:body:)``, where `transform` may also
    /// append a row's text to its slice's text, which `body` is given with the results: a slice's records
    /// are written in one piece rather than a string each.
    static func readBatches<Result: Sendable>(
        _ options: DatasetOptions, ruleSet: RuleSet, pass: (Int, Int), progress: ((ReadProgress) -> Void)?,
        workers: Int, ids: inout RepeatedIDs,
        transform: @escaping @Sendable (consuming RowOutcome, inout String) -> Result,
        body: ([Result], SliceText) -> Void
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
        // JSON Lines lines are read by the workers, each slice by a reader of its own.
        reader.defersJSON = true
        var keys = TableHeader([])
        let plan: ColumnPlan
        var columns: [String] = []
        if reader.format == .csv {
            switch ColumnPlan.resolve(mapping, header: reader.header.names, file: reader.file) {
            case .success(let found): plan = found
            case .failure(let list): return .failure(list)
            }
        } else {
            (plan, columns) = ColumnPlan.fixed(mapping)
        }
        // One builder per worker: each keeps its own memo of cell texts.
        let builders = (0..<max(1, workers)).map { _ in
            SchoolBuilder(
                mapping: mapping, ruleSet: ruleSet, file: reader.file, plan: plan, joined: joined)
        }
        var rows = 0
        var batch: [Swift.Result<TableRow, RecordFailure>] = []
        batch.reserveCapacity(batchSize)
        // The batch's JSON Lines lines, back to back (`TableRow.Values.jsonSpan`), in one of two buffers that
        // take turns: one filled while the workers read the other.
        var lines = LineBuffer()
        // The next batch is read while the workers turn the last one into results, and the results of one
        // batch are checked for repeated ids and handed to `body` while the workers turn the next: the
        // serial work costs little wall time of its own.
        var running: BatchWork<Result>?
        var delivered = 0
        func deliver(_ finished: BatchWork<Result>.Collected) {
            finished.deliver(ids: &ids, keys: &keys, builder: builders[0], transform: transform, to: body)
            delivered += 1
            // Once the first batch's ids are in, the rows to come are estimated from the file's size, and the
            // ids' table (of numbers or of text, as the first batch's ids are) made that large at once.
            if delivered == 1, rows >= batchSize, let total = reader.progress.totalBytes,
                reader.progress.bytesRead > 0
            {
                ids.reserve(min(50_000_000, total / max(1, reader.progress.bytesRead / rows)))
            }
            if let progress {
                let read = reader.progress
                progress(ReadProgress(bytesRead: read.bytesRead, totalBytes: read.totalBytes, rows: rows, pass: pass))
            }
        }
        func start() {
            let finished = running?.collected()
            // The finished batch's buffer is free again: its workers are done with it.
            let free = running?.lines ?? LineBuffer()
            running = BatchWork(
                batch, lines: lines, builders: builders, json: JSONRowReader(file: reader.file, columns: columns),
                transform: transform)
            batch.removeAll(keepingCapacity: true)
            lines = free
            lines.bytes.removeAll(keepingCapacity: true)
            if let finished { deliver(finished) }
        }
        while let next = reader.next() {
            rows += 1
            let rows = reader.rowsInLastRecord
            // A JSON Lines line is copied to the batch's run of lines, and the reader's own copy let go at
            // once, so the reader reuses its storage for the next line: no array per line.
            if case .success(let row) = next, case .jsonLine(let bytes) = row.values {
                let start = lines.bytes.count
                lines.bytes.append(contentsOf: bytes)
                batch.append(
                    .success(TableRow(line: row.line, header: row.header, values: .jsonSpan(start..<lines.bytes.count)))
                )
            } else {
                batch.append(next.mapError { RecordFailure(diagnostic: $0, rows: rows) })
            }
            if batch.count == batchSize { start() }
        }
        if !batch.isEmpty { start() }
        if let last = running?.collected() { deliver(last) }
        ids.settle()
        // JSON Lines has no header to check first; a key the mapping reads that no row has is as wrong
        // as a missing CSV column, and would otherwise leave every school silently without it.
        let names = reader.format == .jsonl ? keys.names : reader.header.names
        if reader.format == .jsonl,
            case .failure(let list) = ColumnPlan.resolve(mapping, header: names, file: reader.file, noun: "key")
        {
            return .failure(list)
        }
        return .success(names)
    }
}

/// A record that is not a row, and how many rows it stands for (``TableReader/rowsInLastRecord``).
struct RecordFailure: Error, Sendable {
    let diagnostic: Diagnostic
    let rows: Int
}

/// One batch split across the builders' threads, started at once and collected later. Each row becomes an
/// outcome and then a result on its worker; back in file order, a school whose id an earlier row has
/// becomes a problem instead (rare, so its wasted result costs little).
private final class BatchWork<Result: Sendable>: Sendable {
    /// A school's id and line, for the search for repeated ids.
    typealias Key = (id: String, line: Int)

    private let group = DispatchGroup()
    private let parts: Mutex<[Part]>
    /// The batch's JSON Lines lines, which the workers read until ``collected()`` returns.
    let lines: LineBuffer

    /// Starts turning `batch` into results on the builders' threads. The rows are cut into slices more
    /// numerous than the threads, and each thread takes the next slice when it is done with one, so a
    /// thread that the reader or the system slows down holds the others up by one slice at most.
    init(
        _ batch: [Swift.Result<TableRow, RecordFailure>], lines: LineBuffer, builders: [SchoolBuilder],
        json: JSONRowReader, transform: @escaping @Sendable (consuming RowOutcome, inout String) -> Result
    ) {
        self.lines = lines
        // A small batch is not worth a second thread.
        let threads = batch.count > 64 ? builders.count : 1
        let size = 256
        let slices = (batch.count + size - 1) / size
        parts = Mutex(Array(repeating: Part(), count: slices))
        let next = Atomic(0)
        for thread in 0..<threads {
            let builder = builders[thread]
            DispatchQueue.global().async(group: group) { [self] in
                // The text a row wrote in this thread's last slice, so the next slice's text is made about as
                // large as it needs at once rather than grown by doubling, which can leave half of it unused.
                var bytesPerRow = 0
                while true {
                    let slice = next.add(1, ordering: .relaxed).oldValue
                    guard slice < slices else { return }
                    let rows = batch[(slice * size)..<min(batch.count, (slice + 1) * size)]
                    let part = Self.work(
                        rows, lines: lines, builder, json: json, textSize: bytesPerRow * rows.count, transform)
                    bytesPerRow = part.text.text.utf8.count / max(1, rows.count) + 16
                    parts.withLock { $0[slice] = part }
                }
            }
        }
    }

    /// Waits for the workers, then answers their parts in file order.
    func collected() -> Collected {
        group.wait()
        return Collected(parts: parts.withLock { $0 })
    }

    /// A batch's results in file order, a slice at a time, with the id and line of each school among them.
    struct Collected {
        let parts: [Part]

        /// Hands each slice's results to `body` in file order, with each school whose id an earlier row has
        /// made a problem. The slices are not joined first: that would copy every result once more.
        func deliver(
            ids: inout RepeatedIDs, keys: inout TableHeader, builder: SchoolBuilder,
            transform: (consuming RowOutcome, inout String) -> Result, to body: ([Result], SliceText) -> Void
        ) {
            for var part in parts {
                for key in part.keysSeen { _ = keys.indexAdding(key) }
                for (index, key) in part.keys.enumerated() {
                    guard let key, let first = ids.firstLine(of: key.id, at: key.line) else { continue }
                    // The row's text, if any, stays in the slice's text, between the ends of the rows around it.
                    var unused = ""
                    part.results[index] = transform(
                        .failed([builder.repeatedID(key.id, line: key.line, firstLine: first)], rows: 1), &unused)
                }
                body(part.results, part.text)
            }
        }
    }

    /// The results of `rows`, and the id and line of each school among them.
    private static func work(
        _ rows: ArraySlice<Swift.Result<TableRow, RecordFailure>>, lines: LineBuffer, _ builder: SchoolBuilder,
        json: JSONRowReader, textSize: Int, _ transform: (consuming RowOutcome, inout String) -> Result
    ) -> Part {
        var part = Part()
        if textSize > 0 { part.text.text.reserveCapacity(textSize) }
        part.results.reserveCapacity(rows.count)
        part.text.ends.reserveCapacity(rows.count)
        part.keys.reserveCapacity(rows.count)
        // JSON Lines lines come unread; the slice's own copy of the reader reads them here, on this worker.
        var json = json
        for row in rows {
            let outcome: RowOutcome
            switch row {
            case .success(let row):
                // The cells are taken out of the row once, not at every cell.
                switch row.values {
                case .jsonLine(let bytes):
                    outcome = bytes.withUnsafeBufferPointer { json.outcome($0, line: row.line, builder: builder) }
                case .jsonSpan(let range):
                    outcome = lines.bytes.withUnsafeBufferPointer {
                        json.outcome(UnsafeBufferPointer(rebasing: $0[range]), line: row.line, builder: builder)
                    }
                case .delimited(let text, let fieldEnds):
                    outcome = builder.build(CSVCells(text: text, fieldEnds: fieldEnds), line: row.line)
                case .keyed:
                    outcome = builder.build(row, line: row.line)
                }
            case .failure(let failure): outcome = .failed([failure.diagnostic], rows: failure.rows)
            }
            if case .school(let school) = outcome {
                part.keys.append((school.id, school.line))
            } else {
                part.keys.append(nil)
            }
            part.results.append(transform(consume outcome, &part.text.text))
            part.text.ends.append(part.text.text.utf8.count)
        }
        part.keysSeen = json.seen
        return part
    }

    /// One slice's results, and the id and line of each school among them.
    struct Part: Sendable {
        var results: [Result] = []
        var keys: [Key?] = []
        /// The JSON Lines keys the slice's lines have, in the order first seen.
        var keysSeen: [String] = []
        var text = SliceText()
    }
}

/// The text the rows of one slice wrote, back to back, and where each row's part ends (UTF-8 offsets).
struct SliceText: Sendable {
    var text = ""
    var ends: [Int] = []

    /// The text of rows `rows` (by index in the slice).
    func text(of rows: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: rows.lowerBound == 0 ? 0 : ends[rows.lowerBound - 1])
        return text[start..<utf8.index(utf8.startIndex, offsetBy: ends[rows.upperBound - 1])]
    }
}

extension TableRow: RowCells {
    func cell(_ column: Int) -> Substring? { value(at: column) }
    func list(_ column: Int) -> [Substring]? { list(at: column) }
    var hasLists: Bool {
        if case .keyed(_, let lists) = values { return !lists.isEmpty }
        return false
    }
}

extension JSONRowReader {
    /// What the line on `line`, whose bytes are `content`, gives.
    fileprivate mutating func outcome(_ content: UnsafeBufferPointer<UInt8>, line: Int, builder: SchoolBuilder)
        -> RowOutcome
    {
        switch cells(content, line: line) {
        case .success(let cells): builder.build(cells, line: line)
        case .failure(let diagnostic): .failed([diagnostic], rows: 1)
        }
    }
}

/// A batch's JSON Lines lines, back to back: filled by the reading thread, then read by the workers, then
/// emptied and filled again for a later batch, so the same storage serves every batch.
// Unchecked: the reading thread changes `bytes` only while no batch that holds the buffer is running (it
// fills a buffer before handing it to a batch, and takes it back after the batch is collected), and the
// workers only read it.
final class LineBuffer: @unchecked Sendable {
    var bytes: [UInt8] = []
}
