import Testing

extension BatchCommandTests {
    /// `route --schools DATA --id X` routes one school of a dataset, cites its row and names its partners.
    struct RouteFromDatasetTests {
        static func route(_ id: String) -> [String] {
            ["route", "--schools", "schools.csv", "--map", "map.yaml", "--id", id]
        }

        @Test func theAnswerCitesTheRowAndNamesThePartners() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(Self.route("300002"), in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.first == "Birch Primary (schools.csv:3)")
            #expect(lines.contains { $0.hasPrefix("  route: local-family ") }, "\(result.stdout)")
            #expect(lines.contains("Partners for Birch Primary (300002), Primary, Ofsted: Requires Improvement"))
            let first = try #require(lines.firstIndex(of: "1. Alder Primary (300001), 1.5 km"))
            #expect(lines.dropFirst(first + 1).contains("2. Cedar Primary (300003), 1.2 km"))
        }

        @Test func anUndecidedSchoolExitsWithThree() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(Self.route("300005"), in: folder)
            #expect(result.status == 3, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("Elm Secondary (schools.csv:6)\n"))
            #expect(result.stdout.contains("undecided between la-commissioned, nle-nss"))
        }

        @Test func anIdWithoutADatasetIsAUsageError() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(["route", "--id", "300002"], in: folder)
            #expect(result.status == 64)
            #expect(result.stderr.contains("--id needs --schools DATA"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }

        @Test func aDatasetWithoutAnIdIsAUsageError() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(["route", "--schools", "schools.csv", "--map", "map.yaml"], in: folder)
            #expect(result.status == 64)
            #expect(result.stderr.contains("--schools needs --id URN"), "\(result.stderr)")
        }
    }
}
