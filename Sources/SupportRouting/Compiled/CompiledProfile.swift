/// A profile's values packed for the compiled walk: one 64-bit word per fact (bools and enum indices
/// as integers, numbers as their bit pattern, sets as masks, strings as interned ids) and whether
/// each fact has a value.
public struct CompiledProfile: Sendable, Hashable {
    /// The packed value of each fact, by slot.
    var words: [UInt64]
    /// Whether each fact has a value, by slot.
    var present: [Bool]
}
