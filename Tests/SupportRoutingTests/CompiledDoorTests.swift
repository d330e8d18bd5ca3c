import SupportRouting
import Testing

/// The compiled rule set's public door checks what comes through it: past the string literals its
/// masks can hold it falls back rather than answer wrongly, and a profile of another size stops it
/// before any read.
struct CompiledDoorTests {
    /// A string fact compared with `count` distinct literals, one escalation rule each, on the first rung.
    static func manyLiterals(_ count: Int) throws -> RuleSet {
        var text = """
            format: 1
            ruleset: literals
            title: Many literals
            version: 0.1.0
            documents:
              doc: { title: A document, publisher: Tests }
            facts:
              dept: { type: string, description: A department }
            routes:
              - id: low
                title: Low
                brokered_by: Head
                involves: Nothing
                escalate_when:

            """
        for index in 0..<count {
            text += """
                      - id: rule-\(index)
                        if: dept == "d\(index)"
                        because: Department \(index).
                        source: { document: doc, quote: "d" }

                """
        }
        text += """
              - id: high
                title: High
                brokered_by: Head
                involves: Help

            """
        return try Fixtures.load(text, file: "literals.yaml")
    }

    @Test func pastTheLiteralsItCanHoldTheCompiledFormGivesNoWrongRoute() throws {
        let ruleSet = try Self.manyLiterals(70)
        let compiled = CompiledRuleSet(ruleSet)
        #expect(!compiled.isExact)
        for index in [0, 62, 63, 64, 69] {
            let values: [FactValue?] = [.string("d\(index)")]
            let answer = compiled.route(for: compiled.compile(values: values))
            // Either the right route or no answer, never a wrong one.
            #expect(answer == nil || answer == ruleSet.decide(values: values).route, "d\(index)")
        }
        let outside: [FactValue?] = [.string("elsewhere")]
        let answer = compiled.route(for: compiled.compile(values: outside))
        #expect(answer == nil || answer == ruleSet.decide(values: outside).route)
    }

    @Test func aProfileOfAnotherSizeIsRefusedBeforeAnyRead() async throws {
        await #expect(processExitsWith: .failure) {
            let ruleSet = try SampleTests.shippedRules()
            let compiled = CompiledRuleSet(ruleSet)
            _ = compiled.route(for: compiled.compile(values: [.bool(true)]))
        }
    }
}
