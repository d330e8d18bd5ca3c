/// How the values of each fact are shown, as ``FactValue/display(as:)`` shows them, worked out once
/// per rule set: bool and enum values, and every set of a small set fact, are kept in one table, so
/// showing a value is mostly a lookup.
struct ValueWording: Sendable {
    /// Set facts with at most this many values have every set worded in advance (1,024 at most).
    static let largestWordedSet = 10

    /// The worded values of fact `f` are `table[starts[f]..<starts[f + 1]]`, by packed word: `false`
    /// and `true`, enum values in order, or sets by mask.
    private let table: [String]
    private let starts: [Int]
    /// The values of each enum and set fact, by slot.
    let names: [[String]]

    init(_ schema: FactSchema) {
        names = schema.facts.map(\.type.values)
        var table: [String] = []
        var starts: [Int] = []
        for fact in schema.facts {
            starts.append(table.count)
            switch fact.type {
            case .bool: table += ["false", "true"]
            case .enumeration(let values, _): table += values
            case .set(let values) where values.count <= Self.largestWordedSet:
                table += (0..<(UInt64(1) << UInt64(values.count))).map { Self.build(set: $0, names: values) }
            default: break
            }
        }
        starts.append(table.count)
        self.table = table
        self.starts = starts
    }

    /// A value of a fact whose type it matches.
    func display(_ value: FactValue, of fact: Int) -> String {
        switch value {
        case .bool(let flag): table[starts[fact] + (flag ? 1 : 0)]
        case .enumeration(let index): table[starts[fact] + index]
        case .number(let number): FactValue.format(number)
        case .set(let mask): display(set: mask, of: fact)
        case .string(let text): "\"" + text + "\""
        }
    }

    /// A set, such as `[sip, governors]`.
    func display(set mask: UInt64, of fact: Int) -> String {
        if mask < starts[fact + 1] - starts[fact] { return table[starts[fact] + Int(mask)] }
        return Self.build(set: mask, names: names[fact])
    }

    private static func build(set mask: UInt64, names: [String]) -> String {
        "[" + FactValue.members(of: mask, in: names).joined(separator: ", ") + "]"
    }
}
