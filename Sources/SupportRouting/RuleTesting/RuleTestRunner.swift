/// Runs rule test cases against their rule set and compares each answer with the expectation.
public enum RuleTestRunner {
    /// Runs every loaded test file, measures coverage for each rule set, and gathers the whole report.
    ///
    /// - Parameters:
    ///   - files: each test file's name with its suite, or the mistakes that kept it from loading.
    ///   - minimumCoverage: the percentage of coverage items each rule set must cover, if any.
    public static func run(
        _ files: [(file: String, suite: Result<RuleTestSuite, DiagnosticList>)], minimumCoverage: Double? = nil
    ) -> RuleTestReport {
        var reports: [RuleTestReport.FileReport] = []
        var profilesByRules: [(ruleSet: RuleSet, profiles: [Profile])] = []
        for (file, loaded) in files {
            switch loaded {
            case .success(let suite):
                let results = suite.cases.map { run($0, ruleSet: suite.ruleSet) }
                reports.append(.init(file: file, rules: suite.ruleSet.file, results: results, errors: []))
                let profiles = suite.cases.map(\.profile)
                if let index = profilesByRules.firstIndex(where: { $0.ruleSet.file == suite.ruleSet.file }) {
                    profilesByRules[index].profiles += profiles
                } else {
                    profilesByRules.append((suite.ruleSet, profiles))
                }
            case .failure(let list):
                reports.append(.init(file: file, rules: nil, results: [], errors: list.diagnostics))
            }
        }
        let coverage = profilesByRules.map { RuleCoverage(ruleSet: $0.ruleSet, profiles: $0.profiles) }
        return RuleTestReport(files: reports, coverage: coverage, minimumCoverage: minimumCoverage)
    }

    /// Runs one case: decides its profile and compares the answer with what the case expects.
    public static func run(_ testCase: RuleTestCase, ruleSet: RuleSet) -> RuleTestResult {
        let decision = ruleSet.decide(testCase.profile)
        let answer = answer(decision, ruleSet: ruleSet)
        let expected = testCase.expectation
        var mismatches: [RuleTestResult.Mismatch] = []
        let routeMatches =
            if let route = expected.route {
                answer.route == route
            } else {
                answer.route == nil && Set(expected.possible ?? []) == Set(answer.possible ?? [])
            }
        if !routeMatches {
            mismatches.append(.init(what: "route", expected: routeText(expected), actual: routeText(answer)))
        }
        if let rules = expected.rules, Set(rules) != Set(answer.rules) {
            mismatches.append(.init(what: "rules", expected: listText(rules), actual: listText(answer.rules)))
        }
        if let advice = expected.advice, Set(advice) != Set(answer.advice) {
            mismatches.append(.init(what: "advice", expected: listText(advice), actual: listText(answer.advice)))
        }
        return RuleTestResult(
            name: testCase.name, location: testCase.location, expected: expected, actual: answer,
            mismatches: mismatches)
    }

    /// The deciding rules of a decision: `start_at` rules that held, then escalation rules on rungs climbed past.
    static func decidingRules(_ decision: Decision, ruleSet: RuleSet) -> [String] {
        decision.startRules.map { ruleSet.startAt[$0].rule.id }
            + decision.climbs.flatMap { climb in climb.rules.map { ruleSet.routes[climb.from].escalateWhen[$0].id } }
    }

    private static func answer(_ decision: Decision, ruleSet: RuleSet) -> RuleTestResult.Answer {
        var possible: [String]?
        var deciding: [String]?
        if case .undecided(let routes, let facts) = decision.outcome {
            possible = routes.map { ruleSet.routes[$0.route].id }
            deciding = facts.map { ruleSet.schema.facts[$0].name }
        }
        return RuleTestResult.Answer(
            route: decision.route.map { ruleSet.routes[$0].id }, possible: possible, decidingFacts: deciding,
            rules: decidingRules(decision, ruleSet: ruleSet), advice: decision.advice.map { ruleSet.advice[$0].rule.id }
        )
    }

    private static func routeText(_ expected: RuleTestExpectation) -> String {
        expected.route ?? "undecided between \((expected.possible ?? []).joined(separator: ", "))"
    }

    private static func routeText(_ answer: RuleTestResult.Answer) -> String {
        if let route = answer.route { return route }
        let missing = (answer.decidingFacts ?? []).joined(separator: ", ")
        return "undecided between \((answer.possible ?? []).joined(separator: ", ")) (missing: \(missing))"
    }

    private static func listText(_ ids: [String]) -> String { "[" + ids.joined(separator: ", ") + "]" }
}
