import Testing

extension BatchCommandTests {
    /// A garbled file: each bad row is reported at its line, the good rows are still written, and the exit
    /// status says rows were skipped.
    struct BatchProblemTests {
        static let garbled = """
            URN,Name,Phase,Easting,Northing,OfstedGrade,LA,Region,ProgressScore,WeakAreas,PartnershipHealthy
            300001,Alder Primary,Primary,430000,430000,Outstanding,Authority A,North,0.80,,yes
            300002,Short Primary,Primary,431500,430000
            300003,Odd Primary,Primary,432700,430000,Excellent,Authority A,North,0.10,,yes
            300004,Damson Primary,Primary,460000,460000,Requires Improvement,Authority B,North,-0.30,,yes
            300009,"Broken Primary,Primary,430000,430000,Good,Authority A,North,0.1,,yes
            """

        @Test func badRowsAreReportedByLineAndTheRestAreWritten() throws {
            let folder = try HandMadeArea.folder(data: Self.garbled)
            let result = try HandMadeArea.run(
                ["batch", "schools.csv", "--map", "map.yaml", "--output", "out.csv"], in: folder)
            #expect(result.status == 4, "\(result.stderr)")
            let listed = "(`Good`, `Inadequate`, `Outstanding`, `Requires Improvement`) (column `OfstedGrade`)"
            let problems = result.stderr.split(separator: "\n").filter { $0.hasPrefix("schools.csv:") }
            #expect(
                problems == [
                    "schools.csv:3:1: error: row has 5 fields but the header has 11 [wrong-field-count]",
                    "schools.csv:4:6: error: `Excellent` is not one of the texts mapped for `ofsted.overall` \(listed) [unmapped-value]",
                    "schools.csv:4:6: error: `Excellent` is not one of the texts mapped for `self_evaluation.needs_external_help` \(listed) [unmapped-value]",
                    "schools.csv:6:1: error: field 2 opens a quote that is never closed; the file ends inside it [unterminated-quote]",
                ])
            let written = try #require(folder.read("out.csv"))
            let table = try #require(CSVText.table(written))
            #expect(table.rows.map { $0["id"] ?? "" } == ["300001", "300004"])
            #expect(table.rows.map { $0["line"] ?? "" } == ["2", "5"])
            #expect(table.rows.map { $0["route"] ?? "" } == ["self-evaluation", "la-commissioned"])
            #expect(result.stderr.contains(" (0 left out by the mapping, 3 skipped with problems)"))
            #expect(result.stderr.contains("routed 2 of 5 rows in "))
            #expect(BatchCommandTests.summaryCounts(result.stderr) == ["self-evaluation 1", "la-commissioned 1"])
            #expect(!BatchCommandTests.hasTerminalControls(result.stderr))
            #expect(try folder.names() == ["map.yaml", "out.csv", "schools.csv"])
        }
    }
}
