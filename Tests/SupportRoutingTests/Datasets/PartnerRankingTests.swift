import SchoolData
import SupportRouting
import Testing

extension PartnerSearchTests {
    /// A few schools placed by hand, where the order can be read off: strengths, then distance, then id.
    struct PartnerRankingTests {
        static let centre = GeoPoint(latitude: 53.80, longitude: -1.55)

        /// A school `north` degrees of latitude north of the centre (0.01° is 1.112 km on the mean sphere).
        static func school(
            _ id: String, phase: String, north: Double?, grade: Int, progress: Double?, random: RandomSchools
        ) -> School {
            var values = [FactValue?](repeating: nil, count: random.schema.count)
            values[random.grade] = .enumeration(grade)
            values[random.category] = .enumeration(0)
            return School(
                id: id, name: id, phase: phase,
                location: north.map { GeoPoint(latitude: centre.latitude + $0, longitude: centre.longitude) },
                ofsted: nil, localAuthority: nil, region: nil, line: 2, values: values,
                sources: Array(repeating: .missing, count: random.schema.count), measures: [progress])
        }

        @Test func strengthsComeBeforeDistanceAndIdsBreakTies() throws {
            let random = try RandomSchools()
            let weak = Self.school("S", phase: "Primary", north: 0, grade: 1, progress: -0.8, random: random)
            let schools = [
                weak,
                Self.school("B2", phase: "primary", north: 0.01, grade: 3, progress: 0.9, random: random),
                Self.school("A1", phase: "PRIMARY", north: 0.02, grade: 2, progress: 0.6, random: random),
                Self.school("C3", phase: "Primary", north: 0.005, grade: 2, progress: 0.2, random: random),
                Self.school("A0", phase: "Primary", north: 0.005, grade: 3, progress: nil, random: random),
                Self.school("SEC", phase: "Secondary", north: 0.001, grade: 3, progress: 0.9, random: random),
                Self.school("WEAK", phase: "Primary", north: 0.001, grade: 1, progress: 0.9, random: random),
                Self.school("FAR", phase: "Primary", north: 0.05, grade: 3, progress: 0.9, random: random),
                Self.school("NOWHERE", phase: "Primary", north: nil, grade: 3, progress: 0.9, random: random),
            ]
            let finder = PartnerFinder(
                schools: schools, policy: try random.policy(measures: [RandomSchools.progress]))
            let partners = finder.partners(for: weak)
            #expect(partners.map(\.school.id) == ["B2", "A1", "A0"])
            #expect(abs(partners[0].distance - 1.111951) < 1e-5)
            #expect(abs(partners[1].distance - 2.223902) < 1e-5)
            #expect(partners[0].strengths == [Partner.Strength(measure: "Progress", partner: 0.9, school: -0.8)])
            #expect(partners[2].strengths.isEmpty)
            #expect(finder.partners(for: weak, limit: 10).map(\.school.id) == ["B2", "A1", "A0", "C3"])
            #expect(finder.partners(for: weak, radius: 1).map(\.school.id) == ["A0", "C3"])
            #expect(
                finder.partners(for: weak, radius: 10, limit: 10).map(\.school.id) == ["B2", "A1", "FAR", "A0", "C3"])
            #expect(finder.count(for: weak) == 4)
        }
    }
}
