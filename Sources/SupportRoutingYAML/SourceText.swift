import SupportRouting

/// A document's text indexed by line, for turning offsets into places and checking scalars.
struct SourceText {
    let scalars: [Unicode.Scalar]
    /// Offset of the first scalar of each line.
    let lineStarts: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        // Line breaks as YAML counts them: LF, CR LF, and a lone CR, so places agree with the parser's.
        for (offset, scalar) in scalars.enumerated()
        where scalar == "\n" || (scalar == "\r" && (offset + 1 == scalars.count || scalars[offset + 1] != "\n")) {
            starts.append(offset + 1)
        }
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

    /// The offset of the first alias (`*name`) used as a mapping key, if any. YAML allows it, but
    /// hashing such keys grows exponentially with the nesting of anchors: a 1 KB file can hang the
    /// parser, so such files are refused before it sees them. Quotes and comments are skipped.
    func offsetOfAliasKey() -> Int? {
        var quote: Unicode.Scalar?
        var inComment = false
        var previous: Unicode.Scalar = "\n"
        var index = 0
        func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
            !(scalar.properties.isWhitespace || ",[]{}".unicodeScalars.contains(scalar))
        }
        while index < scalars.count {
            let scalar = scalars[index]
            defer {
                previous = scalars[min(index, scalars.count - 1)]
                index += 1
            }
            if scalar == "\n" {
                inComment = false
                continue
            }
            if inComment { continue }
            if let open = quote {
                if scalar == open { quote = nil }
                continue
            }
            if scalar == "#", previous.properties.isWhitespace {
                inComment = true
                continue
            }
            if scalar == "'" || scalar == "\"",
                previous.properties.isWhitespace || "[{,:?-".unicodeScalars.contains(previous)
            {
                quote = scalar
                continue
            }
            guard scalar == "*", previous.properties.isWhitespace || "[{,?".unicodeScalars.contains(previous) else {
                continue
            }
            let aliasStart = index
            var end = index + 1
            while end < scalars.count, isNameCharacter(scalars[end]) { end += 1 }
            guard end > index + 1 else { continue }
            // An explicit key (`? *name`) or `*name :` is an alias used as a key.
            var before = aliasStart - 1
            while before >= 0, scalars[before] == " " { before -= 1 }
            if before >= 0, scalars[before] == "?" { return aliasStart }
            var after = end
            while after < scalars.count, scalars[after] == " " || scalars[after] == "\t" { after += 1 }
            if after < scalars.count, scalars[after] == ":" { return aliasStart }
            index = end - 1
        }
        return nil
    }
}
