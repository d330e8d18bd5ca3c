/// The words for every bool and enum value, and for every set of a small set fact, made once per
/// rule set with ``FactValue/display(as:)``, so an explanation looks them up rather than building
/// them again; other values are worded when shown, the same way.
struct ValueWording: Sendable {
    /// Sets of at most this many possible members have every subset worded in advance.
    static let largestWordedSet = 10

    private let table: [String]
    /// Fact `f`'s words are `table[starts[f]..<starts[f + 1]]`, by value index or set mask.
    private let starts: [Int]
    private let types: [FactType]

    init(_ schema: FactSchema) {
        types = schema.facts.map(\.type)
        var table: [String] = []
        var starts: [Int] = []
        for fact in schema.facts {
            starts.append(table.count)
            switch fact.type {
            case .bool: table += [false, true].map { FactValue.bool($0).display(as: fact.type) }
            case .enumeration(let values, _):
                table += values.indices.map { FactValue.enumeration($0).display(as: fact.type) }
            case .set(let values) where values.count <= Self.largestWordedSet:
                table += (0..<(UInt64(1) << UInt64(values.count))).map { FactValue.set($0).display(as: fact.type) }
            default: break
            }
        }
        starts.append(table.count)
        self.table = table
        self.starts = starts
    }

    /// `value` of `fact` in words.
    func display(_ value: FactValue, of fact: Int) -> String {
        switch value {
        case .bool(let flag): table[starts[fact] + (flag ? 1 : 0)]
        case .enumeration(let index): table[starts[fact] + index]
        case .set(let mask): display(set: mask, of: fact)
        case .number, .string: value.display(as: types[fact])
        }
    }

    /// A set value of `fact` in words.
    func display(set mask: UInt64, of fact: Int) -> String {
        if mask < starts[fact + 1] - starts[fact] { return table[starts[fact] + Int(mask)] }
        return FactValue.set(mask).display(as: types[fact])
    }
}
