/// A rule set's constraints and derivations compiled once, for checking many profiles in a row (a
/// dataset's rows) without finding the compiled checks again for each.
package final class ProfileChecker: Sendable {
    private let ruleSet: RuleSet
    private let checks: ProfileChecks?

    /// The checker of `ruleSet`.
    package init(_ ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        checks = ruleSet.constraints.isEmpty ? nil : ruleSet.explainerCache.explainer(for: ruleSet).checks
    }

    /// As ``RuleSet/completeAndCheck(values:at:place:)``.
    package func completeAndCheck(
        values: inout [FactValue?], at fallback: SourceLocation, place: (Int) -> SourceLocation?
    ) -> (filled: [Int], problems: [Diagnostic]) {
        guard let checks else { return ([], []) }
        return ruleSet.completeAndCheck(values: &values, at: fallback, checks: checks, place: place)
    }
}
