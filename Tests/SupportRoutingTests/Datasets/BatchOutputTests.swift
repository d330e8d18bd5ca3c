import Foundation
import Testing

extension BatchCommandTests {
    /// `batch` writes one CSV row per school with the route worked out by hand, and a summary on standard error.
    struct BatchOutputTests {
        @Test func writesOneRowPerSchoolWithTheRoutesWorkedOutByHand() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(
                ["batch", "schools.csv", "--map", "map.yaml", "--output", "out.csv"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            let written = try #require(folder.read("out.csv"))
            let table = try #require(CSVText.table(written))
            #expect(
                table.header == [
                    "id", "name", "line", "route", "reasons", "needs", "rules_id", "rules_version", "rules_sha256",
                    "partners",
                ])
            let rows = Dictionary(uniqueKeysWithValues: table.rows.map { ($0["id"] ?? "", $0) })
            #expect(table.rows.map { $0["id"] ?? "" } == (1...8).map { "30000\($0)" })
            #expect(table.rows.map { $0["line"] ?? "" } == (2...9).map(String.init))
            #expect(rows.mapValues { $0["route"] ?? "" } == HandMadeArea.routes)
            #expect(rows["300002"]?["name"] == "Birch Primary")

            // The reasons are worded as `route` words them: each climb names the rung it leaves.
            typealias Because = HandMadeArea.Because
            let climbs = ["Not self-evaluation: " + Because.asksForHelp, "Not in-school: " + Because.noLeader]
            #expect(
                rows["300001"]?["reasons"]
                    == "Stays at self-evaluation: its one reason to look further up the path does not apply.")
            #expect(
                rows["300002"]?["reasons"]
                    == (climbs + ["Stays at local-family: none of its 3 reasons to look further up the path applies."])
                    .joined(separator: " | "))
            #expect(
                rows["300004"]?["reasons"]
                    == (climbs + ["Not local-family: " + Because.noStrongPartner]).joined(separator: " | "))
            #expect(
                rows["300006"]?["reasons"]
                    == (climbs + ["Not local-family: " + Because.noPartnership]).joined(separator: " | "))
            #expect(
                rows["300008"]?["reasons"]
                    == (climbs + [
                        "Undecided: the profile does not give local_family.strong_partner_within_reach, which decides"
                            + " between local-family, la-commissioned."
                    ]).joined(separator: " | "))
            // Undecided schools say which facts decide between which routes.
            #expect(
                rows["300005"]?["reasons"]?.hasSuffix(
                    "Undecided: the profile does not give ofsted.category, which decides between la-commissioned, nle-nss."
                )
                    == true)
            #expect(
                rows["300007"]?["reasons"]?.hasSuffix(
                    "which decide between self-evaluation, local-family, la-commissioned.") == true)
            #expect(
                rows.filter { $0.value["needs"] != "" }.mapValues { $0["needs"] ?? "" } == [
                    "300005": "ofsted.category",
                    "300007": "self_evaluation.needs_external_help; local_family.strong_partner_within_reach",
                    "300008": "local_family.strong_partner_within_reach",
                ])
            // Partners are listed for schools in need only: strongest first, then nearest.
            #expect(
                rows.filter { $0.value["partners"] != "" }.mapValues { $0["partners"] ?? "" } == [
                    "300002": "Alder Primary (300001, 1.5 km); Cedar Primary (300003, 1.2 km)",
                    "300006": "Alder Primary (300001, 1.8 km)",
                ])
        }

        @Test func theSummaryCountsRowsByRouteWithoutAProgressBar() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(
                ["batch", "schools.csv", "--map", "map.yaml", "--output", "out.csv"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stderr.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasPrefix("routed 8 of 8 rows in ") == true, "\(result.stderr)")
            #expect(lines.first?.hasSuffix(" s (0 left out by the mapping, 0 skipped with problems)") == true)
            #expect(
                BatchCommandTests.summaryCounts(result.stderr) == [
                    "self-evaluation 2", "local-family 1", "la-commissioned 2", "undecided 3",
                ])
            #expect(lines.last == "wrote out.csv")
            #expect(!BatchCommandTests.hasTerminalControls(result.stderr))
            #expect(try folder.names() == ["map.yaml", "out.csv", "schools.csv"], "no hidden partial file is left")
        }

        @Test func namesWithCommasAndQuotesSurviveTheOutput() throws {
            let data = HandMadeArea.csv.replacingOccurrences(
                of: "300001,Alder Primary,", with: "300001,\"Alder \"\"Upper\"\", Primary\",")
            let folder = try HandMadeArea.folder(data: data)
            let result = try HandMadeArea.run(
                ["batch", "schools.csv", "--map", "map.yaml", "--output", "out.csv"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let written = try #require(folder.read("out.csv"))
            let table = try #require(CSVText.table(written))
            #expect(table.rows.first?["name"] == "Alder \"Upper\", Primary")
            #expect(
                table.rows.first { $0["id"] == "300002" }?["partners"]
                    == "Alder \"Upper\", Primary (300001, 1.5 km); Cedar Primary (300003, 1.2 km)")
        }

        @Test func withoutAnOutputTheAnswersGoToStandardOutput() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(["batch", "schools.csv", "--map", "map.yaml"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let table = try #require(CSVText.table(result.stdout))
            #expect(
                Dictionary(uniqueKeysWithValues: table.rows.map { ($0["id"] ?? "", $0["route"] ?? "") })
                    == HandMadeArea.routes)
            #expect(!result.stderr.contains("wrote"))
            #expect(try folder.names() == ["map.yaml", "schools.csv"])
        }
    }
}
