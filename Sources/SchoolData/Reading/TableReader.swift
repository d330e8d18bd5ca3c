public import SupportRouting

/// Reads a school dataset, CSV or JSON Lines, one row at a time, with bounded memory.
///
/// A bad row is reported as a ``Diagnostic`` at its line and reading goes on with the next row;
/// only a file that cannot be opened or a CSV file without a usable header stops the reader, and
/// it does so before the first row, by throwing ``TableReadError``.
///
/// ```swift
/// var reader = try TableReader(path: "schools.csv")
/// while let result = reader.next() {
///     switch result {
///     case .success(let row): print(row.line, row.value(named: "urn") ?? "")
///     case .failure(let diagnostic): print(diagnostic)
///     }
/// }
/// ```
///
/// The reader cannot be copied: it owns an open file, which it closes when it goes away, and two
/// copies reading one file would each see only part of it.
public struct TableReader: ~Copyable {
    /// The input's name in messages: the path as given, or `<stdin>`.
    public let file: String
    /// How the input is read.
    public let format: TableFormat
    /// The columns: a CSV file's header, or every key seen so far in a JSON Lines file.
    public var header: TableHeader { format == .csv ? csvHeader : json.header }
    /// A CSV file's header.
    var csvHeader = TableHeader([])
    /// Reads JSON Lines lines into rows.
    var json: JSONRowReader
    /// Whether JSON Lines lines are handed on unread (``TableRow/Values/jsonLine(_:)``), for workers to
    /// read; the header then holds no keys.
    var defersJSON = false

    let options: TableReadOptions
    var input: ChunkedInput
    // Only the scanner for `format` is used; both are cheap while empty.
    var csv: CSVRecordScanner
    var lines: LineScanner
    private var rowsRead = 0
    private var isFinished = false

    /// Opens the file at `path` (`-` for standard input) and, for CSV, reads its header.
    ///
    /// The format is taken from the extension (`.csv`, `.jsonl`, `.ndjson`) unless given.
    public init(path: String, format: TableFormat? = nil, options: TableReadOptions = TableReadOptions())
        throws(TableReadError)
    {
        let name = path == StandardInput.path ? StandardInput.displayName : path
        guard let format = format ?? TableFormat(pathExtensionOf: path) else { throw .unknownFormat(name) }
        try self.init(input: .open(path: path, chunkSize: options.chunkSize), format: format, options: options)
    }

    /// Reads a table from bytes in memory, named `name` in messages.
    public init(bytes: [UInt8], name: String, format: TableFormat, options: TableReadOptions = TableReadOptions())
        throws(TableReadError)
    {
        let input = ChunkedInput(bytes: bytes, name: name, chunkSize: options.chunkSize)
        try self.init(input: input, format: format, options: options)
    }

    /// Reads a table from text in memory, named `name` in messages.
    public init(text: String, name: String, format: TableFormat, options: TableReadOptions = TableReadOptions())
        throws(TableReadError)
    {
        try self.init(bytes: Array(text.utf8), name: name, format: format, options: options)
    }

    private init(input: ChunkedInput, format: TableFormat, options: TableReadOptions) throws(TableReadError) {
        self.file = input.name
        self.format = format
        self.options = options
        self.input = input
        self.csv = CSVRecordScanner(maximumRecordBytes: options.maximumRecordBytes)
        self.lines = LineScanner(maximumRecordBytes: options.maximumRecordBytes)
        self.json = JSONRowReader(file: input.name)
        // Throwing from here on still runs deinit, which closes the file.
        if format == .csv { try readHeader() }
    }

    deinit { input.releaseFile() }

    /// How far reading has got, for a progress bar.
    public var progress: TableProgress {
        TableProgress(bytesRead: input.bytesConsumed, totalBytes: input.totalBytes)
    }

    /// How many rows the record just read stands for: 1, except for a quote never closed, whose record took
    /// in every line up to where reading went on or the file ended, each most likely a row of its own.
    public var rowsInLastRecord: Int { format == .csv ? max(1, csv.linesInUnclosedQuote) : 1 }

    /// The next row, or the reason the next record is not a usable row; `nil` at the end.
    ///
    /// After a failure, the following call carries on with the next record, except after a
    /// `too-many-rows` or `cannot-read` error, which end the reading.
    public mutating func next() -> Result<TableRow, Diagnostic>? {
        while !isFinished {
            let recordEnded: Bool
            do {
                recordEnded = try format == .csv ? csv.nextRecord(from: &input) : lines.nextRecord(from: &input)
            } catch {
                finish()
                return .failure(error.diagnostic)
            }
            guard recordEnded else { break }
            if format == .jsonl, lineIsBlank { continue }
            if let limit = options.maximumRows, rowsRead >= limit {
                finish()
                let line = format == .csv ? csv.recordLine : lines.line
                return .failure(RowProblem.tooManyRows(limit: limit).diagnostic(file: file, line: line))
            }
            rowsRead += 1
            return format == .csv ? csvRow() : jsonRow()
        }
        finish()
        return nil
    }

    /// Stops reading and lets the file go as soon as the end is known, not when the reader goes away.
    private mutating func finish() {
        isFinished = true
        input.close()
    }
}
