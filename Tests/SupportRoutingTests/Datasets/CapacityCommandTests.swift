import Foundation
import Testing

extension BatchCommandTests {
    /// `capacity` counts high-performing schools against schools in need, by area and phase, as counted by hand:
    /// Alder and Cedar are high-performing; Birch, Damson, Fir and Hazel (primaries) and Elm (secondary) are in
    /// need; Gorse has no grade and is neither. Birch has 2 high-performing primaries within 3 km, Fir 1, Damson 0,
    /// Elm no secondary at all, and Hazel no place.
    struct CapacityCommandTests {
        static let arguments = ["capacity", "--schools", "schools.csv", "--map", "map.yaml"]

        @Test func csvByLocalAuthorityHasTheCountsWorkedOutByHand() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(Self.arguments + ["--by", "la", "--format", "csv"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(
                result.stdout == """
                    area,phase,high_performing,in_need,ratio,median_high_performing_nearby
                    Authority A,Primary,2,2,1.00,1.50
                    Authority B,Primary,0,1,0.00,0
                    Authority B,Secondary,0,1,0.00,0
                    Authority C,Primary,0,1,0.00,
                    All,Primary,2,4,0.50,1
                    All,Secondary,0,1,0.00,0

                    """)
        }

        @Test func groupingByAColumnTheMappingLacksIsRefusedBeforeReading() throws {
            let folder = try HandMadeArea.folder()
            let withoutRegion = try HandMadeArea.mapping().replacingOccurrences(of: "  region: Region\n", with: "")
            _ = try folder.write(withoutRegion, to: "map.yaml")
            let result = try HandMadeArea.run(Self.arguments + ["--by", "region"], in: folder)
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            #expect(
                result.stderr == "error: --by region needs a `region` column, and the mapping map.yaml names none\n")
        }

        @Test func jsonHasTheSameFigures() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(Self.arguments + ["--by", "la", "--format", "json"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let rows = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
            #expect(
                rows.map { "\($0["area"] ?? "") \($0["phase"] ?? "")" } == [
                    "Authority A Primary", "Authority B Primary", "Authority B Secondary", "Authority C Primary",
                    "All Primary", "All Secondary",
                ])
            #expect(rows.map { $0["highPerforming"] as? Int } == [2, 0, 0, 0, 2, 0])
            #expect(rows.map { $0["inNeed"] as? Int } == [2, 1, 1, 1, 4, 1])
            #expect(rows.map { $0["ratio"] as? Double } == [1, 0, 0, 0, 0.5, 0])
            #expect(rows.map { $0["medianNearby"] as? Double } == [1.5, 0, 0, nil, 1, 0])
        }

        @Test func textWithoutGroupingNotesTheSchoolsWithoutAPlace() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(Self.arguments, in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let rows = result.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
            #expect(rows.contains("All Primary 2 4 0.50 1"), "\(result.stdout)")
            #expect(rows.contains("All Secondary 0 1 0.00 0"), "\(result.stdout)")
            #expect(!result.stdout.contains("Authority"))
            #expect(
                result.stdout.hasSuffix(
                    "1 school in need has no place in the data and is left out of the medians.\n"))
        }
    }
}
