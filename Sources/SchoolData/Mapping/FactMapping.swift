public import SupportRouting

/// How one profile fact gets its value from a row.
public struct FactMapping: Sendable, Hashable {
    /// Where the value comes from.
    public enum Source: Sendable, Hashable {
        /// A column's text, read through a ``ColumnRule``.
        case column(ColumnRule)
        /// `true` when at least this many high-performing same-phase schools are within the radius.
        case strongPartners(atLeast: Int)

        /// The column read, if any.
        public var column: String? {
            if case .column(let rule) = self { return rule.column }
            return nil
        }
    }

    /// The fact's slot in the rule set's schema.
    public var fact: Int
    /// Where the value comes from.
    public var source: Source
    /// Where the mapping declares it, for messages.
    public var location: SourceLocation

    /// Creates a fact mapping.
    public init(fact: Int, source: Source, location: SourceLocation) {
        self.fact = fact
        self.source = source
        self.location = location
    }
}

/// What a cell becomes: a value, or no value.
public enum CellOutcome: Sendable, Hashable {
    /// This value.
    case value(FactValue)
    /// The value is not known, so no default applies.
    case unknown
    /// The fact's default applies, or it is missing when it has none.
    case useDefault
}

/// Reads a fact from one column: through a table of texts, or as the fact's own type.
public struct ColumnRule: Sendable, Hashable {
    /// The column.
    public var column: String
    /// Texts and what each becomes; when empty the text is read as the fact's type.
    public var values: [String: CellOutcome]
    /// What an empty cell becomes.
    public var blank: CellOutcome
    /// What any other unlisted text becomes; `nil` makes such a text an error for the row.
    public var otherwise: CellOutcome?
    /// For a set fact, what separates the members in the cell.
    public var separator: String

    /// Creates a column rule.
    public init(
        column: String, values: [String: CellOutcome], blank: CellOutcome, otherwise: CellOutcome?, separator: String
    ) {
        self.column = column
        self.values = values
        self.blank = blank
        self.otherwise = otherwise
        self.separator = separator
    }
}
