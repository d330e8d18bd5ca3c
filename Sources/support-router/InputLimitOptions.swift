import ArgumentParser
import SupportRoutingYAML

/// Bounds on the profiles a command reads, for input from outside the organisation.
struct InputLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Refuse a profile larger than this many bytes.", valueName: "bytes"))
    var maxFileSize = DocumentReader.Limits.standard.maximumBytes

    @Option(help: ArgumentHelp("Refuse a profile nested deeper than this.", valueName: "levels"))
    var maxDepth = DocumentReader.Limits.standard.maximumDepth

    @Option(
        help: ArgumentHelp(
            "Refuse a profile with more values than this, counting each use of an alias.", valueName: "count"))
    var maxValues = DocumentReader.Limits.standard.maximumNodes

    func validate() throws {
        guard maxFileSize > 0, maxDepth > 0, maxValues > 0 else {
            throw ValidationError("--max-file-size, --max-depth and --max-values must be positive")
        }
    }

    /// The limits to read profiles with.
    var limits: DocumentReader.Limits {
        DocumentReader.Limits(maximumBytes: maxFileSize, maximumDepth: maxDepth, maximumNodes: maxValues)
    }
}
