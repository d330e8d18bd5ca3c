/// The routes still possible while facts are missing, found exactly by splitting on the missing
/// facts the walk needs, one case of each at a time, on a ``WorkingProfile``. The facts
/// split on are listed in order; settings are kept only when asked for, since a
/// counterfactual needs just the routes. The working profile is passed down rather than held, so
/// the search changes it in place as it recurses.
struct PossibleRouteSearch {
    /// A fact set to one of its cases, by position in ``FactCases/cases``.
    struct Setting {
        let fact: Int
        let position: Int
    }

    /// More settings than this are not explored; no realistic rule set comes near it, and an answer
    /// that reaches it says so (``Explanation/possibleRoutesIncomplete``).
    static let maximumWalks = 100_000

    let keepsSettings: Bool
    /// The rule set's constraints, when it has any: a route counts only if some values of the facts
    /// still missing keep to every constraint.
    let checks: ProfileChecks?
    /// The routes reached, as a mask.
    private(set) var reached: UInt64 = 0
    /// When settings are kept: the first settings found to reach each route, by route.
    private(set) var settings: [[Setting]] = []
    /// The facts split on, in the order first split on.
    private(set) var deciding: [Int] = []
    private var current: [Setting] = []
    private var walks = 0
    /// Whether every setting needed was tried, within ``maximumWalks``.
    var complete: Bool { walks <= PossibleRouteSearch.maximumWalks }

    init(routeCount: Int, keepsSettings: Bool, checks: ProfileChecks? = nil) {
        self.keepsSettings = keepsSettings
        self.checks = checks.flatMap { $0.constraints.isEmpty ? nil : $0 }
        if keepsSettings { settings = Array(repeating: [], count: routeCount) }
    }

    /// The routes reached, lowest first.
    var routes: [Int] {
        var routes: [Int] = []
        routes.reserveCapacity(reached.nonzeroBitCount)
        var rest = reached
        while rest != 0 {
            routes.append(rest.trailingZeroBitCount)
            rest &= rest &- 1
        }
        return routes
    }

    /// Explores from the values `work` holds, splitting on the `cases` of each missing fact; `work`
    /// is as it was when this returns.
    mutating func explore(_ work: inout WorkingProfile, cases: [FactCases?]) { visit(&work, cases) }

    private mutating func visit(_ work: inout WorkingProfile, _ cases: [FactCases?]) {
        walks += 1
        guard walks <= PossibleRouteSearch.maximumWalks else { return }
        let walk = work.walk()
        guard case .blocked(let rule) = walk.end else {
            if let checks, !keepsTo(checks, &work, cases) { return }
            let bit: UInt64 = 1 << UInt64(walk.rung)
            if reached & bit == 0 {
                reached |= bit
                if keepsSettings { settings[walk.rung] = current }
            }
            return
        }
        guard let fact = work.path.firstMissing(of: rule, present: work.values.present), let factCases = cases[fact]
        else { return }
        if !deciding.contains(fact) { deciding.append(fact) }
        for (position, word) in factCases.words.enumerated() {
            work.set(fact, to: word)
            if keepsSettings { current.append(Setting(fact: fact, position: position)) }
            visit(&work, cases)
            if keepsSettings { current.removeLast() }
        }
        work.set(fact, to: 0, present: false)
    }

    /// Whether some values of the missing facts the constraints read keep to every constraint,
    /// splitting on them one at a time while a constraint is unknown. A fact without cases (the
    /// rules split no fact they do not read) is taken to allow it. On success the settings that
    /// keep to them stay in ``current`` for the caller to record, and are then taken off.
    private mutating func keepsTo(_ checks: ProfileChecks, _ work: inout WorkingProfile, _ cases: [FactCases?]) -> Bool
    {
        var stack = [UInt8](repeating: 0, count: checks.stackSize)
        var undecided: Int?
        for index in checks.constraints.indices {
            switch checks.machine.run(checks.constraints[index], work.values, stack: &stack) {
            case Machine.no: return false
            case Machine.yes: continue
            default:
                guard undecided == nil else { continue }
                undecided = checks.facts[index].first { !work.values.present[$0] && cases[$0] != nil }
            }
        }
        guard let fact = undecided, let factCases = cases[fact] else { return true }
        walks += 1
        guard walks <= PossibleRouteSearch.maximumWalks else { return false }
        for (position, word) in factCases.words.enumerated() {
            work.set(fact, to: word)
            if keepsSettings { current.append(Setting(fact: fact, position: position)) }
            let kept = keepsTo(checks, &work, cases)
            if keepsSettings { current.removeLast() }
            if kept {
                work.set(fact, to: 0, present: false)
                return true
            }
        }
        work.set(fact, to: 0, present: false)
        return false
    }
}
