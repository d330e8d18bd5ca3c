import ArgumentParser
import SchoolData
import SupportRouting

/// `support-router capacity --schools DATA`: high-performing schools against schools in need.
struct CapacityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capacity",
        abstract: "Count high-performing schools against schools in need, by phase and area.",
        discussion: """
            NFER's capacity view: for each phase (and area with --by), how many schools are high-performing \
            and how many in need (the mapping's `high_performing` and `in_need` conditions), their ratio, and \
            the median number of high-performing same-phase schools within the radius of each school in \
            need. Schools near an area's edge count partners across it. The last rows are the totals.

            Example:
              support-router capacity --schools Samples/datasets/riverside-area.csv --by la

            \(ExitStatus.plainHelpText)
            """)

    @Option(help: ArgumentHelp("The school dataset: CSV, or JSONL with one object per line.", valueName: "data"))
    var schools: String

    @Option(help: "Group rows by none, la or region as well as phase.")
    var by: Grouping = .none

    enum Grouping: String, ExpressibleByArgument, CaseIterable { case none, la, region }

    @Option(help: "Output format: text, markdown, csv or json.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, csv, json }

    @OptionGroup var datasetArguments: DatasetArguments

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        guard let ruleSet = ruleOptions.load(),
            let options = datasetArguments.options(
                for: schools, ruleSet: ruleSet, limits: ruleOptions.inputLimits.limits)
        else { throw ExitStatus.badInput }
        let columns = options.mapping.columns
        if (by == .la && columns.localAuthority == nil) || (by == .region && columns.region == nil) {
            let key = by == .la ? "local_authority" : "region"
            Console.error(
                "error: --by \(by.rawValue) needs a `\(key)` column, and the mapping \(options.mapping.file) names none"
            )
            throw ExitStatus.badInput
        }
        guard let policy = options.mapping.partners else {
            Console.error(
                "error: the mapping has no `partners` section, so it does not say which schools are high-performing or in need"
            )
            throw ExitStatus.badInput
        }
        guard let dataset = datasetArguments.load(options, ruleSet: ruleSet) else { throw ExitStatus.badInput }
        let table = CapacityTable(
            schools: dataset.schools, finder: PartnerFinder(schools: dataset.schools, policy: policy),
            by: CapacityTable.Grouping(rawValue: by.rawValue) ?? .none)
        switch format {
        case .text: try Console.print(CapacityRenderer.text(table))
        case .markdown: try Console.print(CapacityRenderer.markdown(table))
        case .csv: try Console.print(CapacityRenderer.csv(table))
        case .json: try Console.print(try JSONOutput.encode(table.rows))
        }
    }
}
