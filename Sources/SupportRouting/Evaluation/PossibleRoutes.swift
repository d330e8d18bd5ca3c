/// The routes a profile with missing facts can still reach, found exactly by splitting on the
/// missing facts the walk needs, one case of each fact's domain at a time.
struct PossibleRoutes {
    /// More settings than this are not explored; no realistic rule set comes near it, and an answer
    /// that reaches it says so (``Explanation/possibleRoutesIncomplete``).
    static let maximumWalks = 100_000

    let ruleSet: RuleSet
    private let domains: FactDomains
    private let walker: Walker

    init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        self.domains = FactDomains(ruleSet: ruleSet)
        self.walker = Walker(ruleSet: ruleSet)
    }

    /// Each reachable route with one setting of the missing facts that reaches it, and the facts split on.
    func explore(_ values: [FactValue?]) -> (possible: [PossibleRoute], deciding: [Int], complete: Bool) {
        var found: [Int: [PossibleRoute.Setting]] = [:]
        var deciding: [Int] = []
        var walks = 0
        var current = values
        var settings: [PossibleRoute.Setting] = []

        func visit() {
            walks += 1
            guard walks <= Self.maximumWalks else { return }
            switch walker.walk(current).end {
            case .reached(let route):
                if found[route] == nil { found[route] = settings }
            case .blocked(let missing):
                guard let fact = missing.first else { return }
                if !deciding.contains(fact) { deciding.append(fact) }
                for value in domains.values(of: fact) {
                    current[fact] = value
                    settings.append(PossibleRoute.Setting(fact: fact, value: value))
                    visit()
                    settings.removeLast()
                }
                current[fact] = nil
            }
        }
        visit()
        let possible = found.keys.sorted().map { PossibleRoute(route: $0, when: found[$0]!) }
        return (possible, deciding, walks <= Self.maximumWalks)
    }
}
