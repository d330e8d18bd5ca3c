extension GeoPoint {
    /// The IUGG mean radius of the Earth, R₁ = (2a + b) / 3 for WGS84, in kilometres: the sphere that best fits
    /// ellipsoidal distances on average.
    public static let meanEarthRadiusKilometres = 6371.0088

    /// The great-circle distance to `other` in kilometres, by the haversine formula on a sphere of
    /// ``meanEarthRadiusKilometres``.
    ///
    /// A sphere is within about 0.5% of the ellipsoid everywhere, which is plenty for "how far is the school";
    /// the haversine form stays accurate for the short distances that matter most.
    public func distance(to other: GeoPoint) -> Double {
        HaversinePoint.kilometres(haversine: HaversinePoint(self).haversine(to: HaversinePoint(other)))
    }
}
