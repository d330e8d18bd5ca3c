import Foundation
import SupportRouting

/// Small random rule sets, reproducible from a seed, for checking the exact analyses against
/// brute-force enumeration.
struct RandomRuleSets {
    /// A 64-bit linear congruential generator: the same seed gives the same rule set everywhere.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    var random: Generator

    init(seed: UInt64) { random = Generator(state: seed) }

    /// The facts every random rule set declares, sized so a dense grid stays small.
    static let facts = """
        facts:
          a: { type: bool, description: a }
          b: { type: bool, description: b }
          e: { type: enum, ordered: true, values: [low, mid, high], description: e }
          n: { type: number, min: 0, max: 10, description: n }
          s: { type: set, values: [x, y, z], description: s }
        """

    private mutating func atom() -> String {
        switch Int.random(in: 0..<7, using: &random) {
        case 0: return ["a", "not a"].randomElement(using: &random)!
        case 1: return ["b", "b == false"].randomElement(using: &random)!
        case 2:
            return
                "e \(["<", "<=", "==", "!=", ">=", ">"].randomElement(using: &random)!) \(["low", "mid", "high"].randomElement(using: &random)!)"
        case 3: return "e in [\(["low", "mid", "high"].shuffled(using: &random).prefix(2).joined(separator: ", "))]"
        case 4:
            return
                "n \(["<", "<=", ">", ">="].randomElement(using: &random)!) \(Int.random(in: 0...10, using: &random))"
        case 5: return "s contains \(["x", "y", "z"].randomElement(using: &random)!)"
        default:
            return "count(s) \([">=", "<"].randomElement(using: &random)!) \(Int.random(in: 0...3, using: &random))"
        }
    }

    private mutating func condition(depth: Int = 0) -> String {
        if depth >= 2 || Int.random(in: 0..<3, using: &random) == 0 { return atom() }
        let left = condition(depth: depth + 1)
        let right = condition(depth: depth + 1)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: return "(\(left)) and (\(right))"
        case 1: return "(\(left)) or (\(right))"
        default: return "not (\(left))"
        }
    }

    /// The next rule set's YAML text.
    mutating func next() -> String {
        var id = 0
        func rule(_ condition: String, extra: String = "") -> String {
            id += 1
            return """
                      - id: r\(id)
                        if: "\(condition)"
                \(extra)        because: Random.
                        source: { document: d, quote: q }

                """
        }
        let rungs = Int.random(in: 2...4, using: &random)
        var text =
            "format: 1\nruleset: random\ntitle: Random\nversion: '1'\ndocuments:\n  d: { title: D, publisher: P }\n"
        text += Self.facts + "\nroutes:\n"
        for rung in 0..<rungs {
            text += "  - id: rung\(rung)\n    title: Rung \(rung)\n    brokered_by: B\n    involves: I\n"
            let count =
                rung == rungs - 1 ? Int.random(in: 0...1, using: &random) : Int.random(in: 1...3, using: &random)
            if count > 0 {
                text += "    escalate_when:\n"
                for _ in 0..<count {
                    text += "  " + rule(condition()).replacingOccurrences(of: "\n      ", with: "\n        ")
                }
            }
        }
        let starts = Int.random(in: 0...3, using: &random)
        if starts > 0 {
            text += "start_at:\n"
            for _ in 0..<starts {
                let route = "        route: rung\(Int.random(in: 0..<rungs, using: &random))\n"
                text += rule(condition(), extra: route).replacingOccurrences(of: "      - id", with: "  - id")
                    .replacingOccurrences(of: "\n        ", with: "\n    ")
            }
        }
        text += "advice:\n"
        for _ in 0..<Int.random(in: 1...2, using: &random) {
            var extra = "        says: Note.\n"
            if Bool.random(using: &random) {
                extra += "        on_routes: [rung\(Int.random(in: 0..<rungs, using: &random))]\n"
            }
            text += rule(condition(), extra: extra).replacingOccurrences(of: "      - id", with: "  - id")
                .replacingOccurrences(of: "\n        ", with: "\n    ")
        }
        return text
    }
}
