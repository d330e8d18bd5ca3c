extension RuleSet {
    /// Explains the answer for a profile: the whole walk, the facts, the advice and, when asked, the
    /// smallest changes that would give another route.
    ///
    /// The first explanation prepares the rule set for explaining (compiling its conditions and
    /// wording its rules once); later ones reuse that work, so explaining many profiles is cheap.
    public func explain(_ profile: Profile, counterfactuals: Bool = true) -> Explanation {
        explainerCache.explainer(for: self).explain(profile, counterfactuals: counterfactuals)
    }
}
