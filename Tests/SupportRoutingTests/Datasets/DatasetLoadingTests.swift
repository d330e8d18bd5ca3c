import SchoolData
import SupportRouting
import Testing

/// Groups the suites that read whole datasets through a mapping, so `swift test --filter DatasetLoadingTests` runs
/// exactly them. Every dataset is written to a temporary folder and read against the mini rule set.
enum DatasetLoadingTests {
    /// The mapping in `mapping`, checked against the mini rule set.
    static func mapping(_ mapping: String) throws -> DatasetMapping {
        try MappingLoader.load(text: mapping, file: "map.yaml", ruleSet: try Fixtures.ruleSet()).get()
    }

    /// Writes `data` to `name` in `folder` and reads it whole through `mapping`.
    static func load(
        _ data: String, mapping: String, name: String = "schools.csv", in folder: TemporaryFolder
    ) throws -> Result<SchoolDataset, DiagnosticList> {
        let path = try folder.write(data, to: name)
        return SchoolDataset.load(
            DatasetOptions(path: path, mapping: try Self.mapping(mapping)), ruleSet: try Fixtures.ruleSet())
    }

    /// The slot of a fact of the mini rule set.
    static func slot(_ name: String) throws -> Int {
        try #require(try Fixtures.ruleSet().schema[name]).index
    }

    /// The value of fact `name` for the school with `id`.
    static func value(_ name: String, of id: String, in dataset: SchoolDataset) throws -> FactValue? {
        try #require(dataset.school(id: id), "no school \(id)").values[try slot(name)]
    }

    /// Where the value of fact `name` for the school with `id` came from.
    static func source(_ name: String, of id: String, in dataset: SchoolDataset) throws -> ValueSource {
        try #require(dataset.school(id: id), "no school \(id)").sources[try slot(name)]
    }
}
