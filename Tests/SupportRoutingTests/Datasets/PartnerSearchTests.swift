import SchoolData
import SupportRouting
import Testing

/// `PartnerFinder` must answer exactly as a scan of every school does: the same partners, distances, strengths
/// and order, for every school of seeded random datasets, at the policy's radius and at others.
struct PartnerSearchTests {
    static let seeds: [UInt64] = [1, 2, 3, 17, 2024]

    @Test(arguments: seeds, [0, 2])
    func partnersAgreeWithAScan(seed: UInt64, measureCount: Int) throws {
        let random = try RandomSchools()
        var generator = SplitMix64(seed: seed)
        let schools = random.make(300, measures: measureCount, using: &generator)
        let measures = Array([RandomSchools.progress, RandomSchools.absence].prefix(measureCount))
        let finder = PartnerFinder(schools: schools, policy: try random.policy(measures: measures))
        var mismatches: [String] = []
        var (nonEmpty, cut, reordered) = (0, 0, 0)
        for school in schools {
            for radius in [nil, 0.5, 2, 6, 25] as [Double?] {
                let all = PartnerScan.partners(
                    of: school, among: schools, radius: radius ?? RandomSchools.radius(forPhase: school.phase),
                    measures: measures, isCandidate: random.isHighPerforming)
                if !all.isEmpty { nonEmpty += 1 }
                if all.map(\.distance) != all.map(\.distance).sorted() { reordered += 1 }
                for limit in [nil, 1, 3, 1000] as [Int?] {
                    let expected = Array(all.prefix(limit ?? 3))
                    if all.count > expected.count { cut += 1 }
                    let found = finder.partners(for: school, radius: radius, limit: limit).map(PartnerScan.Ranked.init)
                    if found != expected {
                        let query = "radius \(radius?.description ?? "policy"), limit \(limit?.description ?? "policy")"
                        mismatches.append("\(school.id), \(query): found \(found), expected \(expected)")
                    }
                }
            }
        }
        #expect(mismatches.count == 0, "\(mismatches.prefix(3).joined(separator: "\n"))")
        // The data must exercise the search: partners found, lists cut by the limit, and with measures, a farther
        // partner ranked above a nearer one.
        #expect(nonEmpty > 100)
        #expect(cut > 100)
        #expect(measureCount == 0 ? reordered == 0 : reordered > 0)
    }

    @Test(arguments: seeds)
    func countsAgreeWithAScanAtThePolicyRadius(seed: UInt64) throws {
        let random = try RandomSchools()
        var generator = SplitMix64(seed: seed)
        let schools = random.make(300, measures: 1, using: &generator)
        let finder = PartnerFinder(schools: schools, policy: try random.policy(measures: [RandomSchools.progress]))
        var counted = 0
        for school in schools {
            let all = PartnerScan.partners(
                of: school, among: schools, radius: RandomSchools.radius(forPhase: school.phase),
                measures: [RandomSchools.progress], isCandidate: random.isHighPerforming)
            counted += all.count
            for upTo in [0, 1, 2, 5, Int.max] {
                #expect(finder.count(for: school, upTo: upTo) == min(all.count, upTo), "\(school.id) up to \(upTo)")
            }
        }
        #expect(counted > 100)
    }

    @Test func onlyHighPerformingSchoolsWithAPlaceAreCandidates() throws {
        let random = try RandomSchools()
        var generator = SplitMix64(seed: 99)
        let schools = random.make(300, measures: 0, using: &generator)
        let finder = PartnerFinder(schools: schools, policy: try random.policy(measures: []))
        let expected = schools.filter { random.isHighPerforming($0) && $0.location != nil }.map(\.id)
        #expect(finder.candidates.map(\.id) == expected)
        // Schools with a missing grade or category are in the data but never candidates.
        #expect(schools.contains { $0.values[random.grade] == nil || $0.values[random.category] == nil })
    }
}
