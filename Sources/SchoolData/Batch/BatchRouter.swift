import Foundation
public import SupportRouting

/// Routes every school of a dataset, streaming: the first pass indexes the high-performing schools
/// for the partner search, the second routes each row and hands its answer on, so memory grows with
/// the number of candidate partners and never with the output. Partners are listed for the schools
/// the mapping's `in_need` condition holds for.
public struct BatchRouter: Sendable {
    /// The rule set that routes.
    public let ruleSet: RuleSet
    /// The dataset and its mapping.
    public let options: DatasetOptions
    /// Whether a JSON Lines dataset is read once for its keys before any answer is handed on, so that an
    /// answer is never handed on that the end of the file would prove wrong (a mapped key that no line
    /// has). A caller whose output is kept only when the whole run succeeds (a file renamed into place
    /// at the end) turns it off, and the keys are checked at the end of the one pass instead.
    public var checksKeysFirst: Bool

    /// Creates a router.
    public init(ruleSet: RuleSet, options: DatasetOptions, checksKeysFirst: Bool = true) {
        self.ruleSet = ruleSet
        self.options = options
        self.checksKeysFirst = checksKeysFirst
    }

    /// Routes every row. `problem` gets each bad row's diagnostics in file order; `records` gets the text
    /// of the routed schools' records in `format`, in file order, several records at a time, with how
    /// many there are; they are framed for a ``RouteWriter`` of `format` with ``RouteWriter/frame(_:count:)``.
    /// Fails only when the dataset as a whole cannot be read. Rows are routed on every core, in batches.
    public func run(
        format: RouteFormat, progress: ((ReadProgress) -> Void)? = nil, problem: (Diagnostic) -> Void,
        records: (Substring, Int) throws -> Void
    ) throws -> BatchSummary {
        let mapping = options.mapping
        let ruleSet = ruleSet
        let workers = Self.workers
        var finder: PartnerFinder?
        // JSON Lines keys are checked before the first answer is written, never after the last.
        let keyCheck = checksKeysFirst && mapping.partners == nil && SchoolSource.isJSONLines(options)
        let passes = mapping.partners == nil && !keyCheck ? 1 : 2
        var ids = RepeatedIDs()
        if keyCheck { try SchoolSource.checkKeys(options, pass: (1, 2), progress: progress).get() }
        if let policy = mapping.partners {
            var candidates: [School] = []
            _ = try SchoolSource.readBatches(
                options, ruleSet: ruleSet, pass: (1, 2), progress: progress, workers: workers, ids: &ids,
                transform: { outcome -> School? in
                    guard case .school(let school) = outcome, policy.admits(school) else { return nil }
                    return school.asCandidate
                },
                body: { candidates += $0.compactMap { $0 } }
            ).get()
            finder = PartnerFinder(candidates: candidates, policy: policy)
        }
        let partnerFinder = finder
        let memo = DecisionMemo(ruleSet: ruleSet, format: format)
        var summary = BatchSummary()
        var failure: (any Error)?
        _ = try SchoolSource.readBatches(
            options, ruleSet: ruleSet, pass: (passes, passes), progress: progress, workers: workers, ids: &ids,
            transform: { outcome, text -> Routed in
                switch consume outcome {
                case .school(let school):
                    return .routed(
                        Self.route(
                            school, mapping: mapping, memo: memo, finder: partnerFinder, format: format, to: &text))
                case let other: return .other(other)
                }
            },
            body: { results, text in
                // Consecutive records are handed on in one piece; a row repeating an earlier id has its
                // record in the slice's text too, and is left out of it.
                var first = 0
                var count = 0
                func handOn(upTo end: Int) {
                    guard count > 0, failure == nil else { return }
                    do { try records(text.text(of: first..<end), count) } catch { failure = error }
                    count = 0
                }
                for (index, result) in results.enumerated() where failure == nil {
                    if case .routed = result {
                        if count == 0 { first = index }
                        count += 1
                    } else {
                        handOn(upTo: index)
                    }
                    if case .other(.failed(let problems, _)) = result, problems.first?.id == "too-many-rows" {
                        summary.stoppedAtRowLimit = true
                        problems.forEach(problem)
                        continue
                    }
                    summary.rows += 1
                    switch result {
                    case .other(.leftOut): summary.leftOut += 1
                    case .other(.failed(let problems, let rows)):
                        // The lines a quote never closed took in are counted as the rows they most likely are.
                        summary.rows += rows - 1
                        summary.failedRows += rows
                        if rows > 1 { summary.rowsInUnclosedQuotes += rows }
                        problems.forEach(problem)
                    case .other(.school): break
                    case .routed(let route): summary.routes[route, default: 0] += 1
                    }
                }
                handOn(upTo: results.count)
            }
        ).get()
        if let failure { throw failure }
        return summary
    }

    /// Threads that turn rows into schools: every core, up to eight.
    static var workers: Int { min(8, max(1, ProcessInfo.processInfo.activeProcessorCount)) }

    /// What a row became on a worker thread.
    private enum Routed: Sendable {
        /// A school routed, by its route's id; its record is in the slice's text.
        case routed(String)
        case other(RowOutcome)
    }

    /// Appends the school's record in `format` to `text`, and answers its route.
    private static func route(
        _ school: consuming School, mapping: DatasetMapping, memo: DecisionMemo, finder: PartnerFinder?,
        format: RouteFormat, to text: inout String
    ) -> String {
        var school = school
        mapping.fillPartnerFacts(of: &school, finder: finder)
        // Partners are listed for schools in need only: a strong school is a partner, not a client.
        let needs = mapping.partners?.inNeedTest.evaluate(school.values) == .yes
        let partners = needs ? finder?.partners(for: school) ?? [] : []
        let answer = memo.answer(for: school.values)
        RouteWriter.append(
            id: school.id, name: school.name, line: school.line, answer: answer.written, partners: partners,
            format: format, to: &text)
        return answer.route
    }
}
