import Foundation
import SchoolData
import SupportRouting
import Testing

/// Mapping files: what they accept, and each mistake reported at its line with a clear message.
struct MappingTests {
    static func load(_ text: String) throws -> Result<DatasetMapping, DiagnosticList> {
        MappingLoader.load(text: text, file: "map.yaml", ruleSet: try Fixtures.load(Fixtures.rules))
    }

    static let valid = """
        format: 1
        columns:
          id: URN
          name: Name
          phase: Phase
          easting: E
          northing: N
        facts:
          phase: { column: Phase }
          grade:
            column: Grade
            values: { Outstanding: outstanding, Good: good, Requires Improvement: satisfactory }
            blank: null
            otherwise: default
          partner.near: { strong_partners_at_least: 2 }
        assume:
          leader: true
        partners:
          radius_km: { primary: 3, default: 12 }
          high_performing: grade >= good
          in_need: grade <= satisfactory
          measures:
            - { name: Progress, column: P8, better: higher, weak_beyond: -0.5, strong_from: 0.5 }
        """

    @Test func aValidMappingReadsEverySection() throws {
        let mapping = try Self.load(Self.valid).get()
        #expect(mapping.columns.id == "URN")
        #expect(mapping.columns.location == .nationalGrid(easting: "E", northing: "N"))
        #expect(mapping.facts.count == 3)
        guard case .column(let rule) = mapping.facts[1].source else {
            Issue.record("grade should read a column")
            return
        }
        #expect(rule.values["Requires Improvement"] == .value(.enumeration(1)))
        #expect(rule.blank == .unknown)
        #expect(rule.otherwise == .useDefault)
        #expect(mapping.facts[2].source == .strongPartners(atLeast: 2))
        #expect(mapping.assumptions.map(\.value) == [.bool(true)])
        let partners = try #require(mapping.partners)
        #expect(partners.radius(forPhase: "Primary") == 3)
        #expect(partners.radius(forPhase: "Secondary") == 12)
        #expect(partners.highPerforming.text == "grade >= good")
        #expect(partners.measures.first?.isWeak(-0.6) == true)
        #expect(partners.measures.first?.isStrong(0.5) == true)
        #expect(mapping.columnsRead == ["URN", "Name", "Phase", "E", "N", "Grade", "P8"])
    }

    @Test(arguments: [
        (
            "  grade:\n    column: Grade\n    values: { Good: goood }\n", 11,
            "`goood` is not a value of `grade` (inadequate, satisfactory, good, outstanding); did you mean `good`?"
        ),
        ("  graed: { column: Grade }\n", 9, "`graed` is not a fact of the rule set; did you mean `grade`?"),
        ("  leader: { column: L, colour: red }\n", 9, "unknown key `colour` in the mapping of `leader`"),
        ("  leader: {}\n", 9, "the mapping of `leader` needs `column` or `strong_partners_at_least`"),
        (
            "  grade: { strong_partners_at_least: 1 }\n", 9,
            "`grade` is an ordered enum; a partner count makes a bool"
        ),
        (
            "  partner.near: { strong_partners_at_least: 1 }\n", 9,
            "`partner.near` counts partners, so the mapping needs a `partners` section"
        ),
    ])
    func factMistakesAreReportedAtTheirLine(facts: String, line: Int, message: String) throws {
        let text = "format: 1\ncolumns:\n  id: URN\n  easting: E\n  northing: N\n# padding\n\nfacts:\n" + facts
        let list = try #require(try Self.failure(text))
        #expect(list.diagnostics.map(\.message).contains { $0.hasPrefix(message) }, "\(list)")
        #expect(list.diagnostics.first?.location.line == line, "\(list)")
    }

    @Test func conditionsAreTypeCheckedWithTheirColumn() throws {
        let text = Self.valid.replacingOccurrences(
            of: "in_need: grade <= satisfactory", with: "in_need: grade <= satisfactry")
        let list = try #require(try Self.failure(text))
        let diagnostic = try #require(list.diagnostics.first)
        #expect(diagnostic.message.contains("satisfactry"))
        #expect(diagnostic.location.line == 21)
        #expect(diagnostic.location.column == 21)
    }

    @Test func halfALocationIsRefused() throws {
        let list = try #require(try Self.failure("columns:\n  id: URN\n  latitude: LAT\n"))
        #expect(
            list.diagnostics.map(\.message) == [
                "give either `latitude` and `longitude` or `easting` and `northing`, as a pair"
            ])
    }

    @Test func aMissingIdColumnAndAnUnknownSectionAreReported() throws {
        let list = try #require(try Self.failure("columns:\n  name: Name\nfact: {}\n"))
        #expect(
            list.diagnostics.map(\.message).sorted() == [
                "`columns` needs `id`", "unknown key `fact` in the mapping; did you mean `facts`?",
            ])
    }

    @Test func aNewerFormatIsRefusedBeforeItsKeys() throws {
        let list = try #require(try Self.failure("format: 2\ncolumns: { id: URN }\nwhatever: 1\n"))
        #expect(list.diagnostics.count == 1)
        #expect(list.diagnostics.first?.id == "unsupported-format")
    }

    @Test func radiiMustBePositive() throws {
        let text = Self.valid.replacingOccurrences(of: "primary: 3", with: "primary: 0")
        let list = try #require(try Self.failure(text))
        #expect(list.diagnostics.map(\.message) == ["a radius must be more than 0 and at most 500 km"])
    }

    /// Values that would silently switch the partner search off or make it meaningless are refused.
    @Test(arguments: [
        (
            "  radius_km: { primary: 3, default: 12 }\n", "  radius_km: { primary: 3, default: 12 }\n  limit: 0\n",
            "`limit` is a whole number from 1 to 1000, found 0"
        ),
        (
            "partner.near: { strong_partners_at_least: 2 }", "partner.near: { strong_partners_at_least: 1.5 }",
            "`strong_partners_at_least` is a whole number from 1 to 1000, found 1.5"
        ),
        (
            "radius_km: { primary: 3, default: 12 }", "radius_km: { primary: 3, secondry: 8, default: 12 }",
            "`secondry` is not a phase of the rule set (primary, secondary, or `default`); did you mean `secondary`?"
        ),
        (
            "weak_beyond: -0.5, strong_from: 0.5", "weak_beyond: 0.5, strong_from: -0.5",
            "`weak_beyond` (0.5) and `strong_from` (-0.5) overlap: with `better: higher`, a school could be weak and strong at once"
        ),
    ])
    func partnerSettingsThatWouldMisleadAreRefused(old: String, new: String, message: String) throws {
        let text = Self.valid.replacingOccurrences(of: old, with: new)
        #expect(text != Self.valid)
        let list = try #require(try Self.failure(text))
        #expect(list.diagnostics.map(\.message) == [message])
    }

    @Test func aMeasureSaysWhichWayIsBetter() throws {
        let text = Self.valid.replacingOccurrences(of: "better: higher", with: "better: up")
        let list = try #require(try Self.failure(text))
        #expect(list.diagnostics.map(\.message) == ["`better` is `higher` or `lower`, found `up`"])
    }

    @Test func theShippedMappingsLoadAgainstTheShippedRules() throws {
        let ruleSet = try SampleTests.shippedRules()
        for name in ["riverside-area", "eng-schools-2019"] {
            let path = Fixtures.repositoryRoot.appendingPathComponent("Samples/datasets/\(name).map.yaml").path
            let mapping = try MappingLoader.load(contentsOf: path, ruleSet: ruleSet).get()
            #expect(mapping.partners != nil)
            #expect(mapping.countsPartners)
        }
    }

    static func failure(_ text: String) throws -> DiagnosticList? {
        if case .failure(let list) = try load(text) { return list }
        return nil
    }
}
