import Foundation
import SchoolData
import SupportRoutingRendering

/// A school's candidate partners as a small SVG map: the school at the centre, the search radius as a
/// circle, each partner a numbered point with a line from the school labelled with its distance. No
/// tiles: the positions are the data's own, projected flat around the school, which over a radius of
/// a few kilometres is true to within a fraction of a percent. Attributes only, every text escaped.
enum PartnerMap {
    /// The section shown below a school's answer: the map and the numbered list.
    static func section(_ ready: DatasetSchool) -> String {
        guard let radius = ready.radius else { return "" }
        let school = ready.school
        var body =
            "<p>High-performing schools of the same phase within \(HTML.escape(Partner.kilometres(radius))), "
            + "strongest where this school is weak first, then nearest.</p>\n"
        if school.location == nil {
            body += "<p>The dataset gives no place for this school, so no partner can be found nearby.</p>\n"
        } else {
            body += svg(ready, radius: radius) + "\n"
            if ready.partners.isEmpty { body += "<p>None found.</p>\n" }
        }
        let items = ready.partners.enumerated().map { number, partner in
            """
            <li><strong>\(number + 1). \(HTML.escape(partner.school.name))</strong> (\(HTML.code(partner.school.id)), \(HTML.escape(Partner.kilometres(partner.distance))))<br>\(HTML.escape(partner.reasons.joined(separator: "; ")))</li>
            """
        }
        if !items.isEmpty { body += "<ol class=\"partners\">\n\(items.joined(separator: "\n"))\n</ol>\n" }
        return "<section id=\"partners\">\n<h2>Candidate partners</h2>\n\(body)</section>\n"
    }

    /// The map, 400 pixels square with the radius reaching 170 pixels from the centre, and a legend
    /// with a scale bar to its right.
    static func svg(_ ready: DatasetSchool, radius: Double) -> String {
        guard let centre = ready.school.location else { return "" }
        let middle = 200.0
        let scale = 170 / max(radius, 0.001)
        /// Kilometres east and north of the school, in pixels right and up from the centre.
        func place(_ point: GeoPoint) -> (x: Double, y: Double) {
            let east = (point.longitude - centre.longitude) * 111.320 * cos(centre.latitude * .pi / 180)
            let north = (point.latitude - centre.latitude) * 110.574
            return (middle + east * scale, middle - north * scale)
        }
        func number(_ value: Double) -> String { String(format: "%.1f", value) }
        let count = ready.partners.count
        let label =
            "\(ready.school.name) and \(count) candidate partner\(count == 1 ? "" : "s") within \(Partner.kilometres(radius))"
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 400\" width=\"600\" height=\"400\" role=\"img\" aria-label=\"\(HTML.escape(label))\">",
            "<rect x=\"0\" y=\"0\" width=\"400\" height=\"400\" fill=\"#f7f9fc\" stroke=\"#d0d7e2\"/>",
            "<circle cx=\"200\" cy=\"200\" r=\"170\" fill=\"#edf3fb\" stroke=\"#1d4e89\" stroke-dasharray=\"6 4\"/>",
        ]
        var dots: [String] = []
        for (index, partner) in ready.partners.enumerated() {
            guard let location = partner.school.location else { continue }
            let (x, y) = place(location)
            parts.append(
                "<line x1=\"200\" y1=\"200\" x2=\"\(number(x))\" y2=\"\(number(y))\" stroke=\"#6b8fbf\" stroke-width=\"1.5\"/>"
            )
            // The distance beyond the partner's point, along the line from the school, so labels of
            // partners in different directions never meet.
            let length = max(((x - middle) * (x - middle) + (y - middle) * (y - middle)).squareRoot(), 0.001)
            let (towardX, towardY) = ((x - middle) / length, (y - middle) / length)
            let anchor = towardX > 0.3 ? "start" : towardX < -0.3 ? "end" : "middle"
            let labelX = x + towardX * 14
            let labelY = y + towardY * 16 + 4
            dots.append(
                "<circle cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"9\" fill=\"#1d7f4e\"><title>\(index + 1). \(HTML.escape(partner.school.name))</title></circle>"
            )
            dots.append(
                "<text x=\"\(number(x))\" y=\"\(number(y + 4))\" font-size=\"11\" font-weight=\"bold\" fill=\"#ffffff\" text-anchor=\"middle\">\(index + 1)</text>"
            )
            dots.append(
                "<text x=\"\(number(labelX))\" y=\"\(number(labelY))\" font-size=\"11\" fill=\"#1a1a1a\" text-anchor=\"\(anchor)\">\(HTML.escape(Partner.kilometres(partner.distance)))</text>"
            )
        }
        parts += dots
        parts.append(
            "<circle cx=\"200\" cy=\"200\" r=\"7\" fill=\"#b3261e\"><title>\(HTML.escape(ready.school.name))</title></circle>"
        )
        // The legend, and a bar as long as the radius.
        parts += [
            "<circle cx=\"424\" cy=\"40\" r=\"7\" fill=\"#b3261e\"/>",
            "<text x=\"440\" y=\"44\" font-size=\"13\" fill=\"#1a1a1a\">the school</text>",
            "<circle cx=\"424\" cy=\"70\" r=\"9\" fill=\"#1d7f4e\"/>",
            "<text x=\"424\" y=\"74\" font-size=\"11\" font-weight=\"bold\" fill=\"#ffffff\" text-anchor=\"middle\">1</text>",
            "<text x=\"440\" y=\"74\" font-size=\"13\" fill=\"#1a1a1a\">a candidate, by rank</text>",
            "<line x1=\"414\" y1=\"100\" x2=\"434\" y2=\"100\" stroke=\"#1d4e89\" stroke-dasharray=\"6 4\"/>",
            "<text x=\"440\" y=\"104\" font-size=\"13\" fill=\"#1a1a1a\">the search radius</text>",
            "<line x1=\"414\" y1=\"140\" x2=\"584\" y2=\"140\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>",
            "<line x1=\"414\" y1=\"134\" x2=\"414\" y2=\"146\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>",
            "<line x1=\"584\" y1=\"134\" x2=\"584\" y2=\"146\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>",
            "<text x=\"499\" y=\"162\" font-size=\"13\" fill=\"#1a1a1a\" text-anchor=\"middle\">\(HTML.escape(Partner.kilometres(radius)))</text>",
            "<text x=\"414\" y=\"390\" font-size=\"11\" fill=\"#4d4d4d\">North is up; places from the data.</text>",
            "</svg>",
        ]
        return parts.joined(separator: "\n")
    }
}
