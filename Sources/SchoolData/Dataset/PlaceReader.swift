import SupportRouting

/// Reads a school's place from its location columns, converting grid references to WGS84.
enum PlaceReader {
    /// Why a location cannot be read, and the column to blame.
    struct Failure: Error {
        let message: String
        let column: String
    }

    /// The place; `nil` when the cells are blank, since many datasets lack a few coordinates.
    static func read(_ columns: LocationColumns?, cells: (Substring?, Substring?)) -> Result<GeoPoint?, Failure> {
        guard let columns else { return .success(nil) }
        let (first, second) = columns.names
        let firstText = cells.0?.trimmingSpaces ?? ""
        let secondText = cells.1?.trimmingSpaces ?? ""
        if firstText.isEmpty && secondText.isEmpty { return .success(nil) }
        if firstText.isEmpty || secondText.isEmpty {
            let (blank, given) = firstText.isEmpty ? (first, second) : (second, first)
            return .failure(
                Failure(message: "`\(blank)` is blank but `\(given)` is not; give both or neither", column: blank))
        }
        // Any number Swift reads is a coordinate; most are plain decimals, read the quick way.
        guard let a = DecimalReader.quickValue(firstText) ?? Double(firstText), a.isFinite else {
            return .failure(notNumber(firstText, first))
        }
        guard let b = DecimalReader.quickValue(secondText) ?? Double(secondText), b.isFinite else {
            return .failure(notNumber(secondText, second))
        }
        switch columns {
        case .latitudeLongitude:
            guard (-90...90).contains(a) else {
                return .failure(Failure(message: "latitude \(a) is outside -90 to 90", column: first))
            }
            guard (-180...180).contains(b) else {
                return .failure(Failure(message: "longitude \(b) is outside -180 to 180", column: second))
            }
            return .success(GeoPoint(latitude: a, longitude: b))
        case .nationalGrid:
            guard let grid = GridReference(easting: a, northing: b) else {
                return .failure(
                    Failure(
                        message: "easting \(firstText), northing \(secondText) is outside the National Grid",
                        column: first))
            }
            return .success(grid.wgs84)
        }
    }

    private static func notNumber(_ text: Substring, _ column: String) -> Failure {
        Failure(message: "`\(text)` is not a number", column: column)
    }
}

extension LocationColumns {
    /// The two columns, in the order latitude/longitude or easting/northing.
    var names: (String, String) {
        switch self {
        case .latitudeLongitude(let latitude, let longitude): return (latitude, longitude)
        case .nationalGrid(let easting, let northing): return (easting, northing)
        }
    }
}
