public import SupportRouting

/// A dataset read whole through a mapping: the schools, and the rows that could not be read.
public struct SchoolDataset: Sendable {
    /// The schools, in file order.
    public var schools: [School]
    /// One diagnostic per problem in a row, each at the row's line; those rows are skipped.
    public var problems: [Diagnostic]
    /// Rows the mapping's `keep` rules leave out.
    public var leftOut: Int
    /// Rows read, including those left out or skipped, with each line inside a quote never closed counted
    /// as a row.
    public var rows: Int
    /// The dataset's column names, for citing cells.
    public var header: [String] = []

    /// Reads every row of the dataset; fails only when the file as a whole cannot be read.
    public static func load(
        _ options: DatasetOptions, ruleSet: RuleSet, progress: ((ReadProgress) -> Void)? = nil
    ) -> Result<SchoolDataset, DiagnosticList> {
        var dataset = SchoolDataset(schools: [], problems: [], leftOut: 0, rows: 0)
        let result = SchoolSource.read(options, ruleSet: ruleSet, pass: (1, 1), progress: progress) { outcome in
            dataset.rows += outcome.rows
            switch outcome {
            case .school(let school): dataset.schools.append(school)
            case .leftOut: dataset.leftOut += 1
            case .failed(let problems, _): dataset.problems += problems
            }
        }
        return result.map { header in
            dataset.header = header
            return dataset
        }
    }

    /// The school with this id, if the dataset has it.
    public func school(id: String) -> School? { schools.first { $0.id == id } }
}
