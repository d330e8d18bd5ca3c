import SchoolData
import SupportRouting

/// Finding one school in a dataset, with its partner facts filled in.
enum DatasetLookup {
    /// A school found by id, and what routing it needs.
    struct Found {
        let school: School
        let ruleSet: RuleSet
        let dataset: SchoolDataset
        let options: DatasetOptions
    }

    /// The school with `id`, or an error printed and a bad-input exit.
    static func find(id: String, in path: String, arguments: DatasetArguments, ruleOptions: RuleOptions) throws -> (
        Found, PartnerFinder?
    ) {
        guard let ruleSet = ruleOptions.load(),
            let options = arguments.options(for: path, ruleSet: ruleSet, limits: ruleOptions.inputLimits.limits),
            let dataset = arguments.load(options, ruleSet: ruleSet)
        else { throw ExitStatus.badInput }
        guard let school = dataset.school(id: id) else {
            var notes = ["\(dataset.schools.count) school\(dataset.schools.count == 1 ? "" : "s") read"]
            func rows(_ count: Int) -> String { "\(count) row\(count == 1 ? "" : "s")" }
            if dataset.leftOut > 0 { notes.append("\(rows(dataset.leftOut)) left out by the mapping's `keep`") }
            let skipped = Set(dataset.problems.map(\.location.line)).count
            if skipped > 0 { notes.append("\(rows(skipped)) skipped with problems") }
            Console.error("error: no school with id `\(id)` in \(path) (\(notes.joined(separator: ", ")))")
            throw ExitStatus.badInput
        }
        let finder = options.mapping.partners.map { PartnerFinder(schools: dataset.schools, policy: $0) }
        let completed = options.mapping.withPartnerFacts(school, finder: finder)
        return (Found(school: completed, ruleSet: ruleSet, dataset: dataset, options: options), finder)
    }
}
