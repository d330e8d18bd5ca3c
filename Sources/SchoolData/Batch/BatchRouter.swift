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

    /// Creates a router.
    public init(ruleSet: RuleSet, options: DatasetOptions) {
        self.ruleSet = ruleSet
        self.options = options
    }

    /// Routes every row. `problem` gets each bad row's diagnostics as they are found; `routed` gets
    /// each school's answer in file order. Fails only when the dataset as a whole cannot be read.
    public func run(
        progress: ((ReadProgress) -> Void)? = nil, problem: (Diagnostic) -> Void,
        routed: (RoutedSchool) throws -> Void
    ) throws -> BatchSummary {
        let mapping = options.mapping
        var finder: PartnerFinder?
        let passes = mapping.partners == nil ? 1 : 2
        if let policy = mapping.partners {
            var candidates: [School] = []
            _ = try SchoolSource.read(
                options, ruleSet: ruleSet, pass: (1, 2), progress: progress,
                readingOnly: Set(policy.highPerforming.facts)
            ) { outcome in
                if case .school(let school) = outcome, school.location != nil,
                    policy.highPerforming.evaluate(school.values) == .yes
                {
                    candidates.append(school)
                }
            }.get()
            finder = PartnerFinder(schools: candidates, policy: policy)
        }
        var summary = BatchSummary()
        var failure: (any Error)?
        _ = try SchoolSource.read(options, ruleSet: ruleSet, pass: (passes, passes), progress: progress) { outcome in
            guard failure == nil else { return }
            summary.rows += 1
            switch outcome {
            case .leftOut: summary.leftOut += 1
            case .failed(let problems):
                summary.failedRows += 1
                problems.forEach(problem)
            case .school(let school):
                let completed = mapping.withPartnerFacts(school, finder: finder)
                let decision = ruleSet.decide(values: completed.values)
                // Partners are listed for schools in need only: a strong school is a partner, not a client.
                let needs = mapping.partners?.inNeed.evaluate(completed.values) == .yes
                let partners = needs ? finder?.partners(for: completed) ?? [] : []
                let answer = RoutedSchool(school: completed, decision: decision, ruleSet: ruleSet, partners: partners)
                summary.routes[answer.route, default: 0] += 1
                do { try routed(answer) } catch { failure = error }
            }
        }.get()
        if let failure { throw failure }
        return summary
    }
}
