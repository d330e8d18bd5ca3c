import SupportRouting

/// Turning a scanned record into a row, or into the diagnostic that says why it is not one.
extension TableReader {
    /// Reads the CSV header, which every later row is checked against.
    mutating func readHeader() throws(TableReadError) {
        guard try csv.nextRecord(from: &input) else {
            throw .badHeader(
                Diagnostic(
                    id: "missing-header",
                    message: "the file has no header row; expected a first row naming the columns",
                    location: SourceLocation(file: file, line: 1, column: 1)))
        }
        if csv.problem == nil, csv.content.contains(0) {
            throw .badHeader(
                Diagnostic(
                    id: "nul-byte",
                    message: "the header holds a NUL byte, which is not text; a file saved as UTF-16 has one in"
                        + " every other byte, so save it as UTF-8",
                    location: SourceLocation(file: file, line: csv.recordLine, column: 1)))
        }
        switch csvText() {
        case .failure(let diagnostic):
            throw .badHeader(diagnostic)
        case .success(let text):
            var start = text.utf8.startIndex
            let names = csv.fieldEnds.map { offset in
                let end = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
                defer { start = end }
                return String(text[start..<end])
            }
            csvHeader = try TableHeader.checked(names, file: file, line: csv.recordLine)
        }
    }

    /// The CSV record just scanned, as a row.
    func csvRow() -> Result<TableRow, Diagnostic> {
        csvText().flatMap { text in
            guard csv.fieldEnds.count == header.count else {
                let problem = RowProblem.wrongFieldCount(found: csv.fieldEnds.count, expected: header.count)
                return .failure(problem.diagnostic(file: file, line: csv.recordLine))
            }
            return .success(
                TableRow(line: csv.recordLine, header: header, values: .delimited(text: text, fieldEnds: csv.fieldEnds))
            )
        }
    }

    /// The fields of the CSV record just scanned as one string, once they are known to be sound.
    private func csvText() -> Result<String, Diagnostic> {
        if let problem = csv.problem { return .failure(problem.kind.diagnostic(file: file, line: problem.line)) }
        let content = csv.content
        // Valid text overall is not enough: a field must not begin in the middle of a character.
        if let text = String(strictUTF8: content),
            csv.fieldEnds.allSatisfy({ $0 == content.count || content[$0] & 0b1100_0000 != 0b1000_0000 })
        {
            guard let nul = content.firstIndex(of: 0) else { return .success(text) }
            let field = csv.fieldEnds.firstIndex { nul < $0 } ?? 0
            return .failure(
                RowProblem.nulByte(field: field + 1).diagnostic(file: file, line: csv.recordLine, column: field + 1))
        }
        var start = 0
        let field = csv.fieldEnds.firstIndex { end in
            defer { start = end }
            return String(strictUTF8: content[start..<end]) == nil
        }
        return .failure(RowProblem.notUTF8(field: (field ?? 0) + 1).diagnostic(file: file, line: csv.recordLine))
    }

    /// Whether the JSON Lines line just scanned holds nothing but white space, and is skipped.
    var lineIsBlank: Bool {
        !lines.isTooLarge && lines.content.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// The JSON Lines line just scanned, as a row; new keys become new columns of the header. With
    /// ``TableReader/defersJSON``, the line's bytes are handed on to be read by ``JSONRowReader`` on a
    /// worker.
    mutating func jsonRow() -> Result<TableRow, Diagnostic> {
        if lines.isTooLarge {
            return .failure(
                RowProblem.recordTooLarge(limit: lines.maximumRecordBytes).diagnostic(file: file, line: lines.line))
        }
        if defersJSON {
            return .success(TableRow(line: lines.line, header: json.header, values: .jsonLine(lines.content)))
        }
        return json.row(lines.content, line: lines.line)
    }
}
