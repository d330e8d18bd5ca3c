import SchoolData
import Testing

extension GeographyTests {
    /// Haversine distances against a published figure and against plain spherical geometry.
    struct GeoPointDistanceTests {
        @Test func nashvilleToLosAngelesMatchesThePublishedGreatCircleDistance() {
            // Rosetta Code, task "Haversine formula": BNA (N 36°7.2′, W 86°40.2′) to LAX (N 33°56.4′, W 118°24.0′)
            // is 2886.44444283798 km on a sphere of radius 6371.0 km.
            let published = 2886.44444283798
            let nashville = GeoPoint(latitude: 36.12, longitude: -86.67)
            let losAngeles = GeoPoint(latitude: 33.94, longitude: -118.40)
            let distance = nashville.distance(to: losAngeles)
            #expect(abs(distance - published) / published < 0.005)
            // Great-circle distance scales with the radius, so on 6371.0088 km it must be the published figure
            // scaled by the same ratio, to the millimetre.
            #expect(abs(distance - published * GeoPoint.meanEarthRadiusKilometres / 6371.0) < 1e-6)
        }

        @Test func distancesFollowTheSphereAcrossTheAntimeridianAndOverThePole() {
            let oneDegree = GeoPoint.meanEarthRadiusKilometres * .pi / 180
            let east = GeoPoint(latitude: 0, longitude: 179.5)
            let west = GeoPoint(latitude: 0, longitude: -179.5)
            #expect(abs(east.distance(to: west) - oneDegree) < 1e-9)
            let nearPole = GeoPoint(latitude: 89.5, longitude: 0)
            let otherSide = GeoPoint(latitude: 89.5, longitude: 180)
            #expect(abs(nearPole.distance(to: otherSide) - oneDegree) < 1e-9)
            #expect(east.distance(to: east) == 0)
        }
    }
}
