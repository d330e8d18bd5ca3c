import Foundation
import SupportRouting
import Testing

/// The memos of `batch` share an answer between two values only when their case keys are equal, so two
/// values that some condition tells apart must never get the same key.
struct CaseKeyerTests {
    /// A set fact of sixty values: a member from the 57th on sits where the key keeps the size's region.
    @Test func aSetsLateMembersAndItsSizeAreNeverConfused() throws {
        let members = (0..<60).map { "b\($0)" }.joined(separator: ", ")
        let rules = Fixtures.rules
            .replacingOccurrences(
                of: "values: [sip, la, situ, ofsted, governors], default: []", with: "values: [\(members)], default: []"
            )
            .replacingOccurrences(
                of: "if: score < 30", with: "if: score < 30 or bodies contains b57 or count(bodies) >= 2")
        let ruleSet = try Fixtures.load(rules)
        let bodies = try #require(ruleSet.schema["bodies"]).index
        let keyer = FactSplits(ruleSet: ruleSet).keyer
        // Three members without b57 (the size's condition holds), and b57 alone (the member's condition holds).
        let three = keyer.caseKey(of: bodies, .set(0b111))
        let late = keyer.caseKey(of: bodies, .set(1 << 57))
        #expect(three != late)
        // Still exact for the same set, and the sets of a small fact still share their cases.
        #expect(keyer.caseKey(of: bodies, .set(1 << 57)) == late)
        let score = try #require(ruleSet.schema["score"]).index
        #expect(keyer.caseKey(of: score, .number(10)) == keyer.caseKey(of: score, .number(20)))
        #expect(keyer.caseKey(of: score, .number(10)) != keyer.caseKey(of: score, .number(40)))
    }
}
