/// The keys each part of a rule file, a rule test file and a profile may hold: written once here,
/// read by the decoders, and held equal to the JSON Schemas in `Schemas/` by a test, so an editor
/// and the loader never disagree about which keys a file may have.
package enum FileKeys {
    /// The keys one map may hold.
    package struct Keys: Sendable, Equatable {
        /// Keys the map must hold.
        package let required: [String]
        /// Keys the map may hold.
        package let optional: [String]

        /// Keys that a map must hold and keys it may hold.
        package init(required: [String], optional: [String]) {
            self.required = required
            self.optional = optional
        }

        /// Every key the map may hold.
        package var all: [String] { required + optional }

        /// These keys with `required` and `optional` added.
        package func adding(required more: [String] = [], optional others: [String] = []) -> Keys {
            Keys(required: required + more, optional: optional + others)
        }
    }

    /// A rule file.
    package static let ruleSet = Keys(
        required: ["format", "ruleset", "title", "version", "documents", "facts", "routes"],
        optional: ["description", "start_at", "advice", "invariants", "constraints"])
    /// A document that rules cite.
    package static let document = Keys(required: ["title", "publisher"], optional: ["date", "file", "url"])
    /// A route, one rung of the path.
    package static let route = Keys(required: ["id", "title", "brokered_by", "involves"], optional: ["escalate_when"])
    /// An `escalate_when` rule; `start_at` and `advice` rules add to it.
    package static let escalationRule = Keys(required: ["id", "if", "because", "source"], optional: [])
    /// A `start_at` rule.
    package static let startRule = escalationRule.adding(required: ["route"])
    /// An `advice` rule.
    package static let adviceRule = escalationRule.adding(required: ["says"], optional: ["on_routes"])
    /// A rule's source.
    package static let source = Keys(required: ["document", "quote"], optional: ["standing", "note"])
    /// The claims an invariant may make about the route.
    package static let invariantRouteClaims = ["route", "route_in", "route_at_least", "route_at_most"]
    /// An invariant.
    package static let invariant = Keys(
        required: ["id", "because"], optional: ["monotone_in", "direction", "if"] + invariantRouteClaims)

    /// A fact of the type named `type` (`bool`, `enum`, `number`, `set`, `string`).
    package static func fact(type: String) -> Keys {
        switch type {
        case "enum": Keys(required: ["type", "description", "values"], optional: ["ordered", "default", "derived"])
        case "bool": Keys(required: ["type", "description"], optional: ["default", "derived"])
        case "set": Keys(required: ["type", "description", "values"], optional: ["default"])
        case "number": Keys(required: ["type", "description"], optional: ["min", "max", "integer", "default"])
        default: Keys(required: ["type", "description"], optional: ["default"])
        }
    }

    /// A constraint every valid profile keeps to.
    package static let constraint = Keys(required: ["id", "require", "because"], optional: ["if", "source"])
    /// A derived fact's `derived`.
    package static let derivation = Keys(required: ["because", "cases"], optional: ["source"])
    /// One case of a derivation: `if` with `value`, or a closing `otherwise`.
    package static let derivationCase = Keys(required: [], optional: ["if", "value", "otherwise"])

    /// A profile's `about`.
    package static let profileAbout = Keys(required: [], optional: ["name", "story", "urn", "source"])
    /// A profile's `expect`.
    package static let profileExpect = Keys(required: [], optional: ["route", "possible", "advice"])

    /// A rule test file.
    package static let testFile = Keys(required: ["format", "rules", "cases"], optional: [])
    /// A rule test case.
    package static let testCase = Keys(required: ["name", "expect"], optional: ["profile", "facts"])
    /// A rule test case's `expect`.
    package static let testExpect = Keys(required: [], optional: ["route", "possible", "rules", "advice"])
}

extension DecodingContext {
    /// The entries of a map that may hold `keys`, as ``fields(_:of:required:optional:)`` reads them.
    package mutating func fields(_ node: SourceNode, of what: String, keys: FileKeys.Keys) -> [String: SourceNode
        .Entry]?
    {
        fields(node, of: what, required: keys.required, optional: keys.optional)
    }
}
