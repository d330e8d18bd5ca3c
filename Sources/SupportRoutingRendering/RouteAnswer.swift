public import SupportRouting

/// The JSON shape of one `route` answer: the route and its reasons, or the profile's mistakes.
public struct RouteAnswer: Encodable, Sendable {
    /// A default the walk relied on.
    public struct DefaultUsed: Encodable, Sendable {
        /// The fact.
        public let fact: String
        /// Its default value.
        public let value: String?
    }

    /// The profile's file, or the name it was given.
    public let profile: String
    /// The school's name, if the profile gives one.
    public let name: String?
    /// Whether the route is decided.
    public let decided: Bool
    /// The route, when decided.
    public let route: Explanation.RouteSummary?
    /// The routes still possible, when not.
    public let possible: [Explanation.PossibleRouteReport]?
    /// The missing facts that would decide.
    public let decidingFacts: [String]?
    /// `true` when the search for the possible routes stopped early; absent otherwise.
    public let possibleRoutesIncomplete: Bool?
    /// The reasons, in words.
    public let reasons: [Explanation.Reason]?
    /// The advice that applies.
    public let advice: [Explanation.AdviceReport]?
    /// The defaults the walk relied on.
    public let defaultsUsed: [DefaultUsed]?
    /// The profile's mistakes, when it could not be read.
    public let errors: [Diagnostic]?
    /// The rules that gave the answer: id, version, file and the SHA-256 of the file's bytes.
    public let rules: Explanation.RuleSetSummary?
    /// Partners, when the school comes from a dataset.
    public var partners: PartnerAnswer?
    /// The explanation behind the answer, for the text output; not encoded.
    public let explanation: Explanation?

    enum CodingKeys: String, CodingKey {
        case profile, name, decided, route, possible, decidingFacts, possibleRoutesIncomplete, reasons, advice,
            defaultsUsed, errors, rules, partners
    }

    /// The answer an explanation gives.
    public init(_ explanation: Explanation) {
        profile = explanation.profile.file
        name = explanation.profile.name
        decided = explanation.isDecided
        route = explanation.route
        possible = explanation.possible
        decidingFacts = explanation.decidingFacts
        possibleRoutesIncomplete = explanation.possibleRoutesIncomplete
        reasons = explanation.reasons
        advice = explanation.advice
        defaultsUsed = explanation.defaultsUsed.filter(\.usedByWalk).map { DefaultUsed(fact: $0.name, value: $0.value) }
        errors = nil
        rules = explanation.ruleSet
        self.explanation = explanation
    }

    /// The answer for a profile that could not be read.
    public init(profile: String, errors: [Diagnostic]) {
        self.profile = profile
        self.errors = errors
        name = nil
        decided = false
        route = nil
        possible = nil
        decidingFacts = nil
        possibleRoutesIncomplete = nil
        reasons = nil
        advice = nil
        defaultsUsed = nil
        rules = nil
        explanation = nil
    }
}

/// The JSON shape of the partners found for a school in a dataset.
public struct PartnerAnswer: Encodable, Sendable {
    /// One candidate partner.
    public struct Item: Encodable, Sendable {
        /// Its id (URN).
        public let id: String
        /// Its name.
        public let name: String
        /// How far it is, to the nearest ten metres.
        public let distanceKm: Double
        /// Why it is a candidate.
        public let reasons: [String]

        /// A candidate.
        public init(id: String, name: String, distanceKm: Double, reasons: [String]) {
            self.id = id
            self.name = name
            self.distanceKm = distanceKm
            self.reasons = reasons
        }
    }

    /// The school's id.
    public let id: String
    /// The school's name.
    public let name: String
    /// The radius searched.
    public let radiusKm: Double
    /// The candidates, best first.
    public let partners: [Item]

    /// The partners of a school.
    public init(id: String, name: String, radiusKm: Double, partners: [Item]) {
        self.id = id
        self.name = name
        self.radiusKm = radiusKm
        self.partners = partners
    }
}
