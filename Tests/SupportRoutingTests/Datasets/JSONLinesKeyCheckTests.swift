import Foundation
import Testing

extension BatchCommandTests {
    /// A JSON Lines dataset's keys are known only at its end; `batch` checks them before it writes the
    /// first answer, so a key no line has leaves standard output empty rather than full of wrong answers.
    struct JSONLinesKeyCheckTests {
        /// The hand-made area as JSON Lines, every line without `Region`.
        static func linesWithoutRegion() throws -> String {
            let table = try #require(CSVText.table(HandMadeArea.csv))
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            return try table.rows.map { row in
                String(decoding: try encoder.encode(row.filter { $0.key != "Region" }), as: UTF8.self)
            }.joined(separator: "\n") + "\n"
        }

        /// The check reads every line's keys: a file with every key the mapping reads is routed to standard
        /// output exactly as to a file.
        @Test func aSoundFileIsRoutedToStandardOutputAsToAFile() throws {
            let folder = try TemporaryFolder()
            let table = try #require(CSVText.table(HandMadeArea.csv))
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let lines = try table.rows.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
            try folder.write(lines.joined(separator: "\n") + "\n", to: "schools.jsonl")
            try folder.write(try HandMadeArea.mapping(), to: "map.yaml")
            let piped = try HandMadeArea.run(["batch", "schools.jsonl", "--map", "map.yaml", "-o", "-"], in: folder)
            let filed = try HandMadeArea.run(
                ["batch", "schools.jsonl", "--map", "map.yaml", "-o", "routes.csv"], in: folder)
            #expect(piped.status == 0, "\(piped.stderr)")
            #expect(filed.status == 0, "\(filed.stderr)")
            #expect(piped.stdout.split(separator: "\n").count == table.rows.count + 1)
            #expect(piped.stdout == folder.read("routes.csv"))
        }

        @Test(arguments: [true, false])
        func aKeyNoLineHasIsReportedBeforeAnyAnswer(withPartners: Bool) throws {
            let folder = try TemporaryFolder()
            try folder.write(try Self.linesWithoutRegion(), to: "schools.jsonl")
            var mapping = try HandMadeArea.mapping()
            if !withPartners, let partners = mapping.range(of: "\npartners:") {
                // Without partners, and without the fact the partner search gives.
                mapping = String(mapping[..<partners.lowerBound]) + "\n"
                mapping = mapping.replacingOccurrences(
                    of: "  local_family.strong_partner_within_reach:\n    strong_partners_at_least: 1", with: "")
            }
            try folder.write(mapping, to: "map.yaml")
            let result = try HandMadeArea.run(["batch", "schools.jsonl", "--map", "map.yaml", "-o", "-"], in: folder)
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty, "\(result.stdout.prefix(200))")
            #expect(result.stderr.contains("`Region`"), "\(result.stderr)")
        }
    }
}
