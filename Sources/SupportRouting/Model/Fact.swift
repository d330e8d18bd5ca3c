/// One fact of a rule set's schema: a named, typed piece of a school's profile.
public struct Fact: Sendable, Hashable {
    /// The dotted name, such as `ofsted.category`.
    public let name: String
    /// The fact's type and allowed values.
    public let type: FactType
    /// The value a profile gets when it leaves the fact out, if any.
    public let defaultValue: FactValue?
    /// One line describing the fact for people.
    public let description: String
    /// The slot of the fact in a profile's values.
    public let index: Int
    /// Where the fact is declared.
    public let location: SourceLocation

    /// Creates a fact.
    public init(
        name: String, type: FactType, defaultValue: FactValue?, description: String, index: Int,
        location: SourceLocation
    ) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.description = description
        self.index = index
        self.location = location
    }

    /// Facts compare by meaning, not by where they are declared.
    public static func == (lhs: Fact, rhs: Fact) -> Bool {
        (lhs.name, lhs.type, lhs.defaultValue, lhs.description, lhs.index)
            == (rhs.name, rhs.type, rhs.defaultValue, rhs.description, rhs.index)
    }

    /// Hashes the same parts that equality compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(type)
        hasher.combine(defaultValue)
        hasher.combine(index)
    }

    /// A value shown to a user, such as `special_measures` or `[sip, governors]`.
    public func display(_ value: FactValue?) -> String {
        value?.display(as: type) ?? "missing"
    }
}
