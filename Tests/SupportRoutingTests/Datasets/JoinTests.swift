import SchoolData
import SupportRouting
import Testing

extension DatasetLoadingTests {
    /// A joined file supplies columns the dataset lacks, matched on the school's id and found from the dataset's
    /// own folder.
    struct JoinTests {
        static func mapping(joining file: String) -> String {
            """
            format: 1
            columns: { id: URN, name: Name, local_authority: la_name }
            join:
              file: \(file)
              id: school_urn
              columns: [la_name, Dept]
            facts:
              dept: { column: Dept }
            """
        }

        static let data = "URN,Name\n1,One\n2,Two\n3,Three\n"
        static let lookup = "Other,school_urn,Dept,la_name\nx,2,maths,Leeds\ny,1,science,Camden\nz,9,art,York\n"

        @Test func aJoinedFileIsFoundFromTheDatasetsFolderAndMatchedOnId() throws {
            let folder = try TemporaryFolder()
            try folder.write(Self.lookup, to: "data/lookup/la.csv")
            let path = try folder.write(Self.data, to: "data/schools.csv")
            let options = DatasetOptions(
                path: path, mapping: try DatasetLoadingTests.mapping(Self.mapping(joining: "lookup/la.csv")))
            #expect(options.resolvedJoinPath == folder.path("data/lookup/la.csv"))
            let dataset = try SchoolDataset.load(options, ruleSet: try Fixtures.ruleSet()).get()
            #expect(dataset.problems.isEmpty, "\(dataset.problems)")
            #expect(dataset.schools.map(\.localAuthority) == ["Camden", "Leeds", nil])
            #expect(try DatasetLoadingTests.value("dept", of: "1", in: dataset) == .string("science"))
            #expect(try DatasetLoadingTests.value("dept", of: "2", in: dataset) == .string("maths"))
            #expect(try DatasetLoadingTests.value("dept", of: "3", in: dataset) == nil, "no joined row: blank")
            #expect(try DatasetLoadingTests.source("dept", of: "1", in: dataset) == .cell(mapping: 0))
        }

        @Test func theJoinedFileCanBeGivenInstead() throws {
            let folder = try TemporaryFolder()
            let other = try folder.write("school_urn,la_name,Dept\n3,Bristol,music\n", to: "elsewhere/other.csv")
            let path = try folder.write(Self.data, to: "data/schools.csv")
            let mapping = try DatasetLoadingTests.mapping(Self.mapping(joining: "lookup/missing.csv"))
            let dataset = try SchoolDataset.load(
                DatasetOptions(path: path, mapping: mapping, joinPath: other), ruleSet: try Fixtures.ruleSet()
            ).get()
            #expect(dataset.schools.map(\.localAuthority) == [nil, nil, "Bristol"])
        }

        @Test func aMissingJoinedFileFailsTheLoadAndSaysWhereTheJoinIs() throws {
            let folder = try TemporaryFolder()
            let path = try folder.write(Self.data, to: "data/schools.csv")
            let mapping = try DatasetLoadingTests.mapping(Self.mapping(joining: "lookup/missing.csv"))
            let result = SchoolDataset.load(
                DatasetOptions(path: path, mapping: mapping), ruleSet: try Fixtures.ruleSet())
            guard case .failure(let list) = result else {
                Issue.record("expected the load to fail")
                return
            }
            let missing = folder.path("data/lookup/missing.csv")
            #expect(list.diagnostics.map(\.id).sorted() == ["cannot-open", "join"])
            #expect(
                list.diagnostics.contains {
                    $0.message == "cannot open `\(missing)`: No such file or directory" && $0.severity == .error
                }, "\(list)")
            // The note points at the mapping's `join` section, on line 4 of the mapping.
            #expect(list.diagnostics.first { $0.id == "join" }?.location.line == 4)
        }

        @Test func aJoinedFileWithoutAJoinedColumnFailsWithADidYouMean() throws {
            let folder = try TemporaryFolder()
            try folder.write("school_urn,la_name,Depts\n1,Camden,x\n", to: "data/lookup/la.csv")
            let path = try folder.write(Self.data, to: "data/schools.csv")
            let mapping = try DatasetLoadingTests.mapping(Self.mapping(joining: "lookup/la.csv"))
            let result = SchoolDataset.load(
                DatasetOptions(path: path, mapping: mapping), ruleSet: try Fixtures.ruleSet())
            guard case .failure(let list) = result else {
                Issue.record("expected the load to fail")
                return
            }
            #expect(list.diagnostics.map(\.id) == ["unknown-column"])
            #expect(
                list.diagnostics.first?.message
                    == "the mapping joins on column `Dept`, which `\(folder.path("data/lookup/la.csv"))` does not have; did you mean `Depts`?"
            )
        }
    }
}
