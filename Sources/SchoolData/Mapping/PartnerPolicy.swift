public import SupportRouting

/// How partners are found: the radius, what makes a school high-performing or in need, and the
/// measures on which a partner can be strong where a school is weak.
public struct PartnerPolicy: Sendable, Hashable {
    /// The search radius in kilometres by phase text (lowercased), since primaries sit closer together.
    public var radiusByPhase: [String: Double]
    /// The radius for a phase not listed.
    public var defaultRadius: Double
    /// How many partners to list for a school.
    public var limit: Int
    /// Which schools are high-performing; only these are offered as partners.
    public var highPerforming: Condition {
        didSet { highPerformingTest = CompiledCondition(highPerforming) }
    }
    /// Which schools are in need of support, for the capacity table.
    public var inNeed: Condition {
        didSet { inNeedTest = CompiledCondition(inNeed) }
    }
    /// The two conditions lowered once, for testing school after school.
    package private(set) var highPerformingTest: CompiledCondition
    package private(set) var inNeedTest: CompiledCondition
    /// Measures compared between a school and its candidates.
    public var measures: [Measure]

    /// Creates a policy.
    public init(
        radiusByPhase: [String: Double], defaultRadius: Double, limit: Int, highPerforming: Condition,
        inNeed: Condition, measures: [Measure]
    ) {
        self.radiusByPhase = radiusByPhase
        self.defaultRadius = defaultRadius
        self.limit = limit
        self.highPerforming = highPerforming
        self.inNeed = inNeed
        highPerformingTest = CompiledCondition(highPerforming)
        inNeedTest = CompiledCondition(inNeed)
        self.measures = measures
    }

    /// The radius for a school of this phase.
    public func radius(forPhase phase: String?) -> Double {
        phase.flatMap { radiusByPhase[$0.lowercased()] } ?? defaultRadius
    }
}

/// A number in the data on which one school can be strong where another is weak, such as Progress 8.
public struct Measure: Sendable, Hashable {
    /// The name shown in reasons, such as `Progress 8`.
    public var name: String
    /// The column holding it; cells that are not numbers (suppressed, not published) count as no data.
    public var column: String
    /// Whether a higher value is better.
    public var higherIsBetter: Bool
    /// A school is weak on the measure beyond this value (below it when higher is better).
    public var weakBeyond: Double
    /// A candidate is strong on the measure from this value on (at or above it when higher is better).
    public var strongFrom: Double

    /// Creates a measure.
    public init(name: String, column: String, higherIsBetter: Bool, weakBeyond: Double, strongFrom: Double) {
        self.name = name
        self.column = column
        self.higherIsBetter = higherIsBetter
        self.weakBeyond = weakBeyond
        self.strongFrom = strongFrom
    }

    /// Whether a school with this value is weak on the measure.
    public func isWeak(_ value: Double) -> Bool { higherIsBetter ? value < weakBeyond : value > weakBeyond }

    /// Whether a school with this value is strong on the measure.
    public func isStrong(_ value: Double) -> Bool { higherIsBetter ? value >= strongFrom : value <= strongFrom }
}
