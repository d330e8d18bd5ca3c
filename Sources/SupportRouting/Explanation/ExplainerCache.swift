internal import Synchronization

/// The ``Explainer`` of a rule set, prepared on first use and then shared by every copy of the
/// rule set, from any thread.
final class ExplainerCache: Sendable {
    private enum State {
        case unprepared
        case prepared(Explainer)
    }

    private let state = Mutex(State.unprepared)

    init() {}

    /// The explainer for `ruleSet`, which must be the rule set that holds this cache.
    func explainer(for ruleSet: RuleSet) -> Explainer {
        state.withLock { state in
            if case .prepared(let explainer) = state { return explainer }
            let explainer = Explainer(ruleSet)
            state = .prepared(explainer)
            return explainer
        }
    }
}
