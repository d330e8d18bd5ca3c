public import SupportRouting

extension DatasetMapping {
    /// The school with its partner-counting facts set from `finder`, which is how the local-family rung
    /// comes to use real geography. The value cites the mapping entry that counts partners.
    public func withPartnerFacts(_ school: School, finder: PartnerFinder?) -> School {
        var school = school
        fillPartnerFacts(of: &school, finder: finder)
        return school
    }

    /// Sets the school's partner-counting facts from `finder` in place, as ``withPartnerFacts(_:finder:)``
    /// does, without copying the school's values.
    public func fillPartnerFacts(of school: inout School, finder: PartnerFinder?) {
        var most: Int?
        for mapped in facts {
            if case .strongPartners(let least) = mapped.source { most = max(most ?? least, least) }
        }
        guard let finder, let most else { return }
        // Without a place nothing can be said about what is near: the fact stays unknown, so the
        // answer shows what it would decide rather than assume no partner.
        let found = school.location == nil ? nil : finder.count(for: school, upTo: most)
        for (position, mapped) in facts.enumerated() {
            guard case .strongPartners(let least) = mapped.source else { continue }
            guard let found else {
                school.values[mapped.fact] = nil
                school.sources[mapped.fact] = .missing
                continue
            }
            school.values[mapped.fact] = .bool(found >= least)
            school.sources[mapped.fact] = .counted(mapping: position)
        }
    }

    /// Whether any fact counts partners, so routing needs the partner search.
    public var countsPartners: Bool { facts.contains { $0.source.column == nil } }

    /// The school's profile for the engine and its explanations, each value citing its place: the
    /// cell (`file:line:column`) or the mapping entry that set it.
    public func profile(for school: School, file: String, header: [String]) -> Profile {
        let origins = school.sources.map { source -> Profile.Origin in
            switch source {
            case .defaulted: return .defaulted
            case .missing: return .missing
            case .derived: return .derived
            case .cell(let position):
                return .given(cellLocation(facts[position], school: school, file: file, header: header))
            case .unknownCell(let position):
                return .unknown(cellLocation(facts[position], school: school, file: file, header: header))
            case .assumed(let position): return .given(assumptions[position].location)
            case .counted(let position): return .given(facts[position].location)
            }
        }
        return Profile(
            file: "\(file):\(school.line)", name: school.name, story: nil, expectation: nil, values: school.values,
            origins: origins)
    }

    private func cellLocation(_ mapped: FactMapping, school: School, file: String, header: [String]) -> SourceLocation {
        let column = mapped.source.column.flatMap { header.firstIndex(of: $0) }.map { $0 + 1 } ?? 1
        return SourceLocation(file: file, line: school.line, column: column)
    }
}
