extension RuleSet {
    /// Walks the escalation path for a profile and returns the route, or the routes still possible.
    public func decide(_ profile: Profile) -> Decision {
        decide(values: profile.values)
    }

    /// Walks the escalation path for fact values given by slot (`nil` for missing).
    package func decide(values: [FactValue?]) -> Decision {
        explainerCache.explainer(for: self).decide(values)
    }
}
