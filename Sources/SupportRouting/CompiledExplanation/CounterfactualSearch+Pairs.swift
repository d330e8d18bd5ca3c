extension CounterfactualSearch {
    /// Pairs of changes that give one of the `remaining` routes.
    func findPairs(_ remaining: UInt64, into found: inout [Explanation.Counterfactual]) {
        let facts = explainer.pathFacts
        let scratch = work.scratch
        let path = work.path
        for (firstIndex, first) in facts.enumerated() {
            var firstChanged = false
            for secondIndex in (firstIndex + 1)..<facts.count {
                let second = facts[secondIndex]
                for firstAlternative in scratch.alternativeStarts[
                    firstIndex]..<scratch.alternativeStarts[firstIndex + 1]
                {
                    // When the walk after the first change alone does not read `second`, changing it
                    // too gives that walk's route, which a single change already gives (or none).
                    guard path.touches(second, scratch.alternativeSpans[firstAlternative]) else { continue }
                    var secondChanged = false
                    for secondAlternative in scratch.alternativeStarts[
                        secondIndex]..<scratch.alternativeStarts[
                            secondIndex + 1]
                    where path.touches(first, scratch.alternativeSpans[secondAlternative]) {
                        if !secondChanged { work.set(first, to: scratch.alternatives[firstAlternative]) }
                        secondChanged = true
                        firstChanged = true
                        work.set(second, to: scratch.alternatives[secondAlternative])
                        guard let reached = work.walk().route, remaining & (1 << UInt64(reached)) != 0 else { continue }
                        let changes = [
                            change(first, wording(explainer.cases[first]!, firstAlternative)),
                            change(second, wording(explainer.cases[second]!, secondAlternative)),
                        ]
                        found.append(counterfactual(changes, .route(reached)))
                    }
                    // Results of rules that also read `first` go stale here, but the next change to
                    // `first`, or its restoring, sets them again before any walk.
                    if secondChanged { work.restore(second) }
                }
            }
            if firstChanged { work.restore(first) }
        }
    }
}
