/// A position given by latitude, longitude and height above an ellipsoid; which ellipsoid is up to the caller.
///
/// Angles are in radians because every use of them is trigonometry.
struct GeodeticPosition: Equatable {
    var latitude: Double
    var longitude: Double
    /// Metres above the ellipsoid.
    var height: Double = 0
}
