public import SupportRouting

/// A school from a dataset made ready to answer for: its partner facts counted from the partner
/// search, its profile with each value citing its cell, and its candidate partners within the radius
/// of its phase. What `route --schools` and the server's school pages both answer from.
public struct DatasetSchool: Sendable {
    /// The school, its partner facts filled in.
    public let school: School
    /// The profile the rules answer.
    public let profile: Profile
    /// The partner search's radius for the school's phase, in kilometres; `nil` without a search.
    public let radius: Double?
    /// The candidate partners, best first.
    public let partners: [Partner]
    /// How partners are found; `nil` when the mapping has no partner search.
    public let policy: PartnerPolicy?

    /// `school` from the dataset `file` (named so in citations) with columns `header`, read through
    /// `mapping`, with partners from `finder`.
    public init(_ school: School, mapping: DatasetMapping, finder: PartnerFinder?, file: String, header: [String]) {
        let completed = mapping.withPartnerFacts(school, finder: finder)
        self.school = completed
        profile = mapping.profile(for: completed, file: file, header: header)
        policy = finder?.policy
        radius = finder.map { $0.policy.radius(forPhase: completed.phase) }
        partners = finder.map { $0.partners(for: completed, radius: $0.policy.radius(forPhase: completed.phase)) } ?? []
    }
}
