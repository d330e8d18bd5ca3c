import Foundation
import SupportRouting
import Testing

/// `diff` between versions whose facts changed shape: enum values added or renamed, ranges changed.
struct DiffTests {
    static let shipped = AuditCommandTests.shipped

    private func compare(_ changed: String) throws -> RuleSetDiff.Result {
        let old = try Fixtures.load(Self.shipped, file: "old.yaml")
        let new = try Fixtures.load(changed, file: "new.yaml")
        return RuleSetDiff.compare(old, new)
    }

    @Test func anAddedEnumValueChangesNothingForProfilesBothVersionsAccept() throws {
        let changed = Self.shipped.replacingOccurrences(
            of: "values: [none, notice_to_improve, special_measures]",
            with: "values: [none, notice_to_improve, serious_weaknesses, special_measures]")
        let result = try compare(changed)
        #expect(result.changes.isEmpty)
        #expect(
            result.notes.contains(
                "value `serious_weaknesses` of `ofsted.category` is only in the new rules; profiles with it are not compared"
            ))
    }

    @Test func aRenamedEnumValueIsNotMistakenForARouteChange() throws {
        let changed = Self.shipped.replacingOccurrences(of: "notice_to_improve", with: "nti")
        let result = try compare(changed)
        #expect(result.changes.isEmpty)
        #expect(
            result.notes.contains(
                "value `notice_to_improve` of `ofsted.category` is only in the old rules; profiles with it are not compared"
            ))
    }

    @Test func aChangedRangeIsComparedAsOneFact() throws {
        let changed = Self.shipped.replacingOccurrences(
            of: "    min: 0\n    max: 100\n", with: "    min: 0\n    max: 120\n")
        #expect(changed != Self.shipped)
        let result = try compare(changed)
        #expect(result.changes.isEmpty)
        #expect(
            result.notes.contains("the range of `attainment.gcse_5ac_percent` changed; compared over the new range"))
    }

    @Test func aStartAtForANewValueOnlyMovesProfilesWithIt() throws {
        // Order comparisons on a changed enum become sets of values, so they stay exact.
        var changed = Self.shipped.replacingOccurrences(
            of: "values: [none, notice_to_improve, special_measures]",
            with: "values: [none, notice_to_improve, serious_weaknesses, special_measures]")
        changed = changed.replacingOccurrences(
            of: "    if: ofsted.category == notice_to_improve\n",
            with: "    if: ofsted.category in [notice_to_improve, serious_weaknesses]\n")
        let result = try compare(changed)
        #expect(result.changes.isEmpty)
    }
}
