import SchoolData
import SupportRouting
import Testing

extension DatasetLoadingTests {
    /// A row that cannot be read is a problem at its own line and column, and every other row still loads.
    struct RowProblemTests {
        static let mapping = """
            format: 1
            columns: { id: URN, name: Name, latitude: Lat, longitude: Lon }
            facts:
              grade: { column: Grade, values: { Good: good, Outstanding: outstanding } }
              score: { column: Score }
            """

        // Row 1 spans lines 2 and 3, so every later row starts a line further down than its count suggests.
        static let data = """
            URN,Name,Grade,Score,Lat,Lon
            1,"Multi
            line name",Good,10,51.5,-0.1
            2,Two,Excellent,20,51.5,-0.1
            3,Three,Good,101,51.5,-0.1
            ,Four,Good,10,north,-0.1
            5,Five,Outstanding,10,51.5,-0.1

            """

        @Test func eachProblemIsReportedAtItsLineAndColumnAndTheOtherRowsLoad() throws {
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(Self.data, mapping: Self.mapping, in: folder).get()
            let path = folder.path("schools.csv")
            #expect(dataset.schools.map(\.id) == ["1", "5"])
            #expect(dataset.schools.map(\.line) == [2, 7])
            #expect(dataset.schools.first?.name == "Multi\nline name")
            #expect(dataset.rows == 5)
            #expect(dataset.leftOut == 0)
            let problems = dataset.problems.map { ($0.location.file, $0.location.line, $0.location.column, $0.id) }
            #expect(problems.map(\.0) == Array(repeating: path, count: 4))
            #expect(problems.map(\.1) == [4, 5, 6, 6])
            #expect(problems.map(\.2) == [3, 4, 1, 5])
            #expect(problems.map(\.3) == ["unmapped-value", "unmapped-value", "missing-id", "bad-location"])
            #expect(
                dataset.problems.map(\.message) == [
                    "`Excellent` is not one of the texts mapped for `grade` (`Good`, `Outstanding`) (column `Grade`)",
                    "`101` is not a number for `score` (column `Score`)",
                    "the id column `URN` is empty (column `URN`)",
                    "`north` is not a number (column `Lat`)",
                ])
            #expect(dataset.problems.allSatisfy { $0.severity == .error })
        }

        @Test func aRowWithTheWrongNumberOfFieldsIsAProblemToo() throws {
            let data = "URN,Name,Grade,Score,Lat,Lon\n1,One,Good,10,51.5,-0.1\n2,Two,Good\n3,Three,Good,10,51.5,-0.1\n"
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(data, mapping: Self.mapping, in: folder).get()
            #expect(dataset.schools.map(\.id) == ["1", "3"])
            let problem = try #require(dataset.problems.first)
            #expect(dataset.problems.count == 1)
            #expect((problem.id, problem.location.line) == ("wrong-field-count", 3))
            #expect(problem.message == "row has 3 fields but the header has 6")
        }
    }
}
