import Testing

@testable import SupportRouting

/// "Did you mean" suggestions: the banded edit distance agrees with the whole table wherever it
/// answers, and a budget stops the searches.
struct SuggestionTests {
    /// Levenshtein distance with adjacent transpositions, over the whole table.
    static func reference(_ a: [Character], _ b: [Character]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    @Test func theBandedDistanceAgreesWithTheWholeTable() {
        var generator = SplitMix64(seed: 7)
        let letters = Array("abc")
        for _ in 0..<2_000 {
            let a = (0..<Int(generator.next() % 9)).map { _ in letters[Int(generator.next() % 3)] }
            let b = (0..<Int(generator.next() % 9)).map { _ in letters[Int(generator.next() % 3)] }
            let exact = Self.reference(a, b)
            let pair = "\(String(a)) \(String(b))"
            #expect(Suggestion.editDistance(a, b) == exact, "\(pair)")
            for limit in 0...4 {
                #expect(Suggestion.editDistance(a, b, limit: limit) == min(exact, limit + 1), "\(pair)")
            }
        }
    }

    @Test func aBudgetStopsSuggesting() {
        var budget = Suggestion.Budget(searches: 2)
        let answers = (0..<3).map { _ in budget.didYouMean("phsae", among: ["phase"]) }
        #expect(answers == ["; did you mean `phase`?", "; did you mean `phase`?", ""])
    }
}
