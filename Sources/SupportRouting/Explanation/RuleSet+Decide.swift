extension RuleSet {
    /// Walks the escalation path for a profile and returns the route, or the routes still possible.
    public func decide(_ profile: Profile) -> Decision {
        decide(values: profile.values)
    }

    /// Walks the escalation path for fact values given by slot (`nil` for missing).
    package func decide(values: [FactValue?]) -> Decision {
        explainerCache.explainer(for: self).decide(values)
    }

    /// The decision for fact values by slot and its reasons, as an explanation words them, without
    /// the rest of the explanation: what `batch` writes for each distinct set of values.
    package func reasonedDecision(values: [FactValue?]) -> (decision: Decision, reasons: [Explanation.Reason]) {
        explainerCache.explainer(for: self).reasonedDecision(values)
    }
}
