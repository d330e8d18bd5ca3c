import Foundation

/// The Transverse Mercator projection behind the British National Grid, with the constants and the inverse
/// formulas of Ordnance Survey's "A Guide to Coordinate Systems in Great Britain" (annexe A and "Converting between
/// grid eastings and northings and ellipsoidal latitude and longitude").
enum NationalGridProjection {
    /// OSGB36 is defined on Airy 1830.
    static let ellipsoid = Ellipsoid.airy1830
    /// F0, the scale factor on the central meridian.
    static let scaleFactor = 0.9996012717
    /// φ0, the latitude of the true origin (49°N).
    static let originLatitude = 49.0 * .pi / 180
    /// λ0, the central meridian (2°W).
    static let originLongitude = -2.0 * .pi / 180
    /// E0, metres; puts the whole of Great Britain at positive eastings.
    static let falseEasting = 400_000.0
    /// N0, metres; puts the whole of Great Britain at positive northings.
    static let falseNorthing = -100_000.0

    /// The OSGB36 latitude and longitude (on Airy 1830, height zero) of a grid position.
    static func geodetic(easting: Double, northing: Double) -> GeodeticPosition {
        let a = ellipsoid.semiMajorAxis
        let e2 = ellipsoid.eccentricitySquared
        let f0 = scaleFactor

        // The latitude whose meridional arc matches the northing, refined until they agree to 0.01 mm as the
        // guide asks; on the grid that takes three or four steps, and the cap only guards against absurd input.
        var latitude = (northing - falseNorthing) / (a * f0) + originLatitude
        var arc = meridionalArc(to: latitude)
        var steps = 0
        while abs(northing - falseNorthing - arc) >= 0.000_01 && steps < 50 {
            latitude += (northing - falseNorthing - arc) / (a * f0)
            arc = meridionalArc(to: latitude)
            steps += 1
        }

        // The series in powers of the distance from the central meridian, with the guide's names for the terms.
        let sinLatitude = sin(latitude)
        let denominator = 1 - e2 * sinLatitude * sinLatitude
        let nu = a * f0 / denominator.squareRoot()
        let rho = a * f0 * (1 - e2) / (denominator * denominator.squareRoot())
        let etaSquared = nu / rho - 1
        let t = tan(latitude)
        let t2 = t * t
        let t4 = t2 * t2
        let t6 = t4 * t2
        let secant = 1 / cos(latitude)
        let nu3 = nu * nu * nu
        let nu5 = nu3 * nu * nu
        let nu7 = nu5 * nu * nu

        let vii = t / (2 * rho * nu)
        let viii = t / (24 * rho * nu3) * (5 + 3 * t2 + etaSquared - 9 * t2 * etaSquared)
        let ix = t / (720 * rho * nu5) * (61 + 90 * t2 + 45 * t4)
        let x = secant / nu
        let xi = secant / (6 * nu3) * (nu / rho + 2 * t2)
        let xii = secant / (120 * nu5) * (5 + 28 * t2 + 24 * t4)
        let xiia = secant / (5040 * nu7) * (61 + 662 * t2 + 1320 * t4 + 720 * t6)

        let d = easting - falseEasting
        let d2 = d * d
        let d3 = d2 * d
        let d4 = d2 * d2
        let d5 = d4 * d
        let d6 = d4 * d2
        let d7 = d6 * d
        return GeodeticPosition(
            latitude: latitude - vii * d2 + viii * d4 - ix * d6,
            longitude: originLongitude + x * d - xi * d3 + xii * d5 - xiia * d7)
    }

    /// M, the developed meridional arc from the true origin's latitude to `latitude`, in metres.
    static func meridionalArc(to latitude: Double) -> Double {
        let b = ellipsoid.semiMinorAxis
        let n = (ellipsoid.semiMajorAxis - b) / (ellipsoid.semiMajorAxis + b)
        let n2 = n * n
        let n3 = n2 * n
        let difference = latitude - originLatitude
        let sum = latitude + originLatitude
        let terms =
            (1 + n + 5.0 / 4 * n2 + 5.0 / 4 * n3) * difference
            - (3 * n + 3 * n2 + 21.0 / 8 * n3) * sin(difference) * cos(sum)
            + (15.0 / 8 * n2 + 15.0 / 8 * n3) * sin(2 * difference) * cos(2 * sum)
            - 35.0 / 24 * n3 * sin(3 * difference) * cos(3 * sum)
        return b * scaleFactor * terms
    }
}
