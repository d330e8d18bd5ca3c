/// The facts a rule set reads, with a lookup from name to slot.
public struct FactSchema: Sendable, Hashable {
    /// The facts in declaration order; a fact's `index` is its position here.
    public let facts: [Fact]
    private let indexByName: [String: Int]
    /// The names of the facts under each group (each dotted prefix of a name), in declaration order.
    private let membersByGroup: [String: [String]]

    /// Names declared with mistakes while loading; uses of them are not reported again.
    let unusableNames: Set<String>

    /// Creates a schema from facts whose indices are their positions.
    public init(facts: [Fact]) {
        self.init(facts: facts, unusableNames: [])
    }

    init(facts: [Fact], unusableNames: Set<String>) {
        self.unusableNames = unusableNames
        self.facts = facts
        self.indexByName = Dictionary(facts.map { ($0.name, $0.index) }, uniquingKeysWith: { first, _ in first })
        var membersByGroup: [String: [String]] = [:]
        for fact in facts {
            var prefix = fact.name.startIndex
            while let dot = fact.name[prefix...].firstIndex(of: ".") {
                membersByGroup[String(fact.name[..<dot]), default: []].append(fact.name)
                prefix = fact.name.index(after: dot)
            }
        }
        self.membersByGroup = membersByGroup
    }

    /// The facts whose names start with `group` and a dot, such as `ofsted.category` for `ofsted`.
    func members(ofGroup group: String) -> [String] { membersByGroup[group] ?? [] }

    /// The fact with this dotted name, if the schema declares it.
    public subscript(name: String) -> Fact? {
        indexByName[name].map { facts[$0] }
    }

    /// The number of facts.
    public var count: Int { facts.count }

    /// The declared names, for suggestions.
    var names: [String] { facts.map(\.name) }
}
