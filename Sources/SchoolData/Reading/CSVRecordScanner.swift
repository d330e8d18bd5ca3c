/// Splits CSV bytes into records and fields as RFC 4180 describes, a chunk at a time.
///
/// Quotes are removed and doubled quotes collapsed as the bytes go by, so a finished record is one
/// run of field content plus the offsets where its fields end: a row costs one buffer, not one
/// string per field. Once something is wrong with a record its content is no longer kept, which
/// bounds memory for a stray quote that swallows the rest of the file.
struct CSVRecordScanner: RecordScanner {
    private enum State {
        case betweenRecords, fieldStart, unquoted, quoted, quoteInQuoted
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
    private static let carriageReturn = UInt8(ascii: "\r"), lineFeed = UInt8(ascii: "\n")

    let maximumRecordBytes: Int
    /// The line where the current record starts, counting from 1.
    private(set) var recordLine = 1
    /// The current record's field content, without the quotes.
    private(set) var content: [UInt8] = []
    /// Where each field of the current record ends in ``content``.
    private(set) var fieldEnds: [Int] = []
    /// The first thing wrong with the current record, and the line to report it at.
    private(set) var problem: (kind: RowProblem, line: Int)?
    /// For a record ended by a quote never closed, at the record limit or the file's end, the lines it
    /// took in; 0 for any other record.
    private(set) var linesInUnclosedQuote = 0

    private var state = State.betweenRecords
    private var line = 1
    private var quoteLine = 1
    private var fieldCount = 0
    // A CR LF pair is one line end even when a chunk boundary falls between the two.
    private var lastByteOfPreviousChunk: UInt8 = 0

    init(maximumRecordBytes: Int) {
        self.maximumRecordBytes = maximumRecordBytes
    }

    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (resumeAt: Int, recordEnded: Bool) {
        defer { if let last = bytes.last { lastByteOfPreviousChunk = last } }
        var index = start
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            switch state {
            case .betweenRecords:
                if byte == Self.lineFeed || byte == Self.carriageReturn {
                    countLineEnd(byte, after: index > 0 ? bytes[index - 1] : lastByteOfPreviousChunk)
                    index += 1
                } else {
                    startRecord()
                }
            case .fieldStart:
                if byte == Self.quote {
                    state = .quoted
                    quoteLine = line
                    index += 1
                } else {
                    state = .unquoted
                }
            case .unquoted:
                let runStart = index
                // Eight bytes at a time up to the word that holds the field's end (or a quote).
                if let base = bytes.baseAddress {
                    while index + 8 <= end,
                        !Self.holdsUnquotedEnd(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                    {
                        index += 8
                    }
                }
                while index < end, !Self.endsUnquotedRun(bytes[index]) { index += 1 }
                keep(bytes, runStart..<index)
                guard index < end else { break }
                let special = bytes[index]
                index += 1
                if special == Self.comma {
                    endField()
                } else if special == Self.quote {
                    note(.bareQuote(field: fieldCount + 1))
                } else {
                    endRecord()
                    return (index, true)
                }
            case .quoted:
                let runStart = index
                while index < end, !Self.endsQuotedRun(bytes[index]) { index += 1 }
                keep(bytes, runStart..<index)
                guard index < end else { break }
                if bytes[index] == Self.quote {
                    state = .quoteInQuoted
                } else {
                    countLineEnd(bytes[index], after: index > 0 ? bytes[index - 1] : lastByteOfPreviousChunk)
                    keep(bytes, index..<index + 1)
                    if case .recordTooLarge = problem?.kind {
                        // A quoted field this long is a stray quote: end the record here and read on.
                        problem = (
                            .runawayQuote(field: fieldCount + 1, limit: maximumRecordBytes, resumesAt: line), quoteLine
                        )
                        linesInUnclosedQuote = line - recordLine
                        state = .betweenRecords
                        return (index + 1, true)
                    }
                }
                index += 1
            case .quoteInQuoted:
                if byte == Self.quote {
                    keep(bytes, index..<index + 1)
                    state = .quoted
                    index += 1
                } else if byte == Self.comma {
                    endField()
                    index += 1
                } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                    endRecord()
                    return (index + 1, true)
                } else {
                    note(.textAfterQuote(field: fieldCount + 1))
                    state = .unquoted
                }
            }
        }
        return (end, false)
    }

    mutating func finish() -> Bool {
        switch state {
        case .betweenRecords:
            return false
        case .quoted:
            // A truncated file: the one useful fact is where the quote that swallowed the rest began.
            problem = (.unterminatedQuote(field: fieldCount + 1), quoteLine)
            // Every line from the record's first to the file's last, which may lack a line end.
            let endsWithLineEnd =
                lastByteOfPreviousChunk == Self.lineFeed || lastByteOfPreviousChunk == Self.carriageReturn
            linesInUnclosedQuote = line - recordLine + (endsWithLineEnd ? 0 : 1)
        case .fieldStart, .unquoted, .quoteInQuoted:
            endField()
        }
        state = .betweenRecords
        return true
    }

    private static func endsUnquotedRun(_ byte: UInt8) -> Bool {
        byte == comma || byte == quote || byte == lineFeed || byte == carriageReturn
    }

    /// Whether any of the eight bytes of `word` is a comma, a quote or a line end: each test sets a byte's top
    /// bit where the byte matches, and may set others beside it, which only means the bytes are then looked
    /// at one by one.
    private static func holdsUnquotedEnd(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        func matches(_ byte: UInt8) -> UInt64 {
            let value = word ^ (ones &* UInt64(byte))
            return (value &- ones) & ~value & 0x8080_8080_8080_8080
        }
        return matches(comma) | matches(quote) | matches(lineFeed) | matches(carriageReturn) != 0
    }

    private static func endsQuotedRun(_ byte: UInt8) -> Bool {
        byte == quote || byte == lineFeed || byte == carriageReturn
    }

    /// Counts a line end; the LF of a CR LF pair was counted with its CR.
    private mutating func countLineEnd(_ byte: UInt8, after previous: UInt8) {
        if byte == Self.carriageReturn || previous != Self.carriageReturn { line += 1 }
    }

    private mutating func startRecord() {
        content.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        fieldCount = 0
        problem = nil
        linesInUnclosedQuote = 0
        recordLine = line
        state = .fieldStart
    }

    private mutating func endRecord() {
        endField()
        // A record's line end is never the LF of a CR LF pair: the CR already ended the record.
        line += 1
        state = .betweenRecords
    }

    private mutating func endField() {
        fieldCount += 1
        state = .fieldStart
        guard problem == nil else { return }
        // Each separator counts as a byte, so a record of nothing but commas is bounded too.
        guard content.count + fieldEnds.count <= maximumRecordBytes else {
            return note(.recordTooLarge(limit: maximumRecordBytes))
        }
        fieldEnds.append(content.count)
    }

    private mutating func keep(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard problem == nil, !range.isEmpty else { return }
        guard content.count + fieldEnds.count + range.count <= maximumRecordBytes else {
            return note(.recordTooLarge(limit: maximumRecordBytes))
        }
        content.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
    }

    private mutating func note(_ kind: RowProblem) {
        if problem == nil { problem = (kind, recordLine) }
    }
}
