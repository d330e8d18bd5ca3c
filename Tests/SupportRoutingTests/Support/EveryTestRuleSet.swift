import SupportRouting

/// A rule set whose path reads every kind of fact with every kind of test (string literals,
/// `is missing`, counts and members of sets, fractional thresholds) and whose notes fill in every
/// kind of value, for checking the explainer against the reference path.
enum EveryTestRuleSet {
    static let text = """
        format: 1
        ruleset: every-test
        title: Every test
        version: '1'
        documents:
          d: { title: D, publisher: P }
        facts:
          flag: { type: bool, description: A flag }
          level: { type: enum, ordered: true, values: [low_level, mid_level, high_level], default: mid_level, description: A level }
          score: { type: number, min: 0, max: 10, description: A score }
          areas: { type: set, values: [x_area, y_area, z_area, w_area], default: [], description: Areas }
          dept: { type: string, description: A department }
          note: { type: string, description: Free text }
        routes:
          - id: first
            title: First
            brokered_by: B
            involves: I
            escalate_when:
              - id: dept-named
                if: dept in ["science", "other"] or (flag and dept is missing)
                because: A department is named.
                source: { document: d, quote: q }
              - id: low-score
                if: score < 2.5 and not (areas contains y_area)
                because: Low.
                source: { document: d, quote: q }
          - id: second
            title: Second
            brokered_by: B
            involves: I
            escalate_when:
              - id: many-areas
                if: count(areas) >= 2 and count(areas) < 4
                because: Many areas.
                source: { document: d, quote: q }
              - id: level-low
                if: level <= low_level or dept != "maths"
                because: Low level.
                source: { document: d, quote: q }
          - id: third
            title: Third
            brokered_by: B
            involves: I
            escalate_when:
              - id: all-areas
                if: count(areas) == 4 and score >= 7.5
                because: Everything.
                source: { document: d, quote: q }
          - id: top
            title: Top
            brokered_by: B
            involves: I
        start_at:
          - id: noted
            if: note is not missing and level == high_level
            route: third
            because: Noted.
            source: { document: d, quote: q }
        advice:
          - id: fill-in
            if: not flag
            says: "Dept {dept}, areas {areas} ({count(areas)}), level {level}, score {score}, flag {flag}, note {note}."
            because: Notes.
            source: { document: d, quote: q }
          - id: on-second
            if: areas contains z_area
            on_routes: [second, top]
            says: Fixed words.
            because: Notes.
            source: { document: d, quote: q }
        """

    /// Profiles over every case of each fact, with each fact also missing.
    static func grid(_ schema: FactSchema) -> [[FactValue?]] {
        let choices: [String: [FactValue?]] = [
            "flag": [.bool(false), .bool(true), nil],
            "level": [.enumeration(0), .enumeration(1), .enumeration(2), nil],
            "score": [.number(0), .number(2.5), .number(5), .number(7.5), .number(10), nil],
            "areas": [.set(0), .set(0b0010), .set(0b0101), .set(0b0111), .set(0b1111), nil],
            "dept": [.string("science"), .string("maths"), .string("history"), nil],
            "note": [.string("a note"), nil],
        ]
        var profiles: [[FactValue?]] = [[]]
        for fact in schema.facts {
            let values = choices[fact.name] ?? [nil]
            profiles = profiles.flatMap { partial in values.map { partial + [$0] } }
        }
        return profiles
    }
}
