public import SupportRouting

/// One school's answer in a batch: the route, the reasons in words, and the partners found.
public struct RoutedSchool: Sendable, Hashable {
    /// The school's id.
    public var id: String
    /// The school's name.
    public var name: String
    /// The line of the dataset where the school's row starts.
    public var line: Int
    /// The route's id, or `undecided` when facts missing from the data decide between routes.
    public var route: String
    /// The reasons for the route, in the words of `route`: where the walk started, why it climbed each
    /// rung and why it stopped, or which facts leave it undecided between which routes.
    public var reasons: [String]
    /// For an undecided school, the facts whose values would decide.
    public var needs: [String]
    /// Partners, best first.
    public var partners: [Partner]

    /// Routes one school with `ruleSet`, naming `partners` beside the answer.
    public init(school: School, ruleSet: RuleSet, partners: [Partner]) {
        self.init(school: school, answer: DecisionMemo.answer(school.values, ruleSet: ruleSet), partners: partners)
    }

    init(school: School, answer: DecisionMemo.Answer, partners: [Partner]) {
        id = school.id
        name = school.name
        line = school.line
        route = answer.route
        reasons = answer.reasons
        needs = answer.needs
        self.partners = partners
    }

    /// The partners in one line: `Name (id, 3.2 km)` separated by semicolons.
    public var partnerSummary: String { Self.summary(of: partners) }

    static func summary(of partners: [Partner]) -> String {
        var text = ""
        for (index, partner) in partners.enumerated() {
            if index > 0 { text += "; " }
            text += partner.school.name
            text += " ("
            text += partner.school.id
            text += ", "
            text += Partner.kilometres(partner.distance)
            text += ")"
        }
        return text
    }
}
