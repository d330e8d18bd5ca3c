import SupportRouting

/// Finds high-performing schools of the same phase near a school, through a spatial index built once.
/// A class, so the searches that capture it share it rather than copy its arrays.
///
/// Candidates are ranked by how many of the school's weak measures they are strong on, then by
/// distance: within the radius, a partner strong where the school is weak is worth a longer journey.
public final class PartnerFinder: Sendable {
    /// The high-performing schools with a place, which are the only ones offered as partners.
    public let candidates: [School]
    /// How partners are found.
    public let policy: PartnerPolicy
    /// One index per phase, since a search never wants another phase's schools; each answers with
    /// positions in its own list, which `members` turns into positions in `candidates`.
    private let indexes: [NearbyIndex]
    private let members: [[Int]]
    private let codesByPhase: [String: Int]
    /// Each candidate's row, so a school is told from itself by a number first and by its id only when
    /// the rows match.
    private let lines: [Int]
    /// Each candidate's measures, row after row, NaN where the data has none: plain numbers, so the
    /// search reads them without touching the schools.
    private let measureTable: [Double]

    /// Indexes the schools that the policy's `high_performing` condition holds for and that have a place.
    /// Candidates keep who and where they are, their measures and their row, not their facts, so a
    /// million-row dataset's index stays small.
    public convenience init(schools: [School], policy: PartnerPolicy) {
        self.init(
            candidates: schools.compactMap { policy.admits($0) ? $0.asCandidate : nil }, policy: policy)
    }

    /// Indexes schools already admitted and slimmed with ``School/asCandidate``.
    init(candidates: [School], policy: PartnerPolicy) {
        var codes: [String: Int] = [:]
        var members: [[Int]] = []
        for (position, school) in candidates.enumerated() {
            let phase = school.phase?.lowercased() ?? ""
            let code = codes[phase] ?? members.count
            if code == members.count {
                codes[phase] = code
                members.append([])
            }
            members[code].append(position)
        }
        var written = codes
        // Each phase as the candidates write it finds its code without lowercasing, so a batch allocates
        // nothing per row for it; the lowercased key still serves other spellings.
        for school in candidates {
            if let phase = school.phase, written[phase] == nil { written[phase] = codes[phase.lowercased()] }
        }
        codesByPhase = written
        lines = candidates.map(\.line)
        measureTable = candidates.flatMap { school in policy.measures.indices.map { school.measures[$0] ?? .nan } }
        self.members = members
        self.candidates = candidates
        self.policy = policy
        indexes = zip(codes.keys, codes.values).sorted { $0.1 < $1.1 }.map { phase, code in
            NearbyIndex(
                points: members[code].map { candidates[$0].location! },
                typicalRadiusKilometres: policy.radius(forPhase: phase))
        }
    }

    /// The partners for `school`, best first; none when the school has no place. A school is never its
    /// own partner: a candidate with the school's row and id is passed over.
    ///
    /// - Parameters:
    ///   - radius: kilometres; the policy's radius for the school's phase when `nil`.
    ///   - limit: how many to return; the policy's limit when `nil`.
    public func partners(for school: School, radius: Double? = nil, limit: Int? = nil) -> [Partner] {
        guard let place = school.location, let phase = phaseCode(of: school) else { return [] }
        // Rank light entries and build partners for the few kept only: an area can hold hundreds.
        var found: [(position: Int, distance: Double, strengths: Int)] = []
        let positions = members[phase]
        indexes[phase].forEach(within: radius ?? policy.radius(forPhase: school.phase), of: place) { member, distance in
            let position = positions[member]
            guard !isSelf(position, school) else { return }
            found.append((position, distance, strengthCount(of: position, for: school)))
        }
        let kept = max(0, limit ?? policy.limit)
        let ranked =
            found.count <= kept ? found.sorted(by: ranksBefore) : Array(found.sorted(by: ranksBefore).prefix(kept))
        return ranked.map { entry in
            let candidate = candidates[entry.position]
            return Partner(
                school: candidate, distance: entry.distance, strengths: strengths(of: candidate, for: school))
        }
    }

    /// More strengths first, then nearer, then the lower id, so the order never depends on the index.
    private func ranksBefore(
        _ a: (position: Int, distance: Double, strengths: Int), _ b: (position: Int, distance: Double, strengths: Int)
    ) -> Bool {
        if a.strengths != b.strengths { return a.strengths > b.strengths }
        if a.distance != b.distance { return a.distance < b.distance }
        return candidates[a.position].id < candidates[b.position].id
    }

    private func strengthCount(of position: Int, for school: School) -> Int {
        let measures = policy.measures
        guard !measures.isEmpty else { return 0 }
        var count = 0
        for index in measures.indices {
            let theirs = measureTable[position * measures.count + index]
            if let mine = school.measures[index], !theirs.isNaN, measures[index].isWeak(mine),
                measures[index].isStrong(theirs)
            {
                count += 1
            }
        }
        return count
    }

    /// How many high-performing schools of the school's phase are within its radius, counting no
    /// further than `limit`, since routing only asks whether there are at least so many.
    public func count(for school: School, upTo limit: Int = .max) -> Int {
        guard let place = school.location, let phase = phaseCode(of: school), limit > 0 else { return 0 }
        var count = 0
        do {
            let positions = members[phase]
            try indexes[phase].forEach(within: policy.radius(forPhase: school.phase), of: place) {
                (member, _) throws(EnoughFound) in
                guard !isSelf(positions[member], school) else { return }
                count += 1
                if count >= limit { throw EnoughFound() }
            }
        } catch {}
        return count
    }

    private struct EnoughFound: Error {}

    private func isSelf(_ position: Int, _ school: School) -> Bool {
        lines[position] == school.line && candidates[position].id == school.id
    }

    private func phaseCode(of school: School) -> Int? {
        guard let phase = school.phase else { return codesByPhase[""] }
        return codesByPhase[phase] ?? codesByPhase[phase.lowercased()]
    }

    private func strengths(of candidate: School, for school: School) -> [Partner.Strength] {
        policy.measures.indices.compactMap { index in
            let measure = policy.measures[index]
            guard let mine = school.measures[index], let theirs = candidate.measures[index], measure.isWeak(mine),
                measure.isStrong(theirs)
            else { return nil }
            return Partner.Strength(measure: measure.name, partner: theirs, school: mine)
        }
    }
}

extension School {
    /// The school as a partner candidate: its facts and area dropped, which the search never reads.
    var asCandidate: School {
        var slim = self
        slim.values = []
        slim.sources = []
        slim.localAuthority = nil
        slim.region = nil
        return slim
    }
}

extension PartnerPolicy {
    /// Whether a school can be offered as a partner: it has a place and is high-performing.
    func admits(_ school: School) -> Bool {
        school.location != nil && highPerformingTest.evaluate(school.values) == .yes
    }
}
