import SchoolData
import ShippedRules
import SupportRouting
import SupportRoutingYAML
import Testing

/// `SchoolLookup` keeps one school and the candidates within its reach, not the dataset, and answers exactly
/// as the dataset read whole does: the same school, partner facts and partners, at the policy's radius and others.
struct SchoolLookupTests {
    let ruleSet: RuleSet
    let mapping: DatasetMapping

    init() throws {
        ruleSet = try RuleSetLoader.load(text: EmbeddedRuleSet.england2008.text, file: "england-2008.yaml").get()
        mapping = try MappingLoader.load(text: try HandMadeArea.mapping(), file: "map.yaml", ruleSet: ruleSet).get()
    }

    @Test func onlyTheCandidatesWithinReachAreKept() throws {
        // A high-performing primary too far for Birch, and a high-performing secondary beside it.
        let extra = """
            300009,Far Primary,Primary,470000,470000,Outstanding,Authority B,North,0.9,,yes
            300010,Near Secondary,Secondary,431400,430100,Outstanding,Authority A,North,0.9,,yes

            """
        let folder = try TemporaryFolder()
        let path = try folder.write(HandMadeArea.csv + extra, to: "schools.csv")
        let options = DatasetOptions(path: path, mapping: mapping)
        let birch = try SchoolLookup.find(id: "300002", in: options, ruleSet: ruleSet).get()
        #expect(birch.school?.name == "Birch Primary")
        #expect(birch.finder?.candidates.map(\.id).sorted() == ["300001", "300003"])
        #expect((birch.rows, birch.schools, birch.leftOut, birch.skippedRows) == (10, 10, 0, 0))
        let wider = try SchoolLookup.find(id: "300002", in: options, ruleSet: ruleSet, radius: 100).get()
        #expect(wider.finder?.candidates.map(\.id).sorted() == ["300001", "300003", "300009"])
        let missing = try SchoolLookup.find(id: "999999", in: options, ruleSet: ruleSet).get()
        #expect(missing.school == nil && missing.finder?.candidates.isEmpty == true)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func answersAsTheWholeDatasetDoes(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let folder = try TemporaryFolder()
        let path = try folder.write(Self.area(400, using: &generator), to: "schools.csv")
        let options = DatasetOptions(path: path, mapping: mapping)
        let dataset = try SchoolDataset.load(options, ruleSet: ruleSet).get()
        let policy = try #require(mapping.partners)
        let whole = PartnerFinder(schools: dataset.schools, policy: policy)
        var compared = 0
        for school in dataset.schools.prefix(30) {
            for radius in [nil, 2, 20] as [Double?] {
                let lookup = try SchoolLookup.find(id: school.id, in: options, ruleSet: ruleSet, radius: radius).get()
                let finder = try #require(lookup.finder)
                #expect(lookup.school == school)
                #expect(finder.candidates.count <= whole.candidates.count)
                #expect(
                    mapping.withPartnerFacts(school, finder: finder) == mapping.withPartnerFacts(school, finder: whole))
                let completed = mapping.withPartnerFacts(school, finder: whole)
                let found = finder.partners(for: completed, radius: radius, limit: 1000)
                #expect(
                    found == whole.partners(for: completed, radius: radius, limit: 1000), "\(school.id) \(radius ?? 0)")
                compared += found.count
            }
        }
        #expect(compared > 200, "the area must give partners to compare")
    }

    /// `count` schools in the hand-made area's columns, around two towns a few kilometres across.
    static func area(_ count: Int, using generator: inout SplitMix64) -> String {
        let grades = ["Outstanding", "Good", "Good", "Requires Improvement", "Inadequate", ""]
        let phases = ["Primary", "Primary", "primary", "Secondary", "Special"]
        var text = String(HandMadeArea.csv.prefix { $0 != "\n" }) + "\n"
        for index in 0..<count {
            let town = index % 2 == 0 ? (430_000, 430_000) : (445_000, 431_000)
            let east = town.0 + Int.random(in: -6000...6000, using: &generator)
            let north = town.1 + Int.random(in: -6000...6000, using: &generator)
            let place = Int.random(in: 0..<20, using: &generator) == 0 ? ",," : ",\(east),\(north),"
            let progress = Double(Int.random(in: -150...150, using: &generator)) / 100
            text +=
                "\(500_000 + index),School \(index),\(phases.randomElement(using: &generator)!)\(place)"
                + "\(grades.randomElement(using: &generator)!),Authority A,North,\(progress),,yes\n"
        }
        return text
    }
}
