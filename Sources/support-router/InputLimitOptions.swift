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
        typealias Limits = DocumentReader.Limits
        try Self.check(maxFileSize, in: Limits.allowedBytes, option: "--max-file-size")
        try Self.check(maxDepth, in: Limits.allowedDepth, option: "--max-depth")
        try Self.check(maxValues, in: Limits.allowedNodes, option: "--max-values")
        try Self.check(maxStringLength, in: Limits.allowedStringLength, option: "--max-string-length")
        try Self.check(maxConditionTerms, in: Limits.allowedConditionTerms, option: "--max-condition-terms")
    }

    /// Refuses a value outside `range`, naming the range, so no limit can overflow the arithmetic on it.
    static func check(_ value: Int, in range: ClosedRange<Int>, option: String) throws {
        guard range.contains(value) else {
            throw ValidationError("\(option) must be from \(range.lowerBound) to \(range.upperBound), not \(value)")
        }
    }

    /// The limits to read files with.
    var limits: DocumentReader.Limits {
        DocumentReader.Limits(
            maximumBytes: maxFileSize, maximumDepth: maxDepth, maximumNodes: maxValues,
            maximumStringLength: maxStringLength, maximumConditionTerms: maxConditionTerms)
    }
}
