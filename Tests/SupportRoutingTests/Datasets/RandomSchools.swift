import SchoolData
import SupportRouting
import Testing

/// Seeded random schools for the partner search, built directly as `School` values against the mini rule set.
///
/// Schools cluster around three towns, a tenth share an earlier school's place (so distances tie exactly) and a
/// tenth have no place. Phases are written in mixed case, grades and categories are sometimes missing, and measures
/// are sometimes missing or exactly on a threshold.
struct RandomSchools {
    /// The mini rule set's schema, whose `grade` and `category` facts say which schools are high-performing.
    let schema: FactSchema
    let grade: Int
    let category: Int

    init() throws {
        schema = try Fixtures.load(Fixtures.rules).schema
        grade = try #require(schema["grade"]).index
        category = try #require(schema["category"]).index
    }

    static let towns = [
        GeoPoint(latitude: 51.50, longitude: -0.12), GeoPoint(latitude: 53.80, longitude: -1.55),
        GeoPoint(latitude: 51.45, longitude: -2.59),
    ]
    static let phases = ["Primary", "primary", "PRIMARY", "Secondary", "secondary", "Special"]

    /// The radius the test expects for a phase, written out rather than asked of the policy.
    static func radius(forPhase phase: String?) -> Double {
        switch phase?.lowercased() {
        case "primary": 3
        case "secondary": 8
        default: 5
        }
    }

    static let progress = Measure(
        name: "Progress", column: "P8", higherIsBetter: true, weakBeyond: -0.5, strongFrom: 0.5)
    static let absence = Measure(name: "Absence", column: "ABS", higherIsBetter: false, weakBeyond: 10, strongFrom: 5)

    /// The policy: good or better with no category is high-performing; primary 3 km, secondary 8 km, else 5 km.
    func policy(measures: [Measure]) throws -> PartnerPolicy {
        func parse(_ text: String) throws -> Condition {
            try ConditionParser.parse(
                text, schema: schema, at: SupportRouting.SourceLocation(file: "map.yaml", line: 1, column: 1)
            )
            .get()
        }
        return PartnerPolicy(
            radiusByPhase: ["primary": 3, "secondary": 8], defaultRadius: 5, limit: 3,
            highPerforming: try parse("grade >= good and category == none"),
            inNeed: try parse("grade <= satisfactory"), measures: measures)
    }

    /// Whether the test counts a school as high-performing: a known grade of good or better and a known category
    /// of none, worked out from the values rather than by evaluating the condition.
    func isHighPerforming(_ school: School) -> Bool {
        guard case .enumeration(let grade)? = school.values[grade],
            case .enumeration(let category)? = school.values[category]
        else { return false }
        return grade >= 2 && category == 0
    }

    /// `count` schools with unique six-digit ids in shuffled order, so id order is not file order.
    func make(_ count: Int, measures: Int, using random: inout SplitMix64) -> [School] {
        let ids = (0..<count).map { 100_000 + $0 * 7 }.shuffled(using: &random)
        var schools: [School] = []
        for (line, id) in ids.enumerated() {
            var values = [FactValue?](repeating: nil, count: schema.count)
            values[grade] =
                Double.random(in: 0..<1, using: &random) < 0.15 ? nil : .enumeration(.random(in: 0...3, using: &random))
            let roll = Double.random(in: 0..<1, using: &random)
            values[category] = roll < 0.1 ? nil : roll < 0.2 ? .enumeration(1) : .enumeration(0)
            schools.append(
                School(
                    id: "U\(id)", name: "School \(id)", phase: Self.phases.randomElement(using: &random),
                    location: place(after: schools, using: &random), ofsted: nil, localAuthority: nil, region: nil,
                    line: line + 2, values: values, sources: Array(repeating: .missing, count: schema.count),
                    measures: (0..<measures).map { Self.measure($0, using: &random) }))
        }
        return schools
    }

    private func place(after earlier: [School], using random: inout SplitMix64) -> GeoPoint? {
        let roll = Double.random(in: 0..<1, using: &random)
        if roll < 0.1 { return nil }
        if roll < 0.2, let shared = earlier.compactMap(\.location).randomElement(using: &random) { return shared }
        let town = Self.towns.randomElement(using: &random)!
        return GeoPoint(
            latitude: town.latitude + .random(in: -0.08...0.08, using: &random),
            longitude: town.longitude + .random(in: -0.12...0.12, using: &random))
    }

    private static func measure(_ index: Int, using random: inout SplitMix64) -> Double? {
        let roll = Double.random(in: 0..<1, using: &random)
        if roll < 0.2 { return nil }
        let thresholds: [Double] = index == 0 ? [-0.5, 0.5] : [10, 5]
        if roll < 0.3 { return thresholds.randomElement(using: &random) }
        return index == 0 ? .random(in: -1.5...1.5, using: &random) : .random(in: 2...15, using: &random)
    }
}
