import SchoolData

/// The partner search done the slow way: every school measured against every other, for the finder to agree with.
enum PartnerScan {
    /// One partner as the test compares it: who, how far, and the strengths in the policy's measure order.
    struct Ranked: Equatable, CustomStringConvertible {
        let id: String
        let distance: Double
        let strengths: [Partner.Strength]

        init(id: String, distance: Double, strengths: [Partner.Strength]) {
            self.id = id
            self.distance = distance
            self.strengths = strengths
        }

        init(_ partner: Partner) {
            self.init(id: partner.school.id, distance: partner.distance, strengths: partner.strengths)
        }

        var description: String { "\(id) \(distance) km, \(strengths.count) strengths" }
    }

    /// Every partner of `school` within `radius`, best first, uncut: high-performing (as `isCandidate` says), with a
    /// place, the same phase ignoring case, another id; more strengths first, then nearer, then the lower id.
    static func partners(
        of school: School, among schools: [School], radius: Double, measures: [Measure],
        isCandidate: (School) -> Bool
    ) -> [Ranked] {
        guard let place = school.location else { return [] }
        var found: [Ranked] = []
        for candidate in schools {
            guard isCandidate(candidate), let there = candidate.location,
                candidate.phase?.lowercased() == school.phase?.lowercased(), candidate.id != school.id
            else { continue }
            let distance = place.distance(to: there)
            guard distance <= radius else { continue }
            var strengths: [Partner.Strength] = []
            for (index, measure) in measures.enumerated() {
                guard let mine = school.measures[index], let theirs = candidate.measures[index] else { continue }
                if measure.isWeak(mine) && measure.isStrong(theirs) {
                    strengths.append(Partner.Strength(measure: measure.name, partner: theirs, school: mine))
                }
            }
            found.append(Ranked(id: candidate.id, distance: distance, strengths: strengths))
        }
        return found.sorted { a, b in
            if a.strengths.count != b.strengths.count { return a.strengths.count > b.strengths.count }
            if a.distance != b.distance { return a.distance < b.distance }
            return a.id < b.id
        }
    }
}
