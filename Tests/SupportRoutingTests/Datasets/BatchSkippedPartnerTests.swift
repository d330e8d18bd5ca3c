import Testing

extension BatchCommandTests {
    /// A row `batch` skips as unreadable must not count as anyone's partner, so `batch` and `route --schools`
    /// agree on every school.
    struct BatchSkippedPartnerTests {
        /// Alder's weak areas are not a set the rules know, so its row is skipped; without it Birch has no
        /// high-performing primary within 3 km and goes to the local authority.
        static let data = """
            URN,Name,Phase,Easting,Northing,OfstedGrade,LA,Region,ProgressScore,WeakAreas,PartnershipHealthy
            300001,Alder Primary,Primary,430000,430000,Outstanding,Authority A,North,0.80,nonsense,yes
            300002,Birch Primary,Primary,431500,430000,Requires Improvement,Authority A,North,-0.90,,yes

            """

        @Test func aSkippedRowIsNoPartner() throws {
            let folder = try HandMadeArea.folder(data: Self.data)
            let batch = try HandMadeArea.run(
                ["batch", "schools.csv", "--map", "map.yaml", "--output", "out.csv"], in: folder)
            #expect(batch.status == 4, "\(batch.stderr)")
            #expect(batch.stderr.contains("schools.csv:2:10: error: `nonsense` is not a set for `weak_areas`"))
            let written = try #require(folder.read("out.csv"))
            let table = try #require(CSVText.table(written))
            #expect(table.rows.map { $0["id"] ?? "" } == ["300002"])
            #expect(table.rows.first?["partners"] == "", "Alder's row was skipped, so it cannot be Birch's partner")
            #expect(table.rows.first?["route"] == "la-commissioned")

            let route = try HandMadeArea.run(
                ["route", "--schools", "schools.csv", "--map", "map.yaml", "--id", "300002"], in: folder)
            #expect(route.stdout.contains("  route: la-commissioned "), "\(route.stdout)")
        }
    }
}
