import Foundation
import Testing

extension BatchCommandTests {
    /// A dataset of several batches comes back whole and in file order, each row with its own answer, though
    /// the rows are read, turned into schools and written by different threads at once.
    struct BatchManyRowsTests {
        /// The hand-made area 600 times over (4,800 rows, more than one batch), each copy's ids its own
        /// number, Alder's name quoted with a quote and a comma in it; then an id that differs from an
        /// earlier one only by a leading zero, and one that repeats an earlier one.
        static func data() -> String {
            let rows = HandMadeArea.csv.split(separator: "\n").dropFirst()
            var text = String(HandMadeArea.csv.prefix { $0 != "\n" }) + "\n"
            for copy in 1...600 {
                for row in rows {
                    let id = Int(row.prefix(6))! + copy * 1_000_000
                    let rest = row.dropFirst(6).replacingOccurrences(
                        of: "Alder Primary", with: "\"Alder \"\"Old\"\", Primary\"")
                    text += "\(id)\(rest)\n"
                }
            }
            text += "01300001,Leading Zero,Primary,,,Good,Authority C,North,,,yes\n"
            text += "1300002,Repeat,Primary,,,Good,Authority C,North,,,yes\n"
            return text
        }

        @Test func everyRowComesBackInOrderWithItsOwnAnswer() throws {
            let folder = try HandMadeArea.folder(data: Self.data())
            let result = try HandMadeArea.run(
                ["batch", "schools.csv", "--map", "map.yaml", "--output", "out.csv"], in: folder)
            #expect(result.status == 4, "\(result.stderr)")
            #expect(result.stderr.contains("id `1300002` on line 4803 repeats line 3"))
            #expect(result.stderr.contains("routed 4801 of 4802 rows in "))
            let written = try #require(folder.read("out.csv"))
            let table = try #require(CSVText.table(written))
            #expect(table.rows.count == 4801)
            #expect(table.rows.map { $0["line"] ?? "" } == (2...4802).map(String.init))
            for (index, row) in table.rows.dropLast().enumerated() {
                let base = "30000\(index % 8 + 1)"
                #expect(row["id"] == String(Int(base)! + (index / 8 + 1) * 1_000_000))
                #expect(row["route"] == HandMadeArea.routes[base], "line \(row["line"] ?? "")")
            }
            #expect(table.rows.last?["id"] == "01300001")
            #expect(table.rows[0]["name"] == "Alder \"Old\", Primary")
            // Birch's partners are the copies of Alder and Cedar nearby, their names quoted within the list.
            #expect(table.rows[1]["partners"]?.hasPrefix("Alder \"Old\", Primary (") == true)
        }
    }
}
