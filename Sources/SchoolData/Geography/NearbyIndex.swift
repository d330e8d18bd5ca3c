/// Finds the points within a radius of a place, fast, over up to a million points.
///
/// Built once from an array and immutable after; answers give indices into that array (also kept as `points`).
/// Points are bucketed into a ``CellGrid`` by a counting sort into one flat array, so a query reads a few contiguous
/// slices, one per row of cells the circle can reach, and measures only the points in them. Distances are those of
/// ``GeoPoint/distance(to:)``, computed the same way bit for bit, so a query returns exactly what a scan of every
/// point would.
///
/// Points outside the ordinary ranges (a latitude beyond ±90°, a longitude beyond ±180°, or anything not finite) are
/// kept aside and measured on every query rather than dropped, so nothing is ever missed; the grid serves the rest.
public struct NearbyIndex: Sendable {
    /// The points the index was built from; results index into this array.
    public let points: [GeoPoint]

    /// The points on the globe sorted by cell, then the rest; `cellStarts[c]..<cellStarts[c + 1]` is cell `c`.
    private let entries: [Entry]
    private let cellStarts: [Int]
    private let grid: CellGrid?

    private struct Entry: Sendable {
        let point: HaversinePoint
        let index: Int
    }

    /// Builds the index. Cells are sized for queries of about `typicalRadiusKilometres` (half the radius on a side);
    /// any radius gives correct answers, this one just the quickest.
    public init(points: [GeoPoint], typicalRadiusKilometres: Double = 10) {
        self.points = points
        let regular = points.indices.filter { points[$0].isRegular }
        guard let first = regular.first else {
            grid = nil
            cellStarts = [0]
            entries = points.indices.map { Entry(point: HaversinePoint(points[$0]), index: $0) }
            return
        }
        var latitudes = points[first].latitude...points[first].latitude
        var longitudes = points[first].longitude...points[first].longitude
        for index in regular {
            let point = points[index]
            latitudes = min(latitudes.lowerBound, point.latitude)...max(latitudes.upperBound, point.latitude)
            longitudes = min(longitudes.lowerBound, point.longitude)...max(longitudes.upperBound, point.longitude)
        }
        let cellKilometres =
            typicalRadiusKilometres.isFinite && typicalRadiusKilometres > 0 ? typicalRadiusKilometres / 2 : 5
        let grid = CellGrid(
            latitudes: latitudes, longitudes: longitudes, cellKilometres: cellKilometres,
            maximumCells: max(2 * regular.count, 4096))

        // Counting sort: count per cell, turn counts into starts, then drop each point into its cell's next slot.
        let cells = regular.map { grid.cell(latitude: points[$0].latitude, longitude: points[$0].longitude) }
        var starts = [Int](repeating: 0, count: grid.cellCount + 1)
        for cell in cells { starts[cell + 1] += 1 }
        for cell in 0..<grid.cellCount { starts[cell + 1] += starts[cell] }
        var next = starts
        var slots = [Int](repeating: 0, count: regular.count)
        for (index, cell) in zip(regular, cells) {
            slots[next[cell]] = index
            next[cell] += 1
        }
        let irregular = points.indices.filter { !points[$0].isRegular }
        entries = (slots + irregular).map { Entry(point: HaversinePoint(points[$0]), index: $0) }
        cellStarts = starts
        self.grid = grid
    }

    /// The points within `radiusKilometres` of `centre`, boundary included, nearest first and equal distances in
    /// index order.
    ///
    /// A negative or not-a-number radius finds nothing; an infinite one finds every point at a finite distance.
    public func within(_ radiusKilometres: Double, of centre: GeoPoint) -> [(index: Int, distance: Double)] {
        var found: [(index: Int, distance: Double)] = []
        forEach(within: radiusKilometres, of: centre) { found.append(($0, $1)) }
        found.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
        return found
    }

    /// Calls `body` with the index and distance of each point within `radiusKilometres` of `centre`, in no
    /// particular order, without collecting them; for counting or summing without an array per query.
    public func forEach<Failure: Error>(
        within radiusKilometres: Double, of centre: GeoPoint,
        _ body: (_ index: Int, _ distance: Double) throws(Failure) -> Void
    ) throws(Failure) {
        guard radiusKilometres >= 0 else { return }
        let origin = HaversinePoint(centre)
        let region = SearchRegion(centre: centre, radiusKilometres: radiusKilometres)
        let haversineLimit = region?.haversineLimit ?? .infinity

        func measure(_ entry: Entry) throws(Failure) {
            let haversine = origin.haversine(to: entry.point)
            guard haversine <= haversineLimit else { return }
            let distance = HaversinePoint.kilometres(haversine: haversine)
            if distance <= radiusKilometres { try body(entry.index, distance) }
        }

        let regularCount = cellStarts[cellStarts.count - 1]
        guard let grid, let region else {
            for entry in entries { try measure(entry) }
            return
        }
        for entry in entries[regularCount...] { try measure(entry) }
        guard let rows = grid.rows(covering: region.latitudes) else { return }
        var columns = grid.columns(covering: region.longitudes)
        var wrappedColumns = region.wrappedLongitudes.flatMap { grid.columns(covering: $0) }
        // A wrapped interval is far from the main one, but wide cells could still put both ends in one column.
        if let main = columns, let wrapped = wrappedColumns, main.overlaps(wrapped) {
            columns = min(main.lowerBound, wrapped.lowerBound)...max(main.upperBound, wrapped.upperBound)
            wrappedColumns = nil
        }

        func scan(row: Int, columns: ClosedRange<Int>) throws(Failure) {
            let start = cellStarts[row * grid.columns + columns.lowerBound]
            let end = cellStarts[row * grid.columns + columns.upperBound + 1]
            for entry in entries[start..<end]
            where region.mayContain(
                latitude: entry.point.latitude, longitude: entry.point.longitude, centreLatitude: origin.latitude)
            {
                try measure(entry)
            }
        }

        for row in rows {
            if let columns { try scan(row: row, columns: columns) }
            if let wrappedColumns { try scan(row: row, columns: wrappedColumns) }
        }
    }
}

extension GeoPoint {
    /// On the globe in the ordinary ranges, which is what the grid's bounds and cap geometry assume.
    fileprivate var isRegular: Bool {
        abs(latitude) <= 90 && abs(longitude) <= 180
    }
}
