import Foundation

/// Where a radius query has to look: a band of latitude and up to two intervals of longitude (two when the circle
/// crosses the antimeridian), in degrees, plus the same bounds in radians for cheap per-point tests.
///
/// The bounds are those of the spherical cap, widened by a few parts in a billion so that rounding in the haversine
/// can never count a point as inside the radius while it lies outside the region.
struct SearchRegion {
    /// Degrees.
    let latitudes: ClosedRange<Double>
    /// Degrees, each within -180...180.
    let longitudes: ClosedRange<Double>
    let wrappedLongitudes: ClosedRange<Double>?
    /// Radians either side of the centre's latitude.
    let latitudeReach: Double
    /// Radians either side of the centre's longitude; `.infinity` when the cap takes in a pole.
    let longitudeReach: Double
    /// The centre's longitude in radians, brought into -π...π.
    let centreLongitude: Double
    /// No point with a larger haversine can be within the radius.
    let haversineLimit: Double

    /// The region for a circle, or `nil` when the centre is not a place on the globe (a latitude beyond ±90° or
    /// not finite, or a longitude not finite), where the cap's geometry does not hold.
    init?(centre: GeoPoint, radiusKilometres radius: Double) {
        guard abs(centre.latitude) <= 90, centre.longitude.isFinite else { return nil }
        let widening = 1 + 1e-9
        let angle = radius / GeoPoint.meanEarthRadiusKilometres * widening + 1e-12
        let latitude = centre.latitude * .pi / 180
        latitudeReach = angle
        let angleDegrees = angle * 180 / .pi
        latitudes = (centre.latitude - angleDegrees)...(centre.latitude + angleDegrees)

        let longitudeDegrees = centre.longitude.remainder(dividingBy: 360)
        centreLongitude = longitudeDegrees * .pi / 180
        // The cap's widest longitude is asin(sin angle / cos latitude); once the cap reaches a pole every longitude
        // is in it.
        let ratio = abs(latitude) + angle < .pi / 2 ? sin(angle) / cos(latitude) * widening : .infinity
        if ratio < 1 {
            let reach = asin(ratio) * widening + 1e-12
            let reachDegrees = reach * 180 / .pi
            let low = longitudeDegrees - reachDegrees
            let high = longitudeDegrees + reachDegrees
            longitudeReach = reach
            longitudes = max(low, -180)...min(high, 180)
            wrappedLongitudes = low < -180 ? (low + 360)...180 : high > 180 ? -180...(high - 360) : nil
        } else {
            longitudeReach = .infinity
            longitudes = -180...180
            wrappedLongitudes = nil
        }

        let halfAngle = radius / (2 * GeoPoint.meanEarthRadiusKilometres)
        if halfAngle < .pi / 2 {
            let sinHalfAngle = sin(halfAngle)
            haversineLimit = sinHalfAngle * sinHalfAngle * widening
        } else {
            haversineLimit = .infinity
        }
    }

    /// Whether a regular point (latitude and longitude in radians, longitude within -π...π) can be in the circle;
    /// a cheap test that spares most points outside it the haversine.
    func mayContain(latitude: Double, longitude: Double, centreLatitude: Double) -> Bool {
        guard abs(latitude - centreLatitude) <= latitudeReach else { return false }
        var difference = abs(longitude - centreLongitude)
        if difference > .pi { difference = 2 * .pi - difference }
        return difference <= longitudeReach
    }
}
