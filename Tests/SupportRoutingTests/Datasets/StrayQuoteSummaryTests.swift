import Foundation
import Testing

extension BatchCommandTests {
    /// A quote never closed swallows the lines after it; the summary counts each of those lines as a row lost,
    /// so its totals add up to the rows of the file.
    struct StrayQuoteSummaryTests {
        /// The hand-made area with a stray quote opening Birch Primary's name, on line 3.
        static let stray = HandMadeArea.csv.replacingOccurrences(of: "300002,Birch", with: "300002,\"Birch")

        @Test func aQuoteThatRunsToTheEndCountsEveryLineItSwallowed() throws {
            let folder = try HandMadeArea.folder(data: Self.stray)
            let result = try HandMadeArea.run(
                ["batch", "schools.csv", "--map", "map.yaml", "--output", "out.csv"], in: folder)
            #expect(result.status == 4, "\(result.stderr)")
            #expect(result.stderr.contains("schools.csv:3:1: error: field 2 opens a quote that is never closed"))
            // Lines 3 to 9 are lost: the 7 rows after Alder Primary's.
            #expect(result.stderr.contains("routed 1 of 8 rows in "), "\(result.stderr)")
            #expect(
                result.stderr.contains(
                    " (0 left out by the mapping, 7 skipped with problems; each line inside an unclosed quote counts"
                        + " as a row)"), "\(result.stderr)")
        }

        @Test func aQuoteCutShortByTheRecordLimitCountsTheLinesSkipped() throws {
            let folder = try HandMadeArea.folder(data: Self.stray)
            let result = try HandMadeArea.run(
                [
                    "batch", "schools.csv", "--map", "map.yaml", "--output", "out.csv", "--max-record-size", "200",
                ], in: folder)
            #expect(result.status == 4, "\(result.stderr)")
            let marker = "reading goes on at line "
            let resumed = try #require(
                result.stderr.components(separatedBy: marker).dropFirst().first?.prefix { $0.isNumber })
            let resumesAt = try #require(Int(resumed))
            #expect((5...9).contains(resumesAt), "\(result.stderr)")
            let lost = resumesAt - 3
            let written = try #require(folder.read("out.csv"))
            let table = try #require(CSVText.table(written))
            #expect(table.rows.count == 8 - lost)
            #expect(result.stderr.contains("routed \(8 - lost) of 8 rows in "), "\(result.stderr)")
            #expect(result.stderr.contains(" \(lost) skipped with problems; each line inside an unclosed quote"))
        }

        @Test(arguments: [["partners", "--id", "300001"], ["capacity"]])
        func theOtherDatasetCommandsCountTheLinesLostToo(_ command: [String]) throws {
            let folder = try HandMadeArea.folder(data: Self.stray)
            let result = try HandMadeArea.run(
                [command[0], "--schools", "schools.csv", "--map", "map.yaml"] + command.dropFirst(), in: folder)
            #expect(result.stderr.contains("7 rows skipped; the other rows were used"), "\(result.stderr)")
        }
    }
}
