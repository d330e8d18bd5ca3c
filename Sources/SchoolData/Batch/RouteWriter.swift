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
        case .csv: return "id,name,line,route,reasons,needs,rules_id,rules_version,rules_sha256,partners\n"
        case .jsonl: return ""
        case .json: return "["
        }
    }

    /// The part of a record that depends on the facts alone (route, reasons, needs), already in `format`,
    /// followed by `rules` from ``rules(_:format:)``: a batch writes it once for each distinct set of values
    /// and reuses it for every school that has them.
    static func answer(route: String, reasons: [String], needs: [String], rules: String, format: RouteFormat)
        -> String
    {
        switch format {
        case .csv:
            var text = CSVField.escape(route) + ","
            text += CSVField.escape(reasons.joined(separator: " | ")) + ","
            return text + CSVField.escape(needs.joined(separator: "; ")) + rules
        case .jsonl, .json:
            return "\"route\":\(JSONText.quote(route)),\"reasons\":\(JSONText.array(reasons)),"
                + "\"needs\":\(JSONText.array(needs))" + rules
        }
    }

    /// The rules that answered, as every record carries them so it can be traced to the exact rule file:
    /// the id, version and SHA-256 of the file's bytes (empty when not known), after the needs.
    static func rules(_ ruleSet: RuleSet, format: RouteFormat) -> String {
        let sha256 = ruleSet.sha256 ?? ""
        switch format {
        case .csv:
            return ",\(CSVField.escape(ruleSet.id)),\(CSVField.escape(ruleSet.version)),\(sha256)"
        case .jsonl, .json:
            return ",\"rules\":{\"id\":\(JSONText.quote(ruleSet.id)),\"version\":\(JSONText.quote(ruleSet.version)),"
                + "\"sha256\":\(ruleSet.sha256.map(JSONText.quote) ?? "null")}"
        }
    }

    /// Appends one school's record to `text`, around the answer's text from
    /// ``answer(route:reasons:needs:rules:format:)``. A JSON record is written after `,` and a new line, as
    /// every record but the first is; ``frame(_:count:)`` drops the first record's comma.
    static func append(
        id: String, name: String, line: Int, answer: String, partners: [Partner], format: RouteFormat,
        to text: inout String
    ) {
        switch format {
        case .csv:
            CSVField.append(id, to: &text)
            text += ","
            CSVField.append(name, to: &text)
            text += ","
            text += String(line)
            text += ","
            text += answer
            text += ","
            CSVField.append(RoutedSchool.summary(of: partners), to: &text)
            text += "\n"
        case .jsonl, .json:
            text += format == .json ? ",\n  {\"id\":" : "{\"id\":"
            id.appendJSONQuoted(to: &text)
            text += ",\"name\":"
            name.appendJSONQuoted(to: &text)
            text += ",\"line\":"
            text += String(line)
            text += ","
            text += answer
            text += ",\"partners\":["
            for (index, partner) in partners.enumerated() {
                if index > 0 { text += "," }
                text += "{\"id\":\(JSONText.quote(partner.school.id)),\"name\":\(JSONText.quote(partner.school.name)),"
                text +=
                    "\"distanceKm\":\(Partner.format(partner.distance)),\"reasons\":\(JSONText.array(partner.reasons))}"
            }
            text += "]}"
            if format == .jsonl { text += "\n" }
        }
    }

    /// `count` records from ``append(id:name:line:answer:partners:format:to:)``, as they go in the file
    /// after the records before them.
    public mutating func frame(_ records: Substring, count: Int) -> Substring {
        defer { written += count }
        guard format == .json, written == 0, count > 0 else { return records }
        return records.dropFirst()
    }

    /// The text that closes the file.
    public var closing: String {
        format == .json ? (written == 0 ? "]\n" : "\n]\n") : ""
    }
}

/// JSON strings and arrays of strings, written directly for speed.
enum JSONText {
    static func quote(_ text: String) -> String { text.jsonQuoted }

    static func array(_ items: [String]) -> String { "[" + items.map(quote).joined(separator: ",") + "]" }
}
