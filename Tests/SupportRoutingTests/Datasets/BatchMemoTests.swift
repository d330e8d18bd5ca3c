import Foundation
import SchoolData
import SupportRouting
import Testing

extension BatchCommandTests {
    /// `batch` remembers each answer by the cases of the values it depends on, not by the values
    /// themselves; every school must still get exactly the answer the rules give it on its own.
    struct BatchMemoTests {
        /// Rows made from a few base profiles that the constraints allow: exact numbers and free text vary
        /// from row to row, and each row leaves out a few facts, so rows share cases, and many are undecided,
        /// some between routes that a constraint rules out.
        static func rows(of ruleSet: RuleSet, mapping: DatasetMapping, count: Int, in folder: TemporaryFolder)
            throws -> String
        {
            var random = SplitMix64(seed: 2008)
            let facts = ruleSet.schema.facts
            func value(of fact: Fact) -> String {
                switch fact.type {
                case .bool: return Bool.random(using: &random) ? "true" : "false"
                case .enumeration(let values, _): return values.randomElement(using: &random)!
                case .set(let values): return values.filter { _ in Bool.random(using: &random) }.joined(separator: ";")
                case .number(let minimum, let maximum, let integer):
                    let number = Double.random(in: (minimum ?? 0)...(maximum ?? 100), using: &random)
                    return integer ? String(Int(number)) : String(format: "%.1f", number)
                case .string: return ["science", "maths", "art", "history"].randomElement(using: &random)!
                }
            }
            func table(_ rows: [[String]]) -> String {
                let lines =
                    [(["urn"] + facts.map(\.name)).joined(separator: ",")]
                    + rows.enumerated().map { (["U\($0.offset)"] + $0.element).joined(separator: ",") }
                return lines.joined(separator: "\n") + "\n"
            }
            // Random profiles, of which the ones the constraints allow are the bases.
            let candidates = (0..<600).map { _ in facts.map(value) }
            try folder.write(table(candidates), to: "candidates.csv")
            let allowed = try SchoolDataset.load(
                DatasetOptions(path: folder.path("candidates.csv"), mapping: mapping), ruleSet: ruleSet
            ).get()
            let bases = allowed.schools.prefix(12).map { candidates[$0.line - 2] }
            var rows: [[String]] = []
            for row in 0..<count {
                var cells = bases[row % bases.count]
                for (index, fact) in facts.enumerated() where !cells[index].isEmpty {
                    switch fact.type {
                    case .number, .string: cells[index] = value(of: fact)
                    default: break
                    }
                }
                for _ in 0..<Int.random(in: 0...5, using: &random) {
                    cells[Int.random(in: 0..<facts.count, using: &random)] = ""
                }
                rows.append(cells)
            }
            return table(rows)
        }

        @Test(arguments: ["england-2008.yaml", "england-2026.yaml"])
        func everyRowGetsTheAnswerTheRulesGiveItAlone(file: String) throws {
            let rules = try String(
                contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Rules/" + file), encoding: .utf8)
            let ruleSet = try Fixtures.load(rules, file: file)
            let folder = try TemporaryFolder()
            try folder.write(rules, to: "rules.yaml")
            let facts = ruleSet.schema.facts.map { "  \($0.name): { column: \($0.name) }" }
            let mapping = "format: 1\ncolumns: { id: urn }\nfacts:\n" + facts.joined(separator: "\n") + "\n"
            try folder.write(mapping, to: "map.yaml")
            let loaded = try MappingLoader.load(text: mapping, file: "map.yaml", ruleSet: ruleSet).get()
            try folder.write(try Self.rows(of: ruleSet, mapping: loaded, count: 3000, in: folder), to: "schools.csv")

            let result = try CommandRunner.run(
                [
                    "batch", "schools.csv", "--map", "map.yaml", "--rules", "rules.yaml", "-o", "routes.jsonl",
                    "--no-progress",
                ],
                in: folder.url)
            let written = try #require(folder.read("routes.jsonl"))
            var answers: [String: [String: Any]] = [:]
            for line in written.split(separator: "\n") {
                let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                answers[try #require(record["id"] as? String)] = record
            }

            let dataset = try SchoolDataset.load(
                DatasetOptions(path: folder.path("schools.csv"), mapping: loaded), ruleSet: ruleSet
            ).get()
            #expect(result.status == (dataset.problems.isEmpty ? 0 : 4), "\(result.stderr.prefix(300))")
            #expect(dataset.schools.count > 2500)
            #expect(answers.count == dataset.schools.count)
            var undecided = 0
            for school in dataset.schools {
                let alone = RoutedSchool(school: school, ruleSet: ruleSet, partners: [])
                let record = try #require(answers[school.id], "no answer for \(school.id)")
                #expect(record["route"] as? String == alone.route, "\(school.id)")
                #expect(record["reasons"] as? [String] == alone.reasons, "\(school.id)")
                #expect(record["needs"] as? [String] == alone.needs, "\(school.id)")
                if alone.route == "undecided" { undecided += 1 }
            }
            // The data must exercise undecided answers, not only decided ones.
            #expect(undecided > 50)
        }
    }
}
