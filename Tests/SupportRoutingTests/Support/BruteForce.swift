import SupportRouting

/// Dense enumeration of fact values, to check the exact analyses against.
enum BruteForce {
    /// Every value a fact can take, densely: numbers in steps of 0.5 over their range, all subsets of sets.
    static func values(of fact: Fact) -> [FactValue] {
        switch fact.type {
        case .bool: return [.bool(false), .bool(true)]
        case .enumeration(let values, _): return values.indices.map { .enumeration($0) }
        case .number(let minimum, let maximum, _):
            return stride(from: minimum ?? -50, through: maximum ?? 150, by: 0.5).map { .number($0) }
        case .set(let values): return (0..<(UInt64(1) << UInt64(values.count))).map { .set($0) }
        case .string: return [.string("science"), .string("maths"), .string("other")]
        }
    }

    /// Every combination of values of the named facts.
    static func assignments(_ schema: FactSchema, facts names: [String]) -> [[(Int, FactValue)]] {
        var result: [[(Int, FactValue)]] = [[]]
        for name in names {
            let fact = schema[name]!
            result = result.flatMap { partial in values(of: fact).map { partial + [(fact.index, $0)] } }
        }
        return result
    }
}
