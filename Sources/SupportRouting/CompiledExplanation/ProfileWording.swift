/// A profile's values as an explanation shows them, worked out once per explanation: every report,
/// change and fact list then shares the same strings.
struct ProfileWording {
    /// Each fact's value as ``Fact/display(_:)`` shows it, by slot; `nil` where missing.
    let values: [String?]
    /// Whether each fact took its declared default, by slot.
    let defaulted: [Bool]

    init(_ profile: Profile, wording: ValueWording) {
        var values: [String?] = []
        values.reserveCapacity(profile.values.count)
        var defaulted: [Bool] = []
        defaulted.reserveCapacity(profile.values.count)
        for (slot, value) in profile.values.enumerated() {
            values.append(value.map { wording.display($0, of: slot) })
            if case .defaulted = profile.origins[slot] {
                defaulted.append(true)
            } else {
                defaulted.append(false)
            }
        }
        self.values = values
        self.defaulted = defaulted
    }

    /// A change of `fact` from the profile's value.
    func change(_ fact: Int, name: String, to: String) -> Explanation.Change {
        Explanation.Change(fact: name, from: values[fact], fromDefault: defaulted[fact], to: to)
    }
}
