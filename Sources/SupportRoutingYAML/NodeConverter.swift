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
        let empty = SourceNode(.scalar(.init(text: "", isPlain: true, contentStart: nil)), location: here)
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
            return SourceNode(.scalar(convert(scalar, at: here)), location: here)
        case .sequence(let sequence):
            return SourceNode(.sequence(sequence.map { convert($0, depth: depth + 1) }), location: here)
        case .mapping(let mapping):
            var entries: [SourceNode.Entry] = []
            for (key, value) in mapping {
                let keyLocation = location(key)
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

    /// The scalar, with the place of its first character when that can be confirmed in the text.
    private func convert(_ scalar: Node.Scalar, at here: SourceLocation) -> SourceNode.Scalar {
        let plain = scalar.style == .plain
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        var contentStart: SourceLocation?
        if plain || quoted {
            let column = here.column + (quoted ? 1 : 0)
            let written = source.rest(ofLine: here.line, fromColumn: column)
            let text = Array(scalar.string.unicodeScalars)
            // Only when the text appears as written on one line do inner columns mean anything.
            if written.count >= text.count, Array(written.prefix(text.count)) == text {
                contentStart = SourceLocation(file: file, line: here.line, column: column)
            }
        }
        return SourceNode.Scalar(text: scalar.string, isPlain: plain, contentStart: contentStart)
    }
}
