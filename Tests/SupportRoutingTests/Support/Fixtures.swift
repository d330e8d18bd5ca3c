import Foundation
import SupportRouting
import SupportRoutingYAML
import Testing

/// Rule sets and profiles written inline, so tests need no files on disk.
enum Fixtures {
    /// A small rule set with a fact of every type, three rungs, a start-at rule and advice.
    static let rules = """
        format: 1
        ruleset: mini
        title: A small ladder for tests
        version: 0.1.0
        documents:
          doc: { title: A document, publisher: Tests }
        facts:
          help: { type: bool, description: Needs outside help }
          leader: { type: bool, default: false, description: A leader with capacity }
          phase: { type: enum, values: [primary, secondary], description: Phase }
          grade: { type: enum, ordered: true, values: [inadequate, satisfactory, good, outstanding], default: good, description: Grade }
          category: { type: enum, values: [none, notice, special], default: none, description: Category }
          score: { type: number, min: 0, max: 100, description: A percentage }
          bodies: { type: set, values: [sip, la, situ, ofsted, governors], default: [], description: Overseers }
          dept: { type: string, description: A department }
          partner.near: { type: bool, description: A partner nearby }
        routes:
          - id: self
            title: Self
            brokered_by: Head
            involves: Acting alone
            escalate_when:
              - id: asks-help
                if: help
                because: It asks for help.
                source: { document: doc, quote: "help" }
          - id: inside
            title: Inside
            brokered_by: Head
            involves: A leader helps
            escalate_when:
              - id: no-leader
                if: not leader
                because: No leader.
                source: { document: doc, quote: "leader" }
              - id: low-score
                if: score < 30
                because: Results are low.
                source: { document: doc, quote: "score" }
          - id: family
            title: Family
            brokered_by: Heads
            involves: A partner helps
            escalate_when:
              - id: no-partner
                if: not partner.near
                because: No partner.
                source: { document: doc, quote: "partner" }
          - id: top
            title: Top
            brokered_by: National College
            involves: A national leader
        start_at:
          - id: special
            if: category == special
            route: top
            because: Special measures.
            source: { document: doc, quote: "special" }
          - id: notice
            if: category == notice or grade <= inadequate
            route: family
            because: Notice to improve.
            source: { document: doc, quote: "notice" }
        advice:
          - id: many-bodies
            if: count(bodies) >= 4
            says: "Answers to {count(bodies)} bodies in {phase}."
            because: Too many.
            source: { document: doc, quote: "bodies" }
          - id: family-only
            if: phase == secondary
            on_routes: [family]
            says: Secondary partnership.
            because: Secondary.
            source: { document: doc, quote: "secondary" }
        """

    /// The mini rule set, loaded.
    static func ruleSet() throws -> RuleSet {
        try load(rules)
    }

    /// Loads a rule set that must be valid.
    static func load(_ text: String, file: String = "rules.yaml") throws -> RuleSet {
        switch RuleSetLoader.load(text: text, file: file) {
        case .success(let ruleSet): return ruleSet
        case .failure(let list):
            Issue.record("unexpected diagnostics:\n\(list)")
            throw list
        }
    }

    /// The diagnostics of a rule set that must be invalid.
    static func ruleErrors(_ text: String, file: String = "rules.yaml") -> [Diagnostic] {
        switch RuleSetLoader.load(text: text, file: file) {
        case .success:
            Issue.record("expected the rule set to be rejected")
            return []
        case .failure(let list): return list.diagnostics
        }
    }

    /// A profile that must be valid.
    static func profile(_ text: String, ruleSet: RuleSet, file: String = "school.yaml") throws -> Profile {
        switch ProfileLoader.load(text: text, file: file, ruleSet: ruleSet) {
        case .success(let profile): return profile
        case .failure(let list):
            Issue.record("unexpected diagnostics:\n\(list)")
            throw list
        }
    }

    /// The diagnostics of a profile that must be invalid.
    static func profileErrors(_ text: String, ruleSet: RuleSet, file: String = "school.yaml") -> [Diagnostic] {
        switch ProfileLoader.load(text: text, file: file, ruleSet: ruleSet) {
        case .success:
            Issue.record("expected the profile to be rejected")
            return []
        case .failure(let list): return list.diagnostics
        }
    }

    /// The mini rule set with one line replaced, for planting mistakes.
    static func rules(replacing old: String, with new: String) -> String {
        #expect(rules.contains(old), "fixture does not contain \(old)")
        return rules.replacingOccurrences(of: old, with: new)
    }

    /// Where `needle` first appears in `text` (plus `offset` columns), as the loader would report it.
    static func location(of needle: String, in text: String = rules, offset: Int = 0, file: String = "rules.yaml")
        -> SupportRouting.SourceLocation
    {
        guard let range = text.range(of: needle) else {
            Issue.record("`\(needle)` is not in the text")
            return SourceLocation(file: file, line: 0, column: 0)
        }
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.unicodeScalars.reversed().prefix { $0 != "\n" }.count + 1
        return SourceLocation(file: file, line: line, column: column + offset)
    }

    /// The 1-based line and column of the first `‸` in `text`, and the text without it.
    static func marked(_ text: String) -> (text: String, line: Int, column: Int) {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "‸" { break }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (text.replacingOccurrences(of: "‸", with: ""), line, column)
    }

    /// The repository's root folder.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
