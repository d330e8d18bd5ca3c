import SupportRouting

/// Turns routed schools into the text of a CSV, JSONL or JSON file, a record at a time, so a batch
/// never holds more than one school's output.
public struct RouteWriter: Sendable {
    /// The format written.
    public let format: RouteFormat
    private var written = 0

    /// Creates a writer.
    public init(format: RouteFormat) { self.format = format }

    /// The text that opens the file.
    public var opening: String {
        switch format {
        case .csv: return "id,name,line,route,reasons,needs,partners\n"
        case .jsonl: return ""
        case .json: return "["
        }
    }

    /// The text for one school.
    public mutating func record(_ school: RoutedSchool) -> String { frame(Self.body(school, format: format)) }

    /// One school's record without what joins it to the others; it needs no state, so it can be made
    /// on any thread.
    public static func body(_ school: RoutedSchool, format: RouteFormat) -> String {
        switch format {
        case .csv:
            return [
                school.id, school.name, String(school.line), school.route, school.reasons.joined(separator: " | "),
                school.needs.joined(separator: "; "), school.partnerSummary,
            ].map(CSVField.escape).joined(separator: ",") + "\n"
        case .jsonl: return json(school) + "\n"
        case .json: return json(school)
        }
    }

    /// A record's body as it goes in the file, after the records before it.
    public mutating func frame(_ body: String) -> String {
        defer { written += 1 }
        guard format == .json else { return body }
        return (written == 0 ? "\n  " : ",\n  ") + body
    }

    /// The text that closes the file.
    public var closing: String {
        format == .json ? (written == 0 ? "]\n" : "\n]\n") : ""
    }

    private static func json(_ school: RoutedSchool) -> String {
        let partners = school.partners.map { partner in
            "{\"id\":\(JSONText.quote(partner.school.id)),\"name\":\(JSONText.quote(partner.school.name)),"
                + "\"distanceKm\":\(Partner.format(partner.distance)),\"reasons\":\(JSONText.array(partner.reasons))}"
        }
        return "{\"id\":\(JSONText.quote(school.id)),\"name\":\(JSONText.quote(school.name)),\"line\":\(school.line),"
            + "\"route\":\(JSONText.quote(school.route)),\"reasons\":\(JSONText.array(school.reasons)),"
            + "\"needs\":\(JSONText.array(school.needs)),\"partners\":[\(partners.joined(separator: ","))]}"
    }
}

/// JSON strings and arrays of strings, written directly for speed.
enum JSONText {
    static func quote(_ text: String) -> String { text.jsonQuoted }

    static func array(_ items: [String]) -> String { "[" + items.map(quote).joined(separator: ",") + "]" }
}
