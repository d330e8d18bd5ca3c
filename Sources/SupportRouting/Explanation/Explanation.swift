/// Everything a person needs to follow and check one answer: the walk, every rule and condition with
/// the profile's actual values, the defaults used, the advice, and the smallest changes that would
/// give another route. Built by ``RuleSet/explain(_:counterfactuals:)``; rendered as text, Markdown,
/// HTML or JSON.
public struct Explanation: Sendable, Hashable, Codable {
    /// The rule set that answered.
    public let ruleSet: RuleSetSummary
    /// The profile asked about.
    public let profile: ProfileSummary
    /// The route, when the walk reached one.
    public let route: RouteSummary?
    /// The routes still possible, when missing facts decide between them.
    public let possible: [PossibleRouteReport]
    /// `true` when the search for the possible routes stopped before trying every setting of the
    /// missing facts it needed (absent otherwise): other routes may then be possible too.
    public var possibleRoutesIncomplete: Bool? = nil

    /// The sentence that says the possible routes may not be all of them, when that is so; every
    /// renderer shows this one wording.
    public var possibleRoutesNote: String? {
        guard possibleRoutesIncomplete == true else { return nil }
        return "the search stopped after \(PossibleRouteSearch.maximumWalks) settings of the missing facts, "
            + "so other routes may be possible too"
    }

    /// The missing facts that decide between the possible routes.
    public let decidingFacts: [String]
    /// Short reasons for the answer, one line each.
    public let reasons: [Reason]
    /// Every start-at rule, whether it held.
    public let startAt: [RuleReport]
    /// The rung the walk began at, or `nil` when a missing fact decides where it begins.
    public let startedAt: RouteSummary?
    /// Each rung visited, with its escalation rules.
    public let rungs: [RungReport]
    /// The advice that applies.
    public let advice: [AdviceReport]
    /// Every fact of the schema: its value and where the value came from.
    public let facts: [FactReport]
    /// The smallest changes to the profile that give another route: one fact, then two.
    public let counterfactuals: [Counterfactual]

    /// Whether the walk reached one route.
    public var isDecided: Bool { route != nil }
    /// The facts that took their declared default.
    public var defaultsUsed: [FactReport] { facts.filter { $0.origin == .defaulted } }
}

extension Explanation {
    /// The rule set's identity.
    public struct RuleSetSummary: Sendable, Hashable, Codable {
        /// The rule set's id.
        public let id: String
        /// Its title.
        public let title: String
        /// Its version.
        public let version: String
        /// The file it came from.
        public let file: String
        /// The SHA-256 of the file's bytes, when known.
        public var sha256: String? = nil
    }

    /// The profile's identity.
    public struct ProfileSummary: Sendable, Hashable, Codable {
        /// The file it came from.
        public let file: String
        /// The school's name, if given.
        public let name: String?
        /// The profile's story, if given.
        public let story: String?
    }

    /// A route and what it means.
    public struct RouteSummary: Sendable, Hashable, Codable {
        /// The route's id.
        public let id: String
        /// Its position on the path, 1 for the lowest.
        public let rung: Int
        /// Its title.
        public let title: String
        /// Who arranges it.
        public let brokeredBy: String
        /// What it involves.
        public let involves: String
    }

    /// One line of the short answer, with the rule behind it if any.
    public struct Reason: Sendable, Hashable, Codable {
        /// The sentence.
        public let text: String
        /// The id of the rule that gives the reason, if one does.
        public let rule: String?
    }

    /// A rule, whether it held, and why.
    public struct RuleReport: Sendable, Hashable, Codable {
        /// The rule's id.
        public let id: String
        /// Whether the condition held.
        public let result: Truth
        /// The rule's reason in plain English.
        public let because: String
        /// The cited document's key.
        public let document: String
        /// The quoted passage.
        public let quote: String
        /// What kind of authority the passage has, when the rule file says: law, guidance, policy, a plan.
        public var standing: Citation.Standing? = nil
        /// A caveat about the source.
        public var sourceNote: String? = nil
        /// The condition, evaluated.
        public let condition: ConditionReport
        /// Where the rule is written.
        public let location: SourceLocation
    }

    /// A condition evaluated against the profile, with its parts.
    public struct ConditionReport: Sendable, Hashable, Codable {
        /// The condition as written.
        public let text: String
        /// Whether it held.
        public let result: Truth
        /// The fact an atomic condition reads.
        public let fact: String?
        /// The profile's value of that fact, as written, or `nil` when the fact is missing.
        public let actual: String?
        /// Whether that value is the fact's default.
        public let actualIsDefault: Bool
        /// The parts of `and`, `or` and `not`.
        public let parts: [ConditionReport]
    }

    /// What happened at one rung.
    public struct RungReport: Sendable, Hashable, Codable {
        /// How the walk left the rung.
        public enum Outcome: String, Sendable, Hashable, Codable {
            /// An escalation rule held and the walk climbed.
            case climbed
            /// No escalation rule held: this is the route.
            case stopped
            /// An escalation rule held at the top rung, which has nowhere higher to go.
            case pastTop = "past-top"
            /// A missing fact decides whether the walk climbs.
            case undecided
        }

        /// The rung.
        public let route: RouteSummary
        /// Its escalation rules, evaluated.
        public let rules: [RuleReport]
        /// How the walk left it.
        public let outcome: Outcome
    }

    /// A note that applies.
    public struct AdviceReport: Sendable, Hashable, Codable {
        /// The advice rule's id.
        public let id: String
        /// The note with the profile's facts filled in.
        public let says: String
        /// Why the note is given.
        public let because: String
        /// The cited document's key.
        public let document: String
        /// The quoted passage.
        public let quote: String
        /// What kind of authority the passage has, when the rule file says: law, guidance, policy, a plan.
        public var standing: Citation.Standing? = nil
        /// A caveat about the source.
        public var sourceNote: String? = nil
    }

    /// A fact's value and where it came from.
    public struct FactReport: Sendable, Hashable, Codable {
        /// Where a value came from.
        public enum Origin: String, Sendable, Hashable, Codable {
            /// Given in the profile.
            case given
            /// The fact's declared default.
            case defaulted = "default"
            /// Neither given nor defaulted.
            case missing
            /// Given as `null`: the profile says the value is not known, so no default applies.
            case unknown = "not-known"
            /// Left out, and worked out from the facts its derivation reads.
            case derived
        }

        /// The fact's name.
        public let name: String
        /// The fact's description.
        public let description: String
        /// The value as written, or `nil` when missing.
        public let value: String?
        /// Where the value came from.
        public let origin: Origin
        /// Whether a rule the walk evaluated reads the fact: a start-at rule, or an escalation rule
        /// of a rung the walk visited. Only these facts can have shaped this answer.
        public let usedByWalk: Bool
    }

    /// A route still possible, with a setting of the missing facts that gives it.
    public struct PossibleRouteReport: Sendable, Hashable, Codable {
        /// The route.
        public let route: RouteSummary
        /// Missing facts and values that lead to it.
        public let when: [Change]
    }

    /// A change to one fact.
    public struct Change: Sendable, Hashable, Codable {
        /// The fact's name.
        public let fact: String
        /// The profile's value, as written, or `nil` when the fact is missing.
        public let from: String?
        /// Whether the profile's value is the fact's default rather than given.
        public let fromDefault: Bool
        /// The new value or range, as a person would say it, such as `true` or `at least 30`.
        public let to: String
        /// One value of the change as a profile writes it (YAML), such as `30` for `at least 30`, for a
        /// program (or a page's link) to apply it.
        public var example: String? = nil
    }

    /// A smallest change to the profile that gives another route.
    public struct Counterfactual: Sendable, Hashable, Codable {
        /// The changes, one or two facts.
        public let changes: [Change]
        /// The route the changed profile gets, or `nil` when missing facts would then decide.
        public let route: RouteSummary?
        /// When `route` is `nil`: the routes the changed profile could get.
        public let possible: [RouteSummary]
        /// When `route` is `nil`: the missing facts that would decide between them.
        public let decidingFacts: [String]
    }
}
