extension CounterfactualSearch {
    /// Lists each path fact's cases other than the profile's as its alternatives.
    mutating func listAlternatives() {
        for fact in explainer.pathFacts {
            alternativeStarts.append(alternatives.count)
            let cases = explainer.cases[fact]!
            let present = work.given.present[fact]
            let given = work.given.words[fact]
            if let shape = cases.shape {
                // Every case near the profile's set, but only those of another case than its own.
                let current = present ? shape.key(of: given) : nil
                for candidate in shape.cases(near: present ? given : 0) where shape.key(of: candidate) != current {
                    alternatives.append(candidate)
                    alternativePositions.append(-1)
                }
            } else {
                let current = present ? cases.key(of: given) : nil
                for position in cases.keys.indices where cases.keys[position] != current {
                    alternatives.append(cases.words[position])
                    alternativePositions.append(position)
                }
            }
        }
        alternativeStarts.append(alternatives.count)
        alternativeReads = Array(repeating: 0, count: alternatives.count)
        alternativeSpans = Array(repeating: 0, count: alternatives.count)
    }
}
