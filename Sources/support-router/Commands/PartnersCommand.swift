import ArgumentParser
import Foundation
import SchoolData
import SupportRouting
import SupportRoutingRendering

/// `support-router partners --schools DATA --id URN`: high-performing same-phase schools near a school.
struct PartnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partners",
        abstract: "List candidate partner schools for one school of a dataset.",
        discussion: """
            Candidates are schools of the same phase within the radius for which the mapping's \
            `high_performing` condition holds. They are ranked by how many of the school's weak measures \
            they are strong on (the mapping's `measures`), then by distance, and each comes with its reasons.

            Example:
              support-router partners --schools Samples/datasets/riverside-area.csv --id 200002

            \(ExitStatus.plainHelpText)
            """)

    @Option(help: ArgumentHelp("The school dataset: CSV, or JSONL with one object per line.", valueName: "data"))
    var schools: String

    @Option(name: [.long, .customLong("urn")], help: ArgumentHelp("The school's id (URN).", valueName: "id"))
    var id: String

    @Option(
        help: ArgumentHelp(
            "Search radius in km. Default: the mapping's radius for the school's phase.", valueName: "km"))
    var radius: Double?

    @Option(help: ArgumentHelp("How many partners to list. Default: the mapping's limit.", valueName: "n"))
    var limit: Int?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var datasetArguments: DatasetArguments

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        if let radius, !(radius > 0 && radius <= 500) {
            throw ValidationError("--radius must be more than 0 and at most 500")
        }
        if let limit { try InputLimitOptions.check(limit, in: 1...100_000, option: "--limit") }
    }

    func run() throws {
        let (found, finder) = try DatasetLookup.find(
            id: id, in: schools, arguments: datasetArguments, ruleOptions: ruleOptions, radius: radius)
        guard let finder else {
            Console.error(
                "error: the mapping has no `partners` section, so it does not say which schools are high-performing")
            throw ExitStatus.badInput
        }
        let school = found.school
        let searchRadius = self.radius ?? finder.policy.radius(forPhase: school.phase)
        let partners = finder.partners(for: school, radius: searchRadius, limit: limit)
        switch format {
        case .text:
            try Console.print(PartnerText.list(partners, for: school, radius: searchRadius, policy: finder.policy))
        case .json:
            try Console.print(try JSONOutput.encode(PartnerAnswer(school, radius: searchRadius, partners)))
        }
    }
}
