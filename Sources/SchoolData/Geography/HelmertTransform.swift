import Foundation

/// A seven-parameter similarity transformation between the cartesian frames of two datums, in the position vector
/// convention of the OS guide's "Helmert datum transformations" (EPSG method 9606).
struct HelmertTransform {
    /// Metres added to x, y and z.
    let translation: SIMD3<Double>
    /// Scale change as a fraction (parts per million × 10⁻⁶).
    let scale: Double
    /// Small rotations about the x, y and z axes, in radians.
    let rotation: SIMD3<Double>

    /// Builds a transformation from the units OS publishes: metres, parts per million and arc-seconds.
    init(translationMetres: SIMD3<Double>, scalePartsPerMillion: Double, rotationArcSeconds: SIMD3<Double>) {
        self.init(
            translation: translationMetres,
            scale: scalePartsPerMillion * 1e-6,
            rotation: rotationArcSeconds * (.pi / (180 * 3600)))
    }

    private init(translation: SIMD3<Double>, scale: Double, rotation: SIMD3<Double>) {
        self.translation = translation
        self.scale = scale
        self.rotation = rotation
    }

    /// ETRS89 (and so WGS84, to within a metre) to OSGB36, with the signs OS publishes in the guide's
    /// "Approximate WGS84 to OSGB36/ODN transformation".
    ///
    /// OS quotes its error as up to 3.5 metres (95%) over Great Britain; OSTN15 is the exact transformation.
    static let etrs89ToOSGB36 = HelmertTransform(
        translationMetres: SIMD3(-446.448, 125.157, -542.060),
        scalePartsPerMillion: 20.4894,
        rotationArcSeconds: SIMD3(-0.1502, -0.2470, -0.8421))

    /// OSGB36 to ETRS89 (WGS84 to within a metre).
    static let osgb36ToETRS89 = etrs89ToOSGB36.reversed

    /// The transformation the other way: with parameters this small, negating all seven is what the OS guide
    /// prescribes, and the error it leaves is far below the transformation's own 5 metres.
    var reversed: HelmertTransform {
        HelmertTransform(translation: -translation, scale: -scale, rotation: -rotation)
    }

    /// The point's coordinates in the target frame.
    func apply(to point: SIMD3<Double>) -> SIMD3<Double> {
        let (x, y, z) = (point.x, point.y, point.z)
        let (rx, ry, rz) = (rotation.x, rotation.y, rotation.z)
        let s = 1 + scale
        return translation
            + SIMD3(
                s * x - rz * y + ry * z,
                rz * x + s * y - rx * z,
                -ry * x + rx * y + s * z)
    }
}
