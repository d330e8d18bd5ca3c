import SupportRouting
import Testing

/// On pairs of small random rule sets, `diff` agrees exactly with brute-force enumeration: the same
/// changes of route, each witness really in its class, each described class really changing route.
struct DiffPropertyTests {
    @Test(arguments: 1...25)
    func diffAgreesWithBruteForce(seed: Int) throws {
        var generator = RandomRuleSets(seed: UInt64(1000 + seed))
        let oldText = generator.next()
        // The same shape twice in a row often gives the same rungs, so many pairs compare like with like.
        let newText = generator.next()
        let old = try Fixtures.load(oldText, file: "old.yaml")
        let new = try Fixtures.load(newText, file: "new.yaml")
        let result = RuleSetDiff.compare(old, new)

        var moves = Set<String>()
        let grid = CheckPropertyTests.grid(old.schema)
        // Each grid profile's route under both versions, decided once.
        let oldRoutes = grid.map { old.decide(values: $0).routeID }
        let newRoutes = grid.map { new.decide(values: $0).routeID }
        for (fromID, toID) in zip(oldRoutes, newRoutes) {
            guard let fromID, let toID else { continue }
            if fromID != toID { moves.insert("\(fromID) -> \(toID)") }
        }
        let context = "seed \(seed)\nold:\n\(oldText)\nnew:\n\(newText)"
        #expect(Set(result.changes.map { "\($0.from) -> \($0.to)" }) == moves, "\(context)")
        for change in result.changes {
            let profileOld = try Fixtures.profile(change.witnessYAML, ruleSet: old, file: "witness.yaml")
            let profileNew = try Fixtures.profile(change.witnessYAML, ruleSet: new, file: "witness.yaml")
            #expect(old.decide(profileOld).route.map { old.routes[$0].id } == change.from, "\(context)")
            #expect(new.decide(profileNew).route.map { new.routes[$0].id } == change.to, "\(context)")
            // Each alternative is a condition in the rules' language; parsed against the facts, every
            // grid profile it admits changes route exactly as the class says.
            for alternative in change.when where alternative != "every profile" {
                let condition = try ConditionParser.parse(
                    alternative, schema: old.schema, at: SourceLocation(file: "when", line: 1, column: 1)
                ).get()
                let test = CompiledCondition(condition)
                for index in grid.indices where test.evaluate(grid[index]) == .yes {
                    #expect(
                        oldRoutes[index] == change.from && newRoutes[index] == change.to, "\(alternative): \(context)")
                }
            }
        }
    }
}
