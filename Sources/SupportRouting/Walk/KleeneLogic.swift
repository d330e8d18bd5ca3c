/// The operations of Kleene's three-valued logic over some kind of value: a single ``Truth`` when the
/// walk is taken for one profile, or the sets of profiles for which a condition holds and fails when
/// the analysis takes it for every profile at once. ``EscalationPath`` is written once against this.
protocol KleeneLogic {
    associatedtype Value

    /// Holds.
    var yes: Value { get }
    /// Fails.
    var no: Value { get }
    /// Holds where both hold, fails where either fails.
    func and(_ first: Value, _ second: Value) -> Value
    /// Holds where either holds, fails where both fail.
    func or(_ first: Value, _ second: Value) -> Value
    /// Holds where `value` fails, and the other way round.
    func not(_ value: Value) -> Value
    /// Whether `value` surely fails, so nothing combined with it by `and` needs to be worked out.
    func isNo(_ value: Value) -> Bool
}

/// The logic of one profile: each value is yes, no or unknown (a missing fact decides it).
struct TruthLogic: KleeneLogic {
    var yes: Truth { .yes }
    var no: Truth { .no }

    func and(_ first: Truth, _ second: Truth) -> Truth {
        if first == .no || second == .no { return .no }
        return first == .yes && second == .yes ? .yes : .unknown
    }

    func or(_ first: Truth, _ second: Truth) -> Truth {
        if first == .yes || second == .yes { return .yes }
        return first == .no && second == .no ? .no : .unknown
    }

    func not(_ value: Truth) -> Truth { !value }

    func isNo(_ value: Truth) -> Bool { value == .no }
}
