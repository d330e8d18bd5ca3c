import SchoolData
import SupportRouting

/// Finding one school in a dataset, and the partner search around it (`DatasetSchool` counts its partner
/// facts).
enum DatasetLookup {
    /// A school found by id, as the dataset gives it (its partner facts not yet counted), and what
    /// routing it needs.
    struct Found {
        let school: School
        let ruleSet: RuleSet
        /// The dataset's column names, for citing cells.
        let header: [String]
        let options: DatasetOptions
    }

    /// The school with `id`, or an error printed and a bad-input exit. The dataset is streamed, keeping only
    /// the school and the candidates within `radius` (or the policy's radius for its phase) of it.
    static func find(
        id: String, in path: String, arguments: DatasetArguments, ruleOptions: RuleOptions, radius: Double? = nil
    ) throws -> (Found, PartnerFinder?) {
        guard let ruleSet = ruleOptions.load(),
            let options = arguments.options(for: path, ruleSet: ruleSet, limits: ruleOptions.inputLimits.limits)
        else { throw ExitStatus.badInput }
        let bar = ProgressBar(label: "reading \(path)")
        let result = SchoolLookup.find(id: id, in: options, ruleSet: ruleSet, radius: radius, progress: bar.update)
        bar.finish()
        let lookup: SchoolLookup
        switch result {
        case .success(let found): lookup = found
        case .failure(let list):
            Console.report(list)
            throw ExitStatus.badInput
        }
        Console.reportSkippedRows(lookup.problems, skippedRows: lookup.skippedRows)
        guard let school = lookup.school else {
            var notes = ["\(lookup.schools) school\(lookup.schools == 1 ? "" : "s") read"]
            func rows(_ count: Int) -> String { "\(count) row\(count == 1 ? "" : "s")" }
            if lookup.leftOut > 0 { notes.append("\(rows(lookup.leftOut)) left out by the mapping's `keep`") }
            if lookup.skippedRows > 0 { notes.append("\(rows(lookup.skippedRows)) skipped with problems") }
            Console.error("error: no school with id `\(id)` in \(path) (\(notes.joined(separator: ", ")))")
            throw ExitStatus.badInput
        }
        return (Found(school: school, ruleSet: ruleSet, header: lookup.header, options: options), lookup.finder)
    }
}
