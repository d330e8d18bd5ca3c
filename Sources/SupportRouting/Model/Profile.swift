/// A school's facts, checked against a rule set's schema, with defaults applied.
public struct Profile: Sendable, Hashable {
    /// Where a fact's value came from.
    public enum Origin: Sendable, Hashable {
        /// The profile gives the value, at this place.
        case given(SourceLocation)
        /// The profile leaves the fact out and the schema's default applies.
        case defaulted
        /// The profile leaves the fact out and it has no default.
        case missing
        /// The profile says the value is not known (`null`), so no default applies.
        case unknown(SourceLocation)
        /// The profile leaves out a derived fact, and the facts it is worked out from decide it.
        case derived
    }

    /// The file the profile was read from.
    public let file: String
    /// The school's name, from `about.name`, if given.
    public let name: String?
    /// A sentence or two about the school, from `about.story`, if given.
    public let story: String?
    /// What the profile says the rules should answer, if it says.
    public let expectation: Expectation?
    /// The value of each fact by slot, `nil` where missing.
    public let values: [FactValue?]
    /// Where each fact's value came from, by slot.
    public let origins: [Origin]

    /// Creates a profile from values already checked against a schema. Programs outside the
    /// package build profiles with ``RuleSet/profile(_:name:)`` or the loaders, which check them.
    package init(
        file: String, name: String?, story: String?, expectation: Expectation?, values: [FactValue?], origins: [Origin]
    ) {
        self.file = file
        self.name = name
        self.story = story
        self.expectation = expectation
        self.values = values
        self.origins = origins
    }

    /// A profile with the given facts set (by slot, unchecked) and defaults for the rest, for tests.
    package init(schema: FactSchema, values given: [Int: FactValue], file: String = "<memory>") {
        var values: [FactValue?] = []
        var origins: [Origin] = []
        for fact in schema.facts {
            if let value = given[fact.index] {
                values.append(value)
                origins.append(.given(SourceLocation(file: file, line: 1, column: 1)))
            } else {
                values.append(fact.defaultValue)
                origins.append(fact.defaultValue == nil ? .missing : .defaulted)
            }
        }
        self.init(file: file, name: nil, story: nil, expectation: nil, values: values, origins: origins)
    }

    /// The name to show for the profile: its `about.name`, or its file.
    public var title: String { name ?? file }
}

/// What a profile expects the rules to answer; the sample tests check it.
public struct Expectation: Sendable, Hashable {
    /// The expected route's id, when the profile should be decided.
    public let route: String?
    /// The routes expected to remain possible, when the profile leaves deciding facts out.
    public let possible: [String]?
    /// The ids of the advice expected, exactly, if listed.
    public let advice: [String]?
    /// Where the expectation is written.
    public let location: SourceLocation

    /// Creates an expectation.
    public init(route: String?, possible: [String]?, advice: [String]?, location: SourceLocation) {
        self.route = route
        self.possible = possible
        self.advice = advice
        self.location = location
    }
}
