import ArgumentParser
import FileSafety
import Foundation
import SchoolData
import SupportRouting
import SupportRoutingYAML

/// The options that name a school dataset and its mapping, shared by `partners`, `capacity` and `route`.
struct DatasetArguments: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The mapping (YAML) that says how the dataset's columns become schools and facts.",
            discussion: "Default: the dataset's path with its extension replaced by .map.yaml.",
            valueName: "file"))
    var map: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The file to join on the school's id, instead of the mapping's join.file.", valueName: "file"))
    var join: String?

    @Option(name: .long, help: ArgumentHelp("Read at most this many rows of the dataset.", valueName: "n"))
    var maxRows: Int?

    @Option(
        name: .long,
        help: ArgumentHelp("Refuse a dataset row longer than this many bytes (the row is skipped).", valueName: "bytes")
    )
    var maxRecordSize = TableReadOptions().maximumRecordBytes

    func validate() throws {
        if let maxRows { try InputLimitOptions.check(maxRows, in: Self.allowedRows, option: "--max-rows") }
        try InputLimitOptions.check(maxRecordSize, in: Self.allowedRecordSize, option: "--max-record-size")
    }

    /// Wide enough for any real dataset; narrow enough that no count or buffer size can overflow.
    static let allowedRows = 1...1_000_000_000_000
    /// See ``allowedRows``.
    static let allowedRecordSize = 1...(1 << 30)

    /// The mapping's path for `dataset`.
    func mapPath(for dataset: String) -> String { map ?? DatasetOptions.defaultMapPath(for: dataset) }

    /// Why a dataset must be a regular file.
    private static let readTwice = "partners and batch read it twice"

    /// The dataset's options with its mapping loaded, or the mapping's mistakes printed.
    func options(for dataset: String, ruleSet: RuleSet, limits: DocumentReader.Limits) -> DatasetOptions? {
        let path = mapPath(for: dataset)
        guard dataset != "-" else {
            Console.error("error: a dataset is read from a file, not standard input: \(Self.readTwice)")
            return nil
        }
        switch InputFile.open(dataset) {
        case .success(let descriptor): close(descriptor)
        case .failure(.missing):
            Console.error("error: no such dataset file `\(dataset)`")
            return nil
        case .failure(.folder):
            Console.error("error: no such dataset file `\(dataset)` (it is a folder)")
            return nil
        case .failure(.notRegular(let kind)):
            Console.error(
                "error: `\(dataset)` is \(kind), not a regular file: a dataset is read from a file, not a stream: \(Self.readTwice)"
            )
            return nil
        case .failure(let problem):
            Console.error("error: \(problem.message(for: dataset))")
            return nil
        }
        if map == nil, !FileManager.default.fileExists(atPath: path) {
            Console.error("error: no mapping given and no `\(path)` beside the dataset; pass --map FILE")
            return nil
        }
        switch MappingLoader.load(contentsOf: path, ruleSet: ruleSet, limits: limits) {
        case .success(let mapping):
            return DatasetOptions(
                path: dataset, mapping: mapping, joinPath: join, maximumRows: maxRows, maximumRecordBytes: maxRecordSize
            )
        case .failure(let list):
            Console.report(list)
            return nil
        }
    }

    /// The whole dataset, with its row problems reported, or `nil` after reporting why it cannot be read.
    func load(_ options: DatasetOptions, ruleSet: RuleSet) -> SchoolDataset? {
        let bar = ProgressBar(label: "reading \(options.path)")
        let result = SchoolDataset.load(options, ruleSet: ruleSet, progress: bar.update)
        bar.finish()
        switch result {
        case .success(let dataset):
            Console.reportSkippedRows(
                dataset.problems, skippedRows: dataset.rows - dataset.schools.count - dataset.leftOut)
            return dataset
        case .failure(let list):
            Console.report(list)
            return nil
        }
    }
}
