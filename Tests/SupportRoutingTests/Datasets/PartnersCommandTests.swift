import Foundation
import Testing

extension BatchCommandTests {
    /// `partners` lists the high-performing schools of the same phase near one school, as worked out by hand.
    struct PartnersCommandTests {
        static let birch = ["partners", "--schools", "schools.csv", "--map", "map.yaml", "--id", "300002"]

        @Test func listsThePartnersWithTheirReasons() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(Self.birch, in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(
                result.stdout == """
                    Partners for Birch Primary (300002), Primary, Ofsted: Requires Improvement
                    high-performing (ofsted.overall in [good, outstanding]), same phase, within 3.0 km

                    1. Alder Primary (300001), 1.5 km
                       same phase (Primary); Ofsted: Outstanding; Progress score 0.80 where this school has -0.90; 1.5 km away
                    2. Cedar Primary (300003), 1.2 km
                       same phase (Primary); Ofsted: Good; 1.2 km away

                    """)
        }

        @Test func theRadiusAndLimitCanBeGiven() throws {
            let folder = try HandMadeArea.folder()
            let near = try HandMadeArea.run(Self.birch + ["--radius", "1.3"], in: folder)
            #expect(near.status == 0, "\(near.stderr)")
            #expect(near.stdout.contains("same phase, within 1.3 km\n"))
            #expect(near.stdout.contains("1. Cedar Primary (300003), 1.2 km\n"))
            #expect(!near.stdout.contains("Alder"))
            let one = try HandMadeArea.run(Self.birch + ["--limit", "1"], in: folder)
            #expect(one.status == 0, "\(one.stderr)")
            #expect(one.stdout.contains("1. Alder Primary (300001), 1.5 km\n"))
            #expect(!one.stdout.contains("Cedar"))
            let wide = try HandMadeArea.run(
                ["partners", "--schools", "schools.csv", "--map", "map.yaml", "--id", "300006", "--radius", "5"],
                in: folder)
            let numbered = wide.stdout.split(separator: "\n").filter { $0.first?.isNumber == true }
            #expect(numbered == ["1. Alder Primary (300001), 1.8 km", "2. Cedar Primary (300003), 3.2 km"])
        }

        @Test func jsonGivesTheSamePartners() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(Self.birch + ["--format", "json"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(object["id"] as? String == "300002")
            #expect(object["radiusKm"] as? Double == 3)
            let partners = try #require(object["partners"] as? [[String: Any]])
            #expect(partners.map { $0["id"] as? String } == ["300001", "300003"])
            #expect(partners.map { $0["name"] as? String } == ["Alder Primary", "Cedar Primary"])
            let distances = partners.compactMap { $0["distanceKm"] as? Double }
            #expect(distances.count == 2 && abs(distances[0] - 1.5) < 0.01 && abs(distances[1] - 1.2) < 0.01)
            #expect(
                (partners.last?["reasons"] as? [String]) == ["same phase (Primary)", "Ofsted: Good", "1.2 km away"])
        }

        @Test func aSchoolWithoutAPlaceHasNoPartnersAndSaysWhy() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(
                ["partners", "--schools", "schools.csv", "--map", "map.yaml", "--id", "300008"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(
                result.stdout.hasSuffix(
                    "\n\nThe dataset gives no place for this school, so no partner can be found nearby.\n"))
        }

        @Test func anUnknownIdIsBadInput() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(
                ["partners", "--schools", "schools.csv", "--map", "map.yaml", "--id", "999999"], in: folder)
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "error: no school with id `999999` in schools.csv (8 schools read)\n")
        }
    }
}
