import Foundation

/// An ellipsoid of revolution: the surface a datum measures latitude, longitude and height against.
struct Ellipsoid {
    /// Equatorial radius in metres.
    let semiMajorAxis: Double
    /// Polar radius in metres.
    let semiMinorAxis: Double

    /// Airy 1830, the ellipsoid of OSGB36 and so of the National Grid.
    static let airy1830 = Ellipsoid(semiMajorAxis: 6_377_563.396, semiMinorAxis: 6_356_256.909)

    /// GRS80, the ellipsoid of ETRS89; WGS84's differs from it by a tenth of a millimetre at the poles.
    static let grs80 = Ellipsoid(semiMajorAxis: 6_378_137.000, semiMinorAxis: 6_356_752.3141)

    /// The first eccentricity squared, e².
    var eccentricitySquared: Double {
        let a2 = semiMajorAxis * semiMajorAxis
        return (a2 - semiMinorAxis * semiMinorAxis) / a2
    }

    /// Earth-centred cartesian coordinates in metres (OS guide, "Converting between 3D Cartesian and
    /// ellipsoidal latitude, longitude and height coordinates").
    func cartesian(of position: GeodeticPosition) -> SIMD3<Double> {
        let e2 = eccentricitySquared
        let sinLatitude = sin(position.latitude)
        let cosLatitude = cos(position.latitude)
        let nu = semiMajorAxis / (1 - e2 * sinLatitude * sinLatitude).squareRoot()
        return SIMD3(
            (nu + position.height) * cosLatitude * cos(position.longitude),
            (nu + position.height) * cosLatitude * sin(position.longitude),
            ((1 - e2) * nu + position.height) * sinLatitude)
    }

    /// The geodetic position of earth-centred cartesian coordinates (OS guide, "Converting between 3D Cartesian and
    /// ellipsoidal latitude, longitude and height coordinates").
    ///
    /// Latitude is found by fixed-point iteration, which converges to below a micrometre in a handful of steps
    /// anywhere away from the centre of the Earth.
    func geodetic(of point: SIMD3<Double>) -> GeodeticPosition {
        let e2 = eccentricitySquared
        let p = (point.x * point.x + point.y * point.y).squareRoot()
        var latitude = atan2(point.z, p * (1 - e2))
        var nu = semiMajorAxis
        for _ in 0..<20 {
            let sinLatitude = sin(latitude)
            nu = semiMajorAxis / (1 - e2 * sinLatitude * sinLatitude).squareRoot()
            let next = atan2(point.z + e2 * nu * sinLatitude, p)
            let converged = abs(next - latitude) < 1e-14
            latitude = next
            if converged { break }
        }
        return GeodeticPosition(
            latitude: latitude, longitude: atan2(point.y, point.x), height: p / cos(latitude) - nu)
    }
}
