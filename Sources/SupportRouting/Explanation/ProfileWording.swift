/// A profile's values as an explanation shows them. Values are worded when asked for rather than
/// all at once, since most are lookups in the rule set's ``ValueWording``.
struct ProfileWording {
    let values: [FactValue?]
    /// Where each value came from, by slot.
    let origins: [Profile.Origin]
    let wording: ValueWording

    /// The value of `fact` as ``Fact/display(_:)`` shows it; `nil` where missing.
    func value(_ fact: Int) -> String? {
        guard let value = values[fact] else { return nil }
        return wording.display(value, of: fact)
    }

    /// Whether `fact` took its declared default.
    func isDefault(_ fact: Int) -> Bool { origins[fact] == .defaulted }

    /// A change of `fact` from the profile's value.
    func change(_ fact: Int, name: String, to: String) -> Explanation.Change {
        Explanation.Change(fact: name, from: value(fact), fromDefault: isDefault(fact), to: to)
    }

    /// Where the value of `fact` came from, as an explanation reports it.
    func origin(_ fact: Int) -> Explanation.FactReport.Origin {
        switch origins[fact] {
        case .given: .given
        case .defaulted: .defaulted
        case .missing: .missing
        case .unknown: .unknown
        case .derived: .derived
        }
    }
}
