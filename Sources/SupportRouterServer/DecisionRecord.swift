public import Foundation

/// One answer the server gave, kept so it can be reproduced later: for governors, a trust board or
/// Ofsted.
public struct DecisionRecord: Sendable, Codable, Hashable {
    /// The record's id, in the permalink.
    public let id: String
    /// When the answer was given.
    public let createdAt: Date
    /// The rule set's id, version and the SHA-256 of its file's bytes.
    public let ruleSetID: String
    public let ruleSetVersion: String
    public let ruleSetSHA256: String
    /// The tool's version.
    public let toolVersion: String
    /// The profile exactly as given (YAML or JSON).
    public let profile: String
    /// The route, or `undecided`.
    public let route: String
    /// The rules that decided the route, and the advice given, by id.
    public let decidingRules: [String]
    public let advice: [String]
    /// The whole answer, as the API gave it (the CLI's `route --format json` shape).
    public let answer: String

    /// A record.
    public init(
        id: String, createdAt: Date, ruleSetID: String, ruleSetVersion: String, ruleSetSHA256: String,
        toolVersion: String, profile: String, route: String, decidingRules: [String], advice: [String], answer: String
    ) {
        self.id = id
        self.createdAt = createdAt
        self.ruleSetID = ruleSetID
        self.ruleSetVersion = ruleSetVersion
        self.ruleSetSHA256 = ruleSetSHA256
        self.toolVersion = toolVersion
        self.profile = profile
        self.route = route
        self.decidingRules = decidingRules
        self.advice = advice
        self.answer = answer
    }
}
