/// Words for the range of numbers that behave like a representative value, such as `at least 30`.
struct NumberRange {
    let fact: Int
    let domains: FactSplits
    let schema: FactSchema

    /// The range covering the cases of `low` through `high` (representatives of neighbouring cases).
    func describe(from low: Double, to high: Double) -> String {
        let thresholds = domains.thresholds(of: fact)
        // The lower end: the value itself if it is a threshold, else the threshold below (exclusive).
        let lower: (value: Double, inclusive: Bool)? =
            thresholds.contains(low) ? (low, true) : thresholds.last { $0 < low }.map { ($0, false) }
        let upper: (value: Double, inclusive: Bool)? =
            thresholds.contains(high) ? (high, true) : thresholds.first { $0 > high }.map { ($0, false) }
        let format = FactValue.format
        switch (lower, upper) {
        case (let lower?, let upper?) where lower.value == upper.value: return format(lower.value)
        case (let lower?, let upper?):
            return
                "\(lower.inclusive ? "at least" : "above") \(format(lower.value)) and \(upper.inclusive ? "at most" : "below") \(format(upper.value))"
        case (let lower?, nil): return "\(lower.inclusive ? "at least" : "above") \(format(lower.value))"
        case (nil, let upper?): return "\(upper.inclusive ? "at most" : "below") \(format(upper.value))"
        case (nil, nil): return "any value"
        }
    }
}
