import Foundation

/// A point on the sphere with the trigonometry the haversine formula needs worked out once.
///
/// Both `GeoPoint.distance(to:)` and the ``NearbyIndex`` measure through this type, so an indexed query and a plain
/// scan compute bit-for-bit the same distances and so agree exactly on which points lie within a radius.
struct HaversinePoint: Sendable {
    /// Radians.
    let latitude: Double
    /// Radians.
    let longitude: Double
    let cosLatitude: Double

    init(_ point: GeoPoint) {
        latitude = point.latitude * .pi / 180
        longitude = point.longitude * .pi / 180
        cosLatitude = cos(latitude)
    }

    /// The haversine of the central angle to `other`; it grows with distance, so it can rule points out before the
    /// more expensive arcsine.
    func haversine(to other: HaversinePoint) -> Double {
        let sinHalfLatitude = sin((other.latitude - latitude) / 2)
        let sinHalfLongitude = sin((other.longitude - longitude) / 2)
        return sinHalfLatitude * sinHalfLatitude
            + cosLatitude * other.cosLatitude * sinHalfLongitude * sinHalfLongitude
    }

    /// Kilometres along the sphere for a haversine; rounding can push the haversine just past 1 for antipodes.
    static func kilometres(haversine: Double) -> Double {
        2 * GeoPoint.meanEarthRadiusKilometres * asin(min(1, haversine.squareRoot()))
    }
}
