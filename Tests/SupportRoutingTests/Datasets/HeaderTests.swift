import SchoolData
import SupportRouting
import Testing

extension DatasetLoadingTests {
    /// A header without a column the mapping reads fails the whole load, before any row, with a did-you-mean.
    struct HeaderTests {
        static let mapping = """
            format: 1
            columns: { id: URN, name: Name }
            facts:
              grade: { column: Grade, values: { Good: good } }
              score: { column: Score }
            """

        @Test func aMissingMappedColumnFailsTheLoadWithASuggestion() throws {
            let folder = try TemporaryFolder()
            let result = try DatasetLoadingTests.load(
                "URN,Name,Grde,Score\n1,One,Good,10\n", mapping: Self.mapping, in: folder)
            guard case .failure(let list) = result else {
                Issue.record("expected the load to fail")
                return
            }
            let diagnostic = try #require(list.diagnostics.first)
            #expect(list.diagnostics.count == 1)
            #expect(diagnostic.id == "unknown-column")
            #expect(
                diagnostic.message
                    == "the mapping reads column `Grade`, which the header does not have; did you mean `Grde`?")
            #expect(
                diagnostic.location
                    == SupportRouting.SourceLocation(file: folder.path("schools.csv"), line: 1, column: 1))
            #expect(diagnostic.notes == ["the mapping is map.yaml"])
        }

        @Test func everyMissingColumnIsReported() throws {
            let folder = try TemporaryFolder()
            let result = try DatasetLoadingTests.load("URN,Title\n1,One\n", mapping: Self.mapping, in: folder)
            guard case .failure(let list) = result else {
                Issue.record("expected the load to fail")
                return
            }
            #expect(list.diagnostics.map(\.id) == ["unknown-column", "unknown-column", "unknown-column"])
            #expect(
                list.diagnostics.map(\.message).sorted() == [
                    "the mapping reads column `Grade`, which the header does not have",
                    "the mapping reads column `Name`, which the header does not have",
                    "the mapping reads column `Score`, which the header does not have",
                ])
        }

        @Test func aMissingDatasetFailsTheLoad() throws {
            let folder = try TemporaryFolder()
            let mapping = try DatasetLoadingTests.mapping(Self.mapping)
            let result = SchoolDataset.load(
                DatasetOptions(path: folder.path("absent.csv"), mapping: mapping), ruleSet: try Fixtures.ruleSet())
            guard case .failure(let list) = result else {
                Issue.record("expected the load to fail")
                return
            }
            #expect(list.diagnostics.map(\.id) == ["cannot-open"])
        }
    }
}
