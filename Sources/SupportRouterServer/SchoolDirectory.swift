import FileSafety
public import Foundation
public import SchoolData
public import SupportRouting
import SupportRoutingYAML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A school dataset loaded whole for the server (`--schools DATA [--map MAP]`): schools found by id
/// or by part of their name, each made ready to route with facts from the data and the partner
/// search, answered with the rule set the mapping was written for.
public final class SchoolDirectory: Sendable {
    /// The rule set the mapping's facts belong to.
    public let ruleSet: RuleSet
    /// The mapping's title, or the dataset's file name.
    public let title: String
    /// The dataset's file name, without its folder: what citations and pages show, so no path of the
    /// server reaches a client.
    public let fileName: String
    /// Every school, in file order.
    public let schools: [School]
    private let mapping: DatasetMapping
    private let header: [String]
    private let finder: PartnerFinder?
    private let positions: [String: Int]
    /// Each school's name, lowercased and without accents, for searching.
    private let searchNames: [String]

    /// Why a dataset cannot be served: each line a message for the server's log.
    public struct LoadError: Error, Sendable {
        /// The messages.
        public let messages: [String]
    }

    private init(
        ruleSet: RuleSet, mapping: DatasetMapping, dataset: SchoolDataset, fileName: String
    ) {
        self.ruleSet = ruleSet
        self.mapping = mapping
        self.fileName = fileName
        title = mapping.title ?? fileName
        schools = dataset.schools
        header = dataset.header
        finder = mapping.partners.map { PartnerFinder(schools: dataset.schools, policy: $0) }
        var positions: [String: Int] = [:]
        for (position, school) in dataset.schools.enumerated() where positions[school.id] == nil {
            positions[school.id] = position
        }
        self.positions = positions
        searchNames = dataset.schools.map { Self.folded($0.name) }
    }

    /// Reads the dataset at `path` through the mapping at `map` (by default the dataset's path with
    /// `.map.yaml` for its extension), for `ruleSet`. Rows with problems are skipped, as `batch` skips
    /// them, and counted in `skipped`.
    public static func load(dataset path: String, map: String?, ruleSet: RuleSet) -> Result<
        (directory: SchoolDirectory, skipped: Int), LoadError
    > {
        switch InputFile.open(path) {
        case .success(let descriptor): close(descriptor)
        case .failure(let problem):
            return .failure(LoadError(messages: ["error: the dataset: " + problem.message(for: path)]))
        }
        let mapPath = map ?? DatasetOptions.defaultMapPath(for: path)
        let mapping: DatasetMapping
        switch MappingLoader.load(contentsOf: mapPath, ruleSet: ruleSet, limits: DocumentReader.Limits()) {
        case .success(let loaded): mapping = loaded
        case .failure(let list): return .failure(LoadError(messages: list.diagnostics.map(\.description)))
        }
        switch SchoolDataset.load(DatasetOptions(path: path, mapping: mapping), ruleSet: ruleSet) {
        case .success(let dataset):
            let name = String(path.split(separator: "/").last ?? "")
            let directory = SchoolDirectory(ruleSet: ruleSet, mapping: mapping, dataset: dataset, fileName: name)
            return .success((directory, dataset.rows - dataset.schools.count - dataset.leftOut))
        case .failure(let list): return .failure(LoadError(messages: list.diagnostics.map(\.description)))
        }
    }

    /// The school with this id.
    public func school(id: String) -> School? { positions[id].map { schools[$0] } }

    /// The school whose id is `query`, or else those whose name contains it (ignoring case and
    /// accents), in file order, at most `limit`.
    public func search(_ query: String, limit: Int = 50) -> [School] {
        let query = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty else { return [] }
        if let school = school(id: query) { return [school] }
        let folded = Self.folded(query)
        return Array(searchNames.indices.lazy.filter { self.searchNames[$0].contains(folded) }.prefix(limit))
            .map { schools[$0] }
    }

    /// `school` with its partner facts, profile and partners.
    public func ready(_ school: School) -> DatasetSchool {
        DatasetSchool(school, mapping: mapping, finder: finder, file: fileName, header: header)
    }

    private static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
