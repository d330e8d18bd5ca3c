import SchoolData
import SupportRouting
import Testing

extension DatasetLoadingTests {
    /// A school's id names one row: a later row with the same id is a problem that names both lines, and is
    /// skipped, so every answer stands for one row.
    struct DuplicateIdTests {
        static let mapping = """
            format: 1
            columns: { id: URN, name: Name }
            keep:
              Status: [open]
            facts:
              grade: { column: Grade, values: { Good: good, Outstanding: outstanding } }
            """

        @Test func aRepeatedIdIsAProblemNamingBothLines() throws {
            let data = """
                URN,Name,Grade,Status
                100001,First,Good,open
                100002,Second,Good,open
                100001,Again,Outstanding,open
                100002,Closed twin,Good,closed
                100003,Bad grade,Excellent,open
                100003,Third,Good,open
                100001,Once more,Good,open

                """
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(data, mapping: Self.mapping, in: folder).get()
            // A row the mapping leaves out, or one that cannot be read, is no school to repeat.
            #expect(dataset.schools.map(\.id) == ["100001", "100002", "100003"])
            #expect(dataset.schools.map(\.name) == ["First", "Second", "Third"])
            #expect(dataset.leftOut == 1)
            #expect(dataset.problems.map(\.location.line) == [4, 6, 8])
            #expect(dataset.problems.map(\.location.column) == [1, 3, 1])
            #expect(dataset.problems.map(\.id) == ["duplicate-id", "unmapped-value", "duplicate-id"])
            #expect(
                dataset.problems.filter { $0.id == "duplicate-id" }.map(\.message) == [
                    "id `100001` on line 4 repeats line 2; the first is kept and this row is skipped (column `URN`)",
                    "id `100001` on line 8 repeats line 2; the first is kept and this row is skipped (column `URN`)",
                ])
        }
    }
}

extension BatchCommandTests {
    /// In a batch a repeated id is a skipped row like any other: reported, counted, and exit status 4.
    struct BatchDuplicateIdTests {
        @Test func aRepeatedIdIsSkippedAndCounted() throws {
            let repeated = "300003,Cedar Again,Primary,432700,430000,Good,Authority A,North,0.10,,yes\n"
            let folder = try HandMadeArea.folder(data: HandMadeArea.csv + repeated)
            let result = try HandMadeArea.run(
                ["batch", "schools.csv", "--map", "map.yaml", "--output", "out.csv"], in: folder)
            #expect(result.status == 4, "\(result.stderr)")
            #expect(
                result.stderr.contains(
                    "schools.csv:10:1: error: id `300003` on line 10 repeats line 4; the first is kept and this row is"
                        + " skipped (column `URN`) [duplicate-id]"))
            #expect(result.stderr.contains("routed 8 of 9 rows in "))
            #expect(result.stderr.contains(" (0 left out by the mapping, 1 skipped with problems)"))
            let written = try #require(folder.read("out.csv"))
            let table = try #require(CSVText.table(written))
            #expect(table.rows.filter { $0["id"] == "300003" }.map { $0["name"] } == ["Cedar Primary"])
        }

        @Test func partnersFindTheFirstRowOfARepeatedId() throws {
            let repeated = "300002,Birch Again,Primary,460000,460000,Good,Authority A,North,0.10,,yes\n"
            let folder = try HandMadeArea.folder(data: HandMadeArea.csv + repeated)
            let result = try HandMadeArea.run(PartnersCommandTests.birch, in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("Partners for Birch Primary (300002)"))
            #expect(result.stderr.contains("id `300002` on line 10 repeats line 3"))
        }
    }
}
