/// A profile's values packed for the compiled walk: one 64-bit word per fact (bools and enum indices
/// as integers, numbers as their bit pattern, sets as masks, strings as interned ids) and whether
/// each fact has a value.
public struct CompiledProfile: Sendable, Hashable {
    var values: PackedValues
}

/// Values packed one word per fact, by slot, as ``Machine`` reads them.
struct PackedValues: Sendable, Hashable {
    /// The packed value of each fact.
    var words: [UInt64]
    /// Whether each fact has a value.
    var present: [Bool]

    /// `count` facts, none with a value.
    init(count: Int) {
        words = Array(repeating: 0, count: count)
        present = Array(repeating: false, count: count)
    }

    /// The id a string the rules never name packs to: no literal's.
    static let unnamedString = UInt64.max
}
