import SupportRouting

/// A document's text indexed by line, for turning offsets into places and checking scalars.
struct SourceText {
    let scalars: [Unicode.Scalar]
    /// Offset of the first scalar of each line.
    let lineStarts: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// The 1-based place of a scalar offset.
    func location(ofOffset offset: Int, file: String) -> SourceLocation {
        // Binary search: files have many lines and this is asked for every scalar.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let line = low
        return SourceLocation(file: file, line: line + 1, column: offset - lineStarts[line] + 1)
    }

    /// The scalars of a 1-based line from a 1-based column to the line's end.
    func rest(ofLine line: Int, fromColumn column: Int) -> ArraySlice<Unicode.Scalar> {
        guard line >= 1, line <= lineStarts.count else { return [] }
        let start = lineStarts[line - 1] + column - 1
        let end = line < lineStarts.count ? lineStarts[line] - 1 : scalars.count
        guard start >= 0, start <= end else { return [] }
        return scalars[start..<end]
    }

    /// The text of a 1-based line.
    func line(_ line: Int) -> String {
        String(String.UnicodeScalarView(rest(ofLine: line, fromColumn: 1)))
    }

    /// When flow brackets and block indentation together nest deeper than `limit` (counted roughly,
    /// quotes and comments skipped), the offset where they first went deeper than `reported`.
    func offsetWhereNestingExceeds(_ limit: Int, reporting reported: Int) -> Int? {
        var firstTooDeep: Int?
        var flow = 0
        var indents: [Int] = []
        var quote: Unicode.Scalar?
        var lineStart = true
        var indent = 0
        var inComment = false
        for (offset, scalar) in scalars.enumerated() {
            if scalar == "\n" {
                lineStart = true
                indent = 0
                inComment = false
                if quote == "'" || quote == "\"" { continue }
                continue
            }
            if inComment { continue }
            if lineStart {
                if scalar == " " || scalar == "-" {
                    indent += 1
                    continue
                }
                lineStart = false
                if scalar != "#" {
                    while let last = indents.last, last >= indent { indents.removeLast() }
                    indents.append(indent)
                }
            }
            if let open = quote {
                if scalar == open { quote = nil }
                continue
            }
            switch scalar {
            case "#": inComment = true
            case "'", "\"": quote = scalar
            case "[", "{": flow += 1
            case "]", "}": flow = max(0, flow - 1)
            default: break
            }
            if firstTooDeep == nil, flow + indents.count > reported { firstTooDeep = offset }
            if flow + indents.count > limit { return firstTooDeep ?? offset }
        }
        return nil
    }
}
