import SupportRouting
import Yams

/// Converts Yams nodes to ``SourceNode``s, enforcing the depth and node-count limits.
struct NodeConverter {
    let file: String
    let source: SourceText
    let limits: DocumentReader.Limits
    private var nodes = 0
    /// The first limit broken, if any; conversion stops adding nodes once set.
    private(set) var problem: Diagnostic?

    init(file: String, source: SourceText, limits: DocumentReader.Limits) {
        self.file = file
        self.source = source
        self.limits = limits
    }

    private func location(_ node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    mutating func convert(_ node: Node, depth: Int) -> SourceNode {
        let here = location(node)
        let empty = SourceNode(.scalar(.init(text: "", isPlain: true)), location: here)
        guard problem == nil else { return empty }
        nodes += 1
        if nodes > limits.maximumNodes {
            problem = Diagnostic(
                id: "too-many-nodes",
                message:
                    "the document has more than \(limits.maximumNodes) values (counting each use of an alias); it is refused as too large",
                location: here)
            return empty
        }
        if depth > limits.maximumDepth {
            problem = Diagnostic(
                id: "too-deep", message: "the document nests deeper than \(limits.maximumDepth) levels", location: here)
            return empty
        }
        switch node {
        case .scalar(let scalar):
            guard
                scalar.string.utf8.count <= limits.maximumStringLength
                    || scalar.string.count <= limits.maximumStringLength
            else {
                problem = Diagnostic(
                    id: "too-long",
                    message:
                        "a value of \(scalar.string.count) characters is longer than the limit of \(limits.maximumStringLength)",
                    location: here)
                return empty
            }
            return SourceNode(.scalar(convert(scalar, at: here)), location: here)
        case .sequence(let sequence):
            return SourceNode(.sequence(sequence.map { convert($0, depth: depth + 1) }), location: here)
        case .mapping(let mapping):
            var entries: [SourceNode.Entry] = []
            for (key, value) in mapping {
                let keyLocation = location(key)
                if case .scalar(let keyScalar) = key, keyScalar.string.utf8.count > limits.maximumStringLength {
                    problem = Diagnostic(
                        id: "too-long",
                        message:
                            "a key of \(keyScalar.string.count) characters is longer than the limit of \(limits.maximumStringLength)",
                        location: keyLocation)
                    return empty
                }
                guard case .scalar(let keyScalar) = key else {
                    problem = Diagnostic(
                        id: "complex-key", message: "map keys must be plain text, not a list or a map",
                        location: keyLocation)
                    return empty
                }
                entries.append(
                    SourceNode.Entry(
                        key: keyScalar.string, keyLocation: keyLocation, value: convert(value, depth: depth + 1)))
            }
            return SourceNode(.mapping(entries), location: here)
        case .alias:
            return empty
        }
    }

    /// The scalar, with the layout of its text in the file when the text can be matched to it.
    private func convert(_ scalar: Node.Scalar, at here: SourceLocation) -> SourceNode.Scalar {
        let plain = scalar.style == .plain
        return SourceNode.Scalar(text: scalar.string, isPlain: plain, layout: layout(of: scalar, at: here))
    }

    /// Matches the scalar's text against the file, character by character, skipping the whitespace
    /// and line breaks that YAML folds away. Escapes or anything else unexpected give up: a
    /// diagnostic then points at the start of the scalar instead.
    private func layout(of scalar: Node.Scalar, at here: SourceLocation) -> [SourceNode.Scalar.Run] {
        let text = Array(scalar.string.unicodeScalars)
        guard !text.isEmpty, here.line <= source.lineStarts.count else { return [] }
        var position = source.lineStarts[here.line - 1] + here.column - 1
        switch scalar.style {
        case .singleQuoted, .doubleQuoted: position += 1
        case .literal, .folded:
            // Block text starts on the line after its `|` or `>` header.
            while position < source.scalars.count, source.scalars[position] != "\n" { position += 1 }
        default: break
        }
        var runs: [SourceNode.Scalar.Run] = []
        var continuing = false
        var index = 0
        while index < text.count {
            guard position < source.scalars.count else { return [] }
            let written = source.scalars[position]
            if written == text[index], !(written == "\\" && scalar.style == .doubleQuoted) {
                if !continuing {
                    let location = source.location(ofOffset: position, file: file)
                    runs.append(SourceNode.Scalar.Run(offset: index, location: location))
                }
                continuing = written != "\n"
                index += 1
                position += 1
            } else if written == " " || written == "\t" || written == "\n" || written == "\r" {
                continuing = false
                position += 1
            } else {
                return []
            }
        }
        return runs
    }
}
