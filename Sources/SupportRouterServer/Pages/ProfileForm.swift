import Foundation
import SupportRouting
import SupportRoutingRendering

/// The form generated from a rule set's facts, and the profile a submitted form describes.
///
/// Each fact's description is its label. An enum is a choice, a set is check boxes, a bool is yes /
/// no / not known, a number a bounded input; every fact without a default can be left "not known",
/// and a derived fact left to be worked out. A profile may also be pasted or uploaded, as YAML or JSON.
enum ProfileForm {
    /// The form's fields for `ruleSet`, filled from `values` (fact name to the YAML of a value) when given.
    static func render(_ ruleSet: RuleSet, csrf: String, values: [String: String] = [:]) -> String {
        var html = """
            <form method="post" action="/rulesets/\(HTML.escape(ruleSet.id))/answer" enctype="multipart/form-data">
            <input type="hidden" name="csrf" value="\(HTML.escape(csrf))">
            <div class="fact"><label for="about.name">The school's name</label>
            <input type="text" id="about.name" name="about.name" value="\(HTML.escape(values["about.name"] ?? ""))"></div>

            """
        for fact in ruleSet.schema.facts {
            html += field(fact, derived: ruleSet.derivation(of: fact.index) != nil, value: values[fact.name])
        }
        html += """
            <div class="fact"><label for="profile">Or paste a whole profile (YAML or JSON); it is used instead of the fields above</label>
            <textarea id="profile" name="profile"></textarea></div>
            <div class="fact"><label for="upload">Or upload a profile file (YAML or JSON); it is used instead of all the above</label>
            <input type="file" id="upload" name="upload" accept=".yaml,.yml,.json"></div>
            <p><button type="submit" id="submit">Recommend a route</button></p>
            </form>

            """
        return html
    }

    private static func field(_ fact: Fact, derived: Bool, value: String?) -> String {
        let id = HTML.escape("f." + fact.name)
        let label = "\(HTML.escape(fact.description)) <span class=\"name\">(\(HTML.escape(fact.name)))</span>"
        let current = value ?? fact.defaultValue.map { WitnessBuilder.yaml($0, fact.type) }
        // Left out, a fact without a default is not known; one with a default is said to be not known with null.
        let notKnown =
            derived ? ("", "work it out") : (fact.defaultValue == nil ? ("", "not known") : ("null", "not known"))
        func option(_ value: String, _ text: String) -> String {
            "<option value=\"\(HTML.escape(value))\"\(value == (current ?? notKnown.0) ? " selected" : "")>\(HTML.escape(text))</option>"
        }
        switch fact.type {
        case .bool:
            return """
                <div class="fact"><label for="\(id)">\(label)</label>
                <select id="\(id)" name="\(id)">\(option(notKnown.0, notKnown.1))\(option("true", "yes"))\(option("false", "no"))</select></div>

                """
        case .enumeration(let values, _):
            return """
                <div class="fact"><label for="\(id)">\(label)</label>
                <select id="\(id)" name="\(id)">\(option(notKnown.0, notKnown.1))\(values.map { option($0, $0) }.joined())</select></div>

                """
        case .set(let values):
            let chosen = Set(
                (current ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "[]")).split(separator: ",")
                    .map { $0.trimmingCharacters(in: .whitespaces) })
            let boxes = values.map { member in
                """
                <label><input type="checkbox" name="\(id)" value="\(HTML.escape(member))"\(chosen.contains(member) ? " checked" : "")> \(HTML.escape(member))</label>
                """
            }
            return """
                <div class="fact"><fieldset><legend>\(label)</legend>\(boxes.joined(separator: "\n"))</fieldset></div>

                """
        case .number(let minimum, let maximum, let integer):
            let bounds =
                (minimum.map { " min=\"\(FactValue.format($0))\"" } ?? "")
                + (maximum.map { " max=\"\(FactValue.format($0))\"" } ?? "")
            return """
                <div class="fact"><label for="\(id)">\(label), blank if not known</label>
                <input type="number" id="\(id)" name="\(id)"\(bounds) step="\(integer ? "1" : "any")" value="\(HTML.escape(current ?? ""))"></div>

                """
        case .string:
            let text = current.flatMap { try? JSONDecoder().decode(String.self, from: Data($0.utf8)) } ?? current ?? ""
            return """
                <div class="fact"><label for="\(id)">\(label), blank if not known</label>
                <input type="text" id="\(id)" name="\(id)" value="\(HTML.escape(text))"></div>

                """
        }
    }

    /// The profile a submitted form describes: the uploaded file when there is one, else the pasted
    /// profile, else (as YAML) a line for each field filled in.
    static func profile(from fields: [(String, String)], ruleSet: RuleSet) -> String {
        for whole in ["upload", "profile"] {
            if let text = fields.last(where: { $0.0 == whole })?.1,
                !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            {
                return text
            }
        }
        var lines: [String] = []
        if let name = fields.first(where: { $0.0 == "about.name" })?.1, !name.isEmpty {
            lines.append("about:\n  name: \(name.jsonQuoted)")
        }
        for fact in ruleSet.schema.facts {
            let given = fields.filter { $0.0 == "f." + fact.name }.map(\.1)
            switch fact.type {
            case .set:
                // A set with no box ticked is the empty set, when it has no default to fall back on.
                if !given.isEmpty || fact.defaultValue == nil {
                    lines.append("\(fact.name): [\(given.joined(separator: ", "))]")
                }
            case .string:
                if let text = given.first, !text.isEmpty { lines.append("\(fact.name): \(text.jsonQuoted)") }
            default:
                if let value = given.first, !value.isEmpty { lines.append("\(fact.name): \(value)") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The fields of an `application/x-www-form-urlencoded` body, in order.
    static func fields(_ body: String) -> [(String, String)] {
        body.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part)
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }
}
