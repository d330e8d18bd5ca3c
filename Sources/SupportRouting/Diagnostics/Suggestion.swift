/// Finds the likely intended word for a misspelt one, for "did you mean" messages.
package enum Suggestion {
    /// Suggestions for the first mistakes of a file only, as many as a ``DiagnosticList`` shows of it.
    /// Each search compares the word with every candidate, so without a budget a file of a hundred
    /// thousand misspellings would cost a hundred thousand searches; the mistakes past it are listed
    /// without a suggestion.
    package struct Budget: Sendable {
        /// The searches left.
        package private(set) var remaining: Int

        /// A budget of `searches` searches.
        package init(searches: Int = DiagnosticList.maximumShownPerFile) {
            remaining = searches
        }

        /// `; did you mean `x`?` or an empty string; always empty once the budget is spent.
        package mutating func didYouMean(_ word: String, among candidates: some Sequence<String>) -> String {
            guard remaining > 0 else { return "" }
            remaining -= 1
            return Suggestion.didYouMean(word, among: candidates)
        }
    }

    /// The candidate closest to `word`, if one is close enough to be a plausible typo.
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        let target = Array(lowered)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            // A longer or shorter spelling of a name (`boolean` for `bool`) is a likely slip too.
            let loweredCandidate = candidate.lowercased()
            if loweredCandidate.count >= 3, target.count >= 3,
                loweredCandidate.hasPrefix(lowered) || lowered.hasPrefix(loweredCandidate)
            {
                if best == nil || best!.distance > 1 { best = (candidate, 1) }
                continue
            }
            let other = Array(loweredCandidate)
            let allowed = max(1, min(3, other.count / 3))
            let distance = editDistance(target, other, limit: allowed)
            guard distance <= allowed else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// `; did you mean `x`?` or an empty string.
    package static func didYouMean(_ word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { "; did you mean `\($0)`?" } ?? ""
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit, or `limit + 1` when it
    /// is more than `limit`. Only the cells within `limit` of the diagonal are computed, so a long word
    /// costs in proportion to its length, not to the product of the two lengths.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int = .max) -> Int {
        let limit = min(limit, max(a.count, b.count))
        let beyond = limit + 1
        guard abs(a.count - b.count) <= limit else { return beyond }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previousPrevious = [Int](repeating: beyond, count: b.count + 1)
        var previous = (0...b.count).map { min($0, beyond) }
        var current = [Int](repeating: beyond, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            current[low - 1] = low == 1 ? min(i, beyond) : beyond
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = min(value, beyond)
            }
            if high < b.count { current[high + 1] = beyond }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
