/// A place on the WGS84 ellipsoid, in decimal degrees.
public struct GeoPoint: Sendable, Hashable, Codable {
    /// Degrees north of the equator (negative south).
    public var latitude: Double
    /// Degrees east of Greenwich (negative west).
    public var longitude: Double

    /// Creates a point from decimal degrees.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}
