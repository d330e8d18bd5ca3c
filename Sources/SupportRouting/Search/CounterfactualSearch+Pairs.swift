extension CounterfactualSearch {
    /// Pairs of changes that give one of the `remaining` routes, in order: by
    /// first fact, second fact, then each one's cases. A pair is tried only when the walk after each
    /// change alone reads the other fact; otherwise the pair's walk is that single change's walk,
    /// whose route a single change already gives (or is the profile's own). Nor is it tried when no
    /// remaining route is as high as the lowest route it can give.
    mutating func findPairs(_ remaining: UInt64, into found: inout [Explanation.Counterfactual]) {
        let facts = explainer.pathFacts
        let path = work.path
        for (firstIndex, first) in facts.enumerated() {
            let firstAlternatives = alternatives(ofPathFact: firstIndex)
            var seconds: UInt64 = 0
            for alternative in firstAlternatives { seconds |= alternativeReads[alternative] }
            seconds &= firstIndex == 63 ? 0 : ~0 << UInt64(firstIndex + 1)
            var firstChanged = false
            while seconds != 0 {
                let secondIndex = seconds.trailingZeroBitCount
                seconds &= seconds &- 1
                let second = facts[secondIndex]
                let secondAlternatives = alternatives(ofPathFact: secondIndex)
                for firstAlternative in firstAlternatives
                where alternativeReads[firstAlternative] & (1 << UInt64(secondIndex)) != 0 {
                    var secondChanged = false
                    for secondAlternative in secondAlternatives
                    where alternativeReads[secondAlternative] & (1 << UInt64(firstIndex)) != 0 {
                        let lowest = max(
                            path.lowestRoute(changing: secondIndex, span: alternativeSpans[firstAlternative]),
                            path.lowestRoute(changing: firstIndex, span: alternativeSpans[secondAlternative]))
                        guard lowest < 64, remaining >> UInt64(lowest) != 0 else { continue }
                        if !secondChanged { tryValue(first, alternatives[firstAlternative]) }
                        secondChanged = true
                        firstChanged = true
                        tryValue(second, alternatives[secondAlternative])
                        guard let reached = work.walk().route, remaining & (1 << UInt64(reached)) != 0,
                            explainer.checks.constraints.isEmpty || explainer.checks.broken(work.values).isEmpty
                        else { continue }
                        let changes = [
                            change(
                                first, wording(explainer.cases[first]!, firstAlternative),
                                value(explainer.cases[first]!, firstAlternative)),
                            change(
                                second, wording(explainer.cases[second]!, secondAlternative),
                                value(explainer.cases[second]!, secondAlternative)),
                        ]
                        found.append(counterfactual(changes, .route(reached)))
                    }
                    // Results of rules that also read `first` go stale here, but the next change to
                    // `first`, or its restoring, sets them again before any walk.
                    if secondChanged { restoreValue(second) }
                }
            }
            if firstChanged { restoreValue(first) }
        }
    }
}
