import SupportRouting
import Testing

/// The compiled rule set's public door checks what comes through it: any number of string literals
/// is compared exactly, and a profile of another size stops it before any read.
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

    @Test func anyNumberOfStringLiteralsGivesTheRightRoute() throws {
        let ruleSet = try Self.manyLiterals(70)
        let compiled = CompiledRuleSet(ruleSet)
        // Every department the rules name climbs to `high`; any other stays `low`.
        for index in [0, 62, 63, 64, 69] {
            let values: [FactValue?] = [.string("d\(index)")]
            #expect(compiled.route(for: compiled.compile(values: values)) == 1, "d\(index)")
            #expect(ruleSet.decide(values: values).routeID == "high", "d\(index)")
        }
        let outside: [FactValue?] = [.string("elsewhere")]
        #expect(compiled.route(for: compiled.compile(values: outside)) == 0)
        #expect(ruleSet.decide(values: outside).routeID == "low")
    }

    @Test func aProfileOfAnotherSizeIsRefusedBeforeAnyRead() async throws {
        await #expect(processExitsWith: .failure) {
            let ruleSet = try SampleTests.shippedRules()
            let compiled = CompiledRuleSet(ruleSet)
            _ = compiled.route(for: compiled.compile(values: [.bool(true)]))
        }
    }
}
