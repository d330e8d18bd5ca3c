import SchoolData
import SupportRouting
import Testing

extension DatasetLoadingTests {
    /// Easting and northing columns become WGS84 places, checked against Ordnance Survey's own figures.
    struct GridLocationTests {
        static let mapping = """
            format: 1
            columns: { id: URN, easting: E, northing: N }
            """

        @Test func gridReferencesBecomeWGS84PlacesWithinMetres() throws {
            // OS test points TP09 (London) and TP25 (Newcastle) from the OSTN15 developer pack: the grid reference
            // and the exact ETRS89 latitude and longitude, which WGS84 matches to within a metre in Britain.
            let data = """
                URN,E,N
                TP09,530624.974,178388.464
                TP25, 424639.355 ,565012.703
                BLANK,,

                """
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(data, mapping: Self.mapping, in: folder).get()
            #expect(dataset.problems.isEmpty, "\(dataset.problems)")
            let london = try #require(dataset.school(id: "TP09")?.location)
            let newcastle = try #require(dataset.school(id: "TP25")?.location)
            #expect(london.distance(to: GeoPoint(latitude: 51.48936564950, longitude: -0.11992557180)) < 0.005)
            #expect(newcastle.distance(to: GeoPoint(latitude: 54.97912273660, longitude: -1.61657685184)) < 0.005)
            #expect(dataset.school(id: "BLANK")?.location == nil, "blank coordinates are no place, not a problem")
        }

        @Test func aReferenceOffTheGridIsAProblemAtItsLine() throws {
            let data = "URN,E,N\nOK,530624.974,178388.464\nOFF,800000,100\nWORD,east,100\n"
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(data, mapping: Self.mapping, in: folder).get()
            #expect(dataset.schools.map(\.id) == ["OK"])
            #expect(dataset.problems.map(\.id) == ["bad-location", "bad-location"])
            #expect(dataset.problems.map(\.location.line) == [3, 4])
            #expect(dataset.problems.map(\.location.column) == [2, 2])
            #expect(
                dataset.problems.map(\.message) == [
                    "easting 800000, northing 100 is outside the National Grid (column `E`)",
                    "`east` is not a number (column `E`)",
                ])
        }

        @Test func halfAReferenceIsAProblemOnTheBlankColumn() throws {
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(
                "URN,E,N\nHALF,530624.974,\n", mapping: Self.mapping, in: folder
            ).get()
            #expect(dataset.schools.isEmpty)
            #expect(dataset.problems.map(\.id) == ["bad-location"])
            #expect(dataset.problems.map(\.location.line) == [2])
            #expect(dataset.problems.map(\.location.column) == [3])
        }
    }
}
