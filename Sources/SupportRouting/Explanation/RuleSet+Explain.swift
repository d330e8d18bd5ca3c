extension RuleSet {
    /// Explains the answer for a profile: the whole walk, the facts, the advice and, when asked, the
    /// smallest changes that would give another route.
    public func explain(_ profile: Profile, counterfactuals: Bool = true) -> Explanation {
        referenceExplanation(profile, counterfactuals: counterfactuals)
    }

    /// The explanation built the straightforward way, from ``decide(_:)`` and the condition trees.
    func referenceExplanation(_ profile: Profile, counterfactuals: Bool = true) -> Explanation {
        ExplanationBuilder(ruleSet: self, profile: profile).build(decide(profile), counterfactuals: counterfactuals)
    }
}
