import ArgumentParser
import SchoolData
import SupportRouting
import SupportRoutingRendering

/// `--schools DATA --id URN`: take a school's profile from a dataset instead of a profile file, with
/// its partner facts from the real geography, and name its partners beside the answer.
struct DatasetSchoolOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Take the school from this dataset (CSV or JSONL) instead of a profile file.", valueName: "data"))
    var schools: String?

    @Option(
        name: [.long, .customLong("urn")], help: ArgumentHelp("The school's id (URN) in --schools.", valueName: "id"))
    var id: String?

    @OptionGroup var datasetArguments: DatasetArguments

    /// Whether the school comes from a dataset.
    var isSelected: Bool { schools != nil }

    /// Refuses contradictory options. A missing profile is refused later, by ``requireSchool(profileCount:)``:
    /// the argument parser reports an unknown option only after validation passes, and `route --bogus`
    /// should name `--bogus`.
    func validate(profileCount: Int) throws {
        switch (schools, id) {
        case (nil, nil): break
        case (_?, _?):
            if profileCount > 0 { throw ValidationError("give either profile files or --schools with --id, not both") }
        case (nil, _?): throw ValidationError("--id needs --schools DATA")
        case (_?, nil): throw ValidationError("--schools needs --id URN to say which school")
        }
    }

    /// Refuses a run with neither a profile nor a school from a dataset.
    func requireSchool(profileCount: Int) throws {
        if schools == nil, id == nil, profileCount == 0 {
            throw ValidationError("give a profile file, or --schools DATA with --id URN")
        }
    }

    /// The school's profile and partners.
    func load(ruleOptions: RuleOptions) throws -> (profile: Profile, ruleSet: RuleSet, partners: PartnerSection?) {
        guard let schools, let id else { throw ExitStatus.badInput }
        let (found, finder) = try DatasetLookup.find(
            id: id, in: schools, arguments: datasetArguments, ruleOptions: ruleOptions)
        let ready = DatasetSchool(
            found.school, mapping: found.options.mapping, finder: finder, file: schools, header: found.header)
        var section: PartnerSection?
        if let radius = ready.radius, let policy = ready.policy {
            section = PartnerSection(school: ready.school, radius: radius, policy: policy, partners: ready.partners)
        }
        return (ready.profile, found.ruleSet, section)
    }
}

/// The partners shown beside an answer taken from a dataset.
struct PartnerSection {
    let school: School
    let radius: Double
    let policy: PartnerPolicy
    let partners: [Partner]

    var text: String { "\n" + PartnerText.list(partners, for: school, radius: radius, policy: policy) }

    var json: PartnerAnswer { PartnerAnswer(school, radius: radius, partners) }
}
