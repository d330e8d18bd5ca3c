/// A fact's value written in code, for a profile built by fact name (``RuleSet/profile(_:name:)``).
///
/// Literals work directly: `"secondary"` for an enum or a string, `true` for a bool, `42.5` for a
/// number, `["leadership", "behaviour"]` for a set. Each is checked against the rule set's facts
/// exactly as a profile file's value is.
public enum FactInput: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByArrayLiteral
{
    /// Text: an enum's value, a string, or a number or bool written out.
    case text(String)
    /// A bool.
    case bool(Bool)
    /// A number.
    case number(Double)
    /// The members of a set.
    case members([String])

    /// A text literal.
    public init(stringLiteral value: String) { self = .text(value) }
    /// A bool literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A whole-number literal.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// A decimal literal.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// A list of a set's members.
    public init(arrayLiteral elements: String...) { self = .members(elements) }

    /// The value as a document node, so it is checked by the one reader of profile values.
    func node(at location: SourceLocation) -> SourceNode {
        func scalar(_ text: String, plain: Bool) -> SourceNode {
            SourceNode(.scalar(SourceNode.Scalar(text: text, isPlain: plain)), location: location)
        }
        switch self {
        case .text(let text): return scalar(text, plain: false)
        case .bool(let flag): return scalar(flag ? "true" : "false", plain: true)
        case .number(let number):
            // Whole numbers as they would be written (`140`, not `140.0`), so messages quote them so.
            let whole = number.rounded() == number && abs(number) < 1e15
            return scalar(whole ? String(Int(number)) : number.description, plain: true)
        case .members(let members):
            return SourceNode(.sequence(members.map { scalar($0, plain: false) }), location: location)
        }
    }
}

extension RuleSet {
    /// A profile built in code by fact name, checked as a profile file is: an unknown fact gets a
    /// "did you mean", a value of the wrong type or outside a fact's values is refused. Facts left out
    /// are missing (or take their defaults), as in a file.
    ///
    /// ```swift
    /// let profile = try ruleSet.profile(["phase": "secondary", "ofsted.category": "special_measures"]).get()
    /// ```
    public func profile(_ facts: [String: FactInput], name: String? = nil) -> Result<Profile, DiagnosticList> {
        let file = "<code>"
        let location = SourceLocation(file: file, line: 1, column: 1)
        var entries = facts.sorted { $0.key < $1.key }.map {
            SourceNode.Entry(key: $0.key, keyLocation: location, value: $0.value.node(at: location))
        }
        if let name {
            let about = SourceNode(
                .mapping([
                    SourceNode.Entry(
                        key: "name", keyLocation: location,
                        value: SourceNode(.scalar(SourceNode.Scalar(text: name, isPlain: false)), location: location))
                ]), location: location)
            entries.insert(SourceNode.Entry(key: "about", keyLocation: location, value: about), at: 0)
        }
        return ProfileDecoder.decode(SourceNode(.mapping(entries), location: location), ruleSet: self, file: file)
    }
}
