import SchoolData
import Testing

extension GeographyTests {
    /// The index must answer exactly as a scan of every point does: same points, same distances, same order.
    struct NearbyIndexTests {
        /// The scan the index has to agree with: every point measured, ordered by distance then index.
        static func scan(_ points: [GeoPoint], within radius: Double, of centre: GeoPoint) -> [(
            index: Int, distance: Double
        )] {
            points.indices
                .map { (index: $0, distance: centre.distance(to: points[$0])) }
                .filter { $0.distance <= radius }
                .sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }
        }

        static func expectAgreement(
            _ index: NearbyIndex, _ points: [GeoPoint], within radius: Double, of centre: GeoPoint,
            sourceLocation: SourceLocation = #_sourceLocation
        ) {
            let found = index.within(radius, of: centre)
            let expected = scan(points, within: radius, of: centre)
            #expect(found.map(\.index) == expected.map(\.index), sourceLocation: sourceLocation)
            #expect(found.map(\.distance) == expected.map(\.distance), sourceLocation: sourceLocation)
        }

        /// Points over England's bounding box, a tenth of them repeats of earlier ones.
        static func englishPoints(_ count: Int, using random: inout SplitMix64) -> [GeoPoint] {
            var points: [GeoPoint] = []
            for _ in 0..<count {
                if let earlier = points.randomElement(using: &random), Double.random(in: 0..<1, using: &random) < 0.1 {
                    points.append(earlier)
                } else {
                    points.append(
                        GeoPoint(
                            latitude: .random(in: 49.9...55.8, using: &random),
                            longitude: .random(in: -6.4...1.8, using: &random)))
                }
            }
            return points
        }

        @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
        func agreesWithAScanOverEngland(seed: UInt64) {
            var random = SplitMix64(seed: seed)
            let points = Self.englishPoints(2000, using: &random)
            let index = NearbyIndex(points: points)
            for _ in 0..<100 {
                let centre =
                    Bool.random(using: &random)
                    ? points.randomElement(using: &random)!
                    : GeoPoint(
                        latitude: .random(in: 49.5...56.2, using: &random),
                        longitude: .random(in: -7...2.2, using: &random))
                Self.expectAgreement(index, points, within: .random(in: 0.5...50, using: &random), of: centre)
            }
        }

        @Test(arguments: [11, 12, 13] as [UInt64])
        func includesPointsExactlyAtTheRadius(seed: UInt64) {
            var random = SplitMix64(seed: seed)
            let points = Self.englishPoints(1000, using: &random)
            let index = NearbyIndex(points: points)
            for _ in 0..<100 {
                let centre = GeoPoint(
                    latitude: .random(in: 49.9...55.8, using: &random),
                    longitude: .random(in: -6.4...1.8, using: &random))
                let target = Int.random(in: points.indices, using: &random)
                let radius = centre.distance(to: points[target])
                #expect(index.within(radius, of: centre).contains { $0.index == target })
                Self.expectAgreement(index, points, within: radius, of: centre)
            }
        }

        @Test func duplicatesComeBackInIndexOrder() {
            let school = GeoPoint(latitude: 52.2053, longitude: 0.1218)
            let neighbour = GeoPoint(latitude: 52.2100, longitude: 0.1218)
            let index = NearbyIndex(points: [school, neighbour, school, school])
            #expect(index.within(0, of: school).map(\.index) == [0, 2, 3])
            #expect(index.within(0, of: school).allSatisfy { $0.distance == 0 })
            #expect(index.within(1, of: school).map(\.index) == [0, 2, 3, 1])
        }

        @Test func anEmptyIndexFindsNothing() {
            let index = NearbyIndex(points: [])
            #expect(index.within(50, of: GeoPoint(latitude: 51.5, longitude: -0.1)).isEmpty)
            #expect(index.within(.infinity, of: GeoPoint(latitude: 51.5, longitude: -0.1)).isEmpty)
        }

        @Test func oddRadiiFindWhatAScanFinds() {
            var random = SplitMix64(seed: 21)
            let points = Self.englishPoints(500, using: &random)
            let index = NearbyIndex(points: points)
            let centre = GeoPoint(latitude: 52.5, longitude: -1.5)
            #expect(index.within(-1, of: centre).isEmpty)
            #expect(index.within(.nan, of: centre).isEmpty)
            #expect(index.within(.infinity, of: centre).count == points.count)
            for radius in [0, 1e-9, 20_000, 25_000] {
                Self.expectAgreement(index, points, within: radius, of: centre)
            }
        }

        @Test(arguments: [31, 32, 33] as [UInt64])
        func agreesWithAScanAcrossTheAntimeridianAndNearThePoles(seed: UInt64) {
            var random = SplitMix64(seed: seed)
            var points = (0..<1500).map { _ in
                GeoPoint(
                    latitude: .random(in: -90...90, using: &random), longitude: .random(in: -180...180, using: &random))
            }
            for _ in 0..<300 {
                points.append(
                    GeoPoint(
                        latitude: .random(in: -89...89, using: &random),
                        longitude: .random(in: 179...180, using: &random)))
                points.append(
                    GeoPoint(
                        latitude: .random(in: 85...90, using: &random),
                        longitude: .random(in: -180...180, using: &random)))
            }
            // Off the globe, or written with a longitude outside ±180°: still points, still measured.
            points += [
                GeoPoint(latitude: 10, longitude: 190), GeoPoint(latitude: 10, longitude: -540),
                GeoPoint(latitude: 95, longitude: 0), GeoPoint(latitude: .nan, longitude: 0),
            ]
            let index = NearbyIndex(points: points, typicalRadiusKilometres: 200)
            let centres = [
                GeoPoint(latitude: 0, longitude: 180), GeoPoint(latitude: 10, longitude: -179.9),
                GeoPoint(latitude: 89.9, longitude: 45), GeoPoint(latitude: -90, longitude: 0),
                GeoPoint(latitude: 10, longitude: 540), GeoPoint(latitude: 100, longitude: 0),
            ]
            for centre in centres {
                for radius in [0.5, 50, 500, 3000] {
                    Self.expectAgreement(index, points, within: radius, of: centre)
                }
            }
            for _ in 0..<100 {
                let centre = GeoPoint(
                    latitude: .random(in: -90...90, using: &random), longitude: .random(in: -180...180, using: &random))
                Self.expectAgreement(index, points, within: .random(in: 0.5...3000, using: &random), of: centre)
            }
        }

        @Test(arguments: [0.01, 1, 10_000])
        func cellSizeDoesNotChangeTheAnswers(typicalRadius: Double) {
            var random = SplitMix64(seed: 41)
            let points = Self.englishPoints(1000, using: &random)
            let index = NearbyIndex(points: points, typicalRadiusKilometres: typicalRadius)
            for _ in 0..<50 {
                let centre = GeoPoint(
                    latitude: .random(in: 49.9...55.8, using: &random),
                    longitude: .random(in: -6.4...1.8, using: &random))
                Self.expectAgreement(index, points, within: .random(in: 0.5...50, using: &random), of: centre)
            }
        }

        @Test func forEachVisitsWhatWithinReturns() {
            var random = SplitMix64(seed: 51)
            let points = Self.englishPoints(1000, using: &random)
            let index = NearbyIndex(points: points)
            let centre = GeoPoint(latitude: 52.5, longitude: -1.5)
            var visited: [Int: Double] = [:]
            index.forEach(within: 80, of: centre) { visited[$0] = $1 }
            let expected = Self.scan(points, within: 80, of: centre)
            #expect(visited.count == expected.count)
            #expect(expected.allSatisfy { visited[$0.index] == $0.distance })
        }
    }
}
