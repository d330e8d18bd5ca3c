/// An advice note's template with everything that does not depend on the profile worked out once:
/// a note without placeholders is a fixed string, and values are spoken from prepared names.
/// It says exactly what ``MessageTemplate/render(schema:values:)`` says.
struct AdviceText: Sendable {
    /// The note when it has no placeholders.
    let fixed: String?
    let parts: [MessageTemplate.Part]

    init(_ template: MessageTemplate) {
        parts = template.parts
        var fixed = ""
        for part in template.parts {
            guard case .text(let text) = part else {
                self.fixed = nil
                return
            }
            fixed += text
        }
        self.fixed = fixed
    }

    /// The note for a profile. `spoken` holds each enum and set fact's values with underscores as
    /// spaces, by slot; `wording` the profile's values as shown.
    func render(_ values: [FactValue?], spoken: [[String]], wording: ProfileWording) -> String {
        if let fixed { return fixed }
        var note = ""
        for part in parts {
            switch part {
            case .text(let text): note += text
            case .value(let fact):
                switch values[fact] {
                case .string(let text)?: note += text
                case .set(let mask)?:
                    var first = true
                    for (index, name) in spoken[fact].enumerated() where mask & (1 << UInt64(index)) != 0 {
                        if !first { note += ", " }
                        note += name
                        first = false
                    }
                case .enumeration(let index)?: note += spoken[fact][index]
                case nil: note += "(unknown)"
                default: note += wording.value(fact) ?? "(unknown)"
                }
            case .count(let fact):
                if case .set(let mask)? = values[fact] {
                    note += String(mask.nonzeroBitCount)
                } else {
                    note += "(unknown)"
                }
            }
        }
        return note
    }
}
