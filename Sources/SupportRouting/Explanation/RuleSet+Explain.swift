extension RuleSet {
    /// Explains the answer for a profile: the whole walk, the facts, the advice and, when asked, the
    /// smallest changes that would give another route.
    ///
    /// The first explanation prepares the rule set for explaining (compiling its conditions and
    /// wording its rules once); later ones reuse that work, so explaining many profiles is cheap.
    public func explain(_ profile: Profile, counterfactuals: Bool = true) -> Explanation {
        if let explainer = explainerCache.explainer(for: self),
            let explanation = explainer.explain(profile, counterfactuals: counterfactuals)
        {
            return explanation
        }
        return referenceExplanation(profile, counterfactuals: counterfactuals)
    }

    /// The explanation built the straightforward way, from ``decide(_:)`` and the condition trees.
    func referenceExplanation(_ profile: Profile, counterfactuals: Bool = true) -> Explanation {
        ExplanationBuilder(ruleSet: self, profile: profile).build(decide(profile), counterfactuals: counterfactuals)
    }
}
