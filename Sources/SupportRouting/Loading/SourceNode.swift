/// A parsed YAML or JSON document as a plain tree that keeps every node's place in its file.
///
/// The YAML reader builds it; the rule-set and profile decoders read it. It carries no YAML library
/// types, so the engine stays independent of how documents are parsed.
public struct SourceNode: Sendable, Hashable {
    /// A scalar's text and how it was written.
    public struct Scalar: Sendable, Hashable {
        /// The scalar's text after YAML unescaping.
        public let text: String
        /// `true` for a plain (unquoted) scalar, whose text may be typed; `false` for quoted or block text.
        public let isPlain: Bool
        /// Where runs of `text` sit in the file, so a mistake inside the text (even one folded over
        /// several lines) can be reported at its own line and column; empty when unknown.
        public let layout: [Run]

        /// A run of characters written one after another on one line.
        public struct Run: Sendable, Hashable {
            /// The offset in `text`, in Unicode scalars, where the run starts.
            public let offset: Int
            /// Where the run's first character sits.
            public let location: SourceLocation

            /// Creates a run.
            public init(offset: Int, location: SourceLocation) {
                self.offset = offset
                self.location = location
            }
        }

        /// Creates a scalar.
        public init(text: String, isPlain: Bool, layout: [Run] = []) {
            self.text = text
            self.isPlain = isPlain
            self.layout = layout
        }

        /// Where the character at `offset` in `text` sits, if the layout is known.
        public func location(ofOffset offset: Int) -> SourceLocation? {
            // Binary search for the last run starting at or before `offset`: a condition folded over
            // many lines has a run per line and asks this for every node.
            var low = 0
            var high = layout.count
            while low < high {
                let middle = (low + high) / 2
                if layout[middle].offset <= offset { low = middle + 1 } else { high = middle }
            }
            guard low > 0 else { return nil }
            let run = layout[low - 1]
            return run.location.advanced(byColumns: offset - run.offset)
        }
    }

    /// One key and value of a mapping.
    public struct Entry: Sendable, Hashable {
        /// The key's text.
        public let key: String
        /// Where the key is.
        public let keyLocation: SourceLocation
        /// The value.
        public let value: SourceNode

        /// Creates an entry.
        public init(key: String, keyLocation: SourceLocation, value: SourceNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    /// The kinds of node.
    public enum Kind: Sendable, Hashable {
        /// A scalar.
        case scalar(Scalar)
        /// A list.
        case sequence([SourceNode])
        /// A map, keys in file order.
        case mapping([Entry])
    }

    /// What the node holds.
    public let kind: Kind
    /// Where the node starts.
    public let location: SourceLocation

    /// Creates a node.
    public init(_ kind: Kind, location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The scalar, if the node is one.
    package var scalar: Scalar? {
        if case .scalar(let scalar) = kind { return scalar }
        return nil
    }

    /// Whether the node is YAML's null: an empty plain scalar, `~` or `null`.
    package var isNull: Bool {
        guard let scalar, scalar.isPlain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.text)
    }

    /// A short name of the node's kind for messages.
    package var kindName: String {
        switch kind {
        case .scalar: isNull ? "nothing" : "a value"
        case .sequence: "a list"
        case .mapping: "a map"
        }
    }
}
