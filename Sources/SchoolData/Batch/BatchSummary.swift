public import SupportRouting

/// What a batch did: rows read, schools routed by route, rows left out and rows with problems.
public struct BatchSummary: Sendable, Hashable {
    /// Rows read, including those left out or skipped, with each line inside a quote never closed counted
    /// as a row.
    public var rows = 0
    /// Schools routed, by route id (`undecided` for schools whose missing facts decide).
    public var routes: [String: Int] = [:]
    /// Rows the mapping's `keep` rules leave out.
    public var leftOut = 0
    /// Rows skipped because they could not be read.
    public var failedRows = 0
    /// Of ``failedRows``, the lines inside quotes never closed, each counted as a row: a stray quote takes in
    /// the lines after it up to the record limit or the file's end, and each is most likely a row of its own.
    public var rowsInUnclosedQuotes = 0
    /// Whether reading stopped at the row limit before the end of the file.
    public var stoppedAtRowLimit = false

    /// Creates an empty summary.
    public init() {}

    /// Schools routed.
    public var routed: Int { routes.values.reduce(0, +) }

    /// The counts by route in the rule set's order, then `undecided`, leaving out routes with none.
    public func ordered(by ruleSet: RuleSet) -> [(route: String, count: Int)] {
        (ruleSet.routes.map(\.id) + ["undecided"]).compactMap { id in routes[id].map { (id, $0) } }
    }
}
