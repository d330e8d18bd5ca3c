import ArgumentParser
import SupportRoutingYAML

/// Bounds on the YAML and JSON files a command reads (rule files, profiles, rule tests, mappings), for
/// input from outside the organisation.
struct InputLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Refuse a file larger than this many bytes.", valueName: "bytes"))
    var maxFileSize = DocumentReader.Limits.standard.maximumBytes

    @Option(help: ArgumentHelp("Refuse a file nested deeper than this.", valueName: "levels"))
    var maxDepth = DocumentReader.Limits.standard.maximumDepth

    @Option(
        help: ArgumentHelp(
            "Refuse a file with more values than this, counting each use of an alias.", valueName: "count"))
    var maxValues = DocumentReader.Limits.standard.maximumNodes

    @Option(help: ArgumentHelp("Refuse a file with a value or key longer than this.", valueName: "characters"))
    var maxStringLength = DocumentReader.Limits.standard.maximumStringLength

    @Option(
        help: ArgumentHelp(
            "Refuse a rule condition with more terms (comparisons, facts on their own) than this.", valueName: "count"))
    var maxConditionTerms = DocumentReader.Limits.standard.maximumConditionTerms

    func validate() throws {
        guard maxFileSize > 0, maxDepth > 0, maxValues > 0, maxStringLength > 0, maxConditionTerms > 0 else {
            throw ValidationError(
                "--max-file-size, --max-depth, --max-values, --max-string-length and --max-condition-terms must be positive"
            )
        }
    }

    /// The limits to read files with.
    var limits: DocumentReader.Limits {
        DocumentReader.Limits(
            maximumBytes: maxFileSize, maximumDepth: maxDepth, maximumNodes: maxValues,
            maximumStringLength: maxStringLength, maximumConditionTerms: maxConditionTerms)
    }
}
