/// The routes still possible while facts are missing, found as ``PossibleRoutes`` finds them (the
/// same splits, in the same order, with the same limit) but on a ``WorkingProfile``. The facts
/// split on go to the scratch's `deciding` buffer; settings are kept only when asked for, since a
/// counterfactual needs just the routes. The working profile is passed down rather than held, so
/// the search copies no storage as it recurses.
struct PossibleRouteSearch {
    /// A fact set to one of its cases, by position in ``FactCases/cases``.
    struct Setting {
        let fact: Int
        let position: Int
    }

    let keepsSettings: Bool
    /// The routes reached, as a mask.
    private(set) var reached: UInt64 = 0
    /// When settings are kept: the first settings found to reach each route, by route.
    private(set) var settings: [[Setting]] = []
    /// How many facts were split on: the first entries of the scratch's `deciding`.
    private(set) var decidingCount = 0
    private var current: [Setting] = []
    private var walks = 0
    /// Whether every setting needed was tried, within ``PossibleRoutes/maximumWalks``.
    var complete: Bool { walks <= PossibleRoutes.maximumWalks }

    init(routeCount: Int, keepsSettings: Bool) {
        self.keepsSettings = keepsSettings
        if keepsSettings { settings = Array(repeating: [], count: routeCount) }
    }

    /// The facts split on, in the order first split on.
    func deciding(_ work: WorkingProfile) -> [Int] { Array(work.scratch.deciding[0..<decidingCount]) }

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
    mutating func explore(_ work: WorkingProfile, cases: [FactCases?]) { visit(work, cases) }

    private mutating func visit(_ work: WorkingProfile, _ cases: [FactCases?]) {
        walks += 1
        guard walks <= PossibleRoutes.maximumWalks else { return }
        let walk = work.walk()
        guard case .blocked(let rule) = walk.end else {
            let bit: UInt64 = 1 << UInt64(walk.rung)
            if reached & bit == 0 {
                reached |= bit
                if keepsSettings { settings[walk.rung] = current }
            }
            return
        }
        guard let fact = work.path.firstMissing(of: rule, present: work.scratch.present), let factCases = cases[fact]
        else { return }
        if !work.scratch.deciding[0..<decidingCount].contains(fact) {
            work.scratch.deciding[decidingCount] = fact
            decidingCount += 1
        }
        for (position, word) in factCases.words.enumerated() {
            work.set(fact, to: word)
            if keepsSettings { current.append(Setting(fact: fact, position: position)) }
            visit(work, cases)
            if keepsSettings { current.removeLast() }
        }
        work.set(fact, to: 0, present: false)
    }
}
