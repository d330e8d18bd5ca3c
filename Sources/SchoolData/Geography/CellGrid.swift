import Foundation

/// A uniform grid of latitude-longitude cells over a bounding box, numbered row by row so that the cells of a row
/// are neighbours in the ``NearbyIndex``'s flat arrays and a run of them is one contiguous slice.
///
/// Rows and columns come from the same rounding-down division for points and for query bounds, and that division
/// never decreases as its argument grows, so bounds that contain a point always give cells that contain its cell.
struct CellGrid: Sendable {
    let latitudes: ClosedRange<Double>
    let longitudes: ClosedRange<Double>
    /// Degrees of latitude per row.
    let cellHeight: Double
    /// Degrees of longitude per column.
    let cellWidth: Double
    let rows: Int
    let columns: Int

    /// Cells about `cellKilometres` on a side in the middle of the box, made larger if need be to keep to
    /// `maximumCells`. Longitude cells widen by the cosine of the middle latitude so cells stay roughly square;
    /// beyond 80° they stop widening, which costs only speed.
    init(latitudes: ClosedRange<Double>, longitudes: ClosedRange<Double>, cellKilometres: Double, maximumCells: Int) {
        let kilometresPerDegree = GeoPoint.meanEarthRadiusKilometres * .pi / 180
        let middle = (latitudes.lowerBound + latitudes.upperBound) / 2
        let narrowing = max(cos(middle * .pi / 180), cos(80 * Double.pi / 180))
        var height = cellKilometres / kilometresPerDegree
        var width = height / narrowing
        func cells(spanning span: Double, by size: Double) -> Double { (span / size).rounded(.down) + 1 }
        let latitudeSpan = latitudes.upperBound - latitudes.lowerBound
        let longitudeSpan = longitudes.upperBound - longitudes.lowerBound
        while cells(spanning: latitudeSpan, by: height) * cells(spanning: longitudeSpan, by: width)
            > Double(maximumCells)
        {
            height *= 1.5
            width *= 1.5
        }
        self.latitudes = latitudes
        self.longitudes = longitudes
        cellHeight = height
        cellWidth = width
        rows = Int(cells(spanning: latitudeSpan, by: height))
        columns = Int(cells(spanning: longitudeSpan, by: width))
    }

    var cellCount: Int { rows * columns }

    /// The cell of a point inside the bounding box.
    func cell(latitude: Double, longitude: Double) -> Int {
        row(of: latitude) * columns + column(of: longitude)
    }

    /// The rows that hold every point of the box whose latitude lies in `band`, or `nil` if none can.
    func rows(covering band: ClosedRange<Double>) -> ClosedRange<Int>? {
        guard let clamped = band.overlap(with: latitudes) else { return nil }
        return row(of: clamped.lowerBound)...row(of: clamped.upperBound)
    }

    /// The columns that hold every point of the box whose longitude lies in `interval`, or `nil` if none can.
    func columns(covering interval: ClosedRange<Double>) -> ClosedRange<Int>? {
        guard let clamped = interval.overlap(with: longitudes) else { return nil }
        return column(of: clamped.lowerBound)...column(of: clamped.upperBound)
    }

    private func row(of latitude: Double) -> Int {
        min(Int(((latitude - latitudes.lowerBound) / cellHeight).rounded(.down)), rows - 1)
    }

    private func column(of longitude: Double) -> Int {
        min(Int(((longitude - longitudes.lowerBound) / cellWidth).rounded(.down)), columns - 1)
    }
}

extension ClosedRange<Double> {
    /// The overlap with `limits`, or `nil` when there is none (where `clamped(to:)` would give an end of `limits`).
    fileprivate func overlap(with limits: ClosedRange<Double>) -> ClosedRange<Double>? {
        guard lowerBound <= limits.upperBound, upperBound >= limits.lowerBound else { return nil }
        return Swift.max(lowerBound, limits.lowerBound)...Swift.min(upperBound, limits.upperBound)
    }
}
