/// A position on the British National Grid: metres east and north of the grid's false origin, on OSGB36.
///
/// English school datasets (Get Information About Schools among them) locate schools this way; `wgs84` turns a grid
/// reference into the latitude and longitude that distances and the ``NearbyIndex`` work in.
///
/// Only positions on the grid can be made, so the initialiser is failable and the coordinates are constants: a value
/// can never drift off the grid, where the projection's series and the datum transformation lose their meaning.
public struct GridReference: Sendable, Hashable {
    /// The eastings the grid covers, in metres.
    public static let eastings: ClosedRange<Double> = 0...700_000
    /// The northings the grid covers, in metres.
    public static let northings: ClosedRange<Double> = 0...1_300_000

    /// Metres east of the false origin.
    public let easting: Double
    /// Metres north of the false origin.
    public let northing: Double

    /// A grid reference, or `nil` when the easting or northing is off the grid (or not a number).
    public init?(easting: Double, northing: Double) {
        guard Self.eastings.contains(easting), Self.northings.contains(northing) else { return nil }
        self.easting = easting
        self.northing = northing
    }

    /// Latitude and longitude on OSGB36 (the Airy 1830 ellipsoid), before any change of datum.
    var osgb36: GeodeticPosition {
        NationalGridProjection.geodetic(easting: easting, northing: northing)
    }

    /// The WGS84 latitude and longitude, to within about 5 metres.
    ///
    /// The datum change is OS's published Helmert transformation, not the exact OSTN15 grid: its few metres of error
    /// are far below what locating schools needs, and it needs no 40 MB data file. A grid reference carries no height;
    /// taking it as zero moves the result by well under a millimetre.
    public var wgs84: GeoPoint {
        let cartesian = NationalGridProjection.ellipsoid.cartesian(of: osgb36)
        let transformed = HelmertTransform.osgb36ToETRS89.apply(to: cartesian)
        let position = Ellipsoid.grs80.geodetic(of: transformed)
        return GeoPoint(latitude: position.latitude * 180 / .pi, longitude: position.longitude * 180 / .pi)
    }
}
