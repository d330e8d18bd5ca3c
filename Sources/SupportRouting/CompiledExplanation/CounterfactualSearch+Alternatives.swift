extension CounterfactualSearch {
    /// Lists each path fact's cases other than the profile's into the scratch's alternatives.
    func listAlternatives() {
        let scratch = work.scratch
        var count = 0
        for (index, fact) in explainer.pathFacts.enumerated() {
            scratch.alternativeStarts[index] = count
            let cases = explainer.cases[fact]!
            let present = scratch.givenPresent[fact]
            let given = scratch.givenWords[fact]
            if let shape = cases.shape {
                // Every case near the profile's set, then only those of another case kept.
                let end = shape.cases(near: present ? given : 0, into: scratch.alternatives, from: count)
                let current = present ? shape.key(of: given) : nil
                for candidate in count..<end where shape.key(of: scratch.alternatives[candidate]) != current {
                    scratch.alternatives[count] = scratch.alternatives[candidate]
                    scratch.alternativePositions[count] = -1
                    count += 1
                }
            } else {
                let current = present ? cases.key(of: given) : nil
                for position in cases.keys.indices where cases.keys[position] != current {
                    scratch.alternatives[count] = cases.words[position]
                    scratch.alternativePositions[count] = position
                    count += 1
                }
            }
        }
        scratch.alternativeStarts[explainer.pathFacts.count] = count
    }
}
