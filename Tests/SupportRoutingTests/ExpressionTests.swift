import SupportRouting
import Testing

/// Parsing and type-checking conditions, with each mistake at its own column.
struct ExpressionTests {
    let schema: FactSchema

    init() throws {
        schema = try Fixtures.ruleSet().schema
    }

    private func parse(_ text: String) -> Result<Condition, DiagnosticList> {
        ConditionParser.parse(text, schema: schema, at: SourceLocation(file: "c", line: 7, column: 11))
    }

    private func errors(_ marked: String) -> (diagnostics: [Diagnostic], column: Int) {
        let (text, _, column) = Fixtures.marked(marked)
        guard case .failure(let list) = parse(text) else {
            Issue.record("expected `\(text)` to be rejected")
            return ([], column + 10)
        }
        return (list.diagnostics, column + 10)
    }

    @Test(arguments: [
        "help", "not help", "help == true", "leader == false", "phase == primary", "phase != secondary",
        "grade <= satisfactory", "grade > good", "score < 30", "score >= 29.5", "bodies contains sip",
        "count(bodies) >= 4", "dept == \"science\"", "dept != 'maths'", "phase in [primary, secondary]",
        "phase not in [primary]", "dept in [\"a\", \"b\"]", "dept is missing", "dept is not missing",
        "(help or leader) and not partner.near", "not (score < 10 or score > 90)", "30 > score",
    ])
    func validConditionsParse(_ text: String) throws {
        if text == "30 > score" {
            // A literal on the left is not supported: the fact comes first.
            guard case .failure = parse(text) else {
                Issue.record("expected a literal on the left to be rejected")
                return
            }
            return
        }
        let condition = try parse(text).get()
        #expect(condition.text == text)
        #expect(condition.location == SourceLocation(file: "c", line: 7, column: 11))
    }

    @Test func precedenceBindsAndTighterThanOr() throws {
        let condition = try parse("help or leader and partner.near").get()
        guard case .or(let terms) = condition.test else {
            Issue.record("expected `or` at the top, got \(condition.test)")
            return
        }
        #expect(terms.count == 2)
        guard case .and = terms[1].test else {
            Issue.record("expected `and` inside, got \(terms[1].test)")
            return
        }
        #expect(terms[1].text == "leader and partner.near")
        #expect(terms[1].location.column == 11 + 8)
    }

    @Test func notEqualIsTheComplementOfTheValue() throws {
        let condition = try parse("phase != secondary").get()
        #expect(condition.test == .oneOf(fact: 2, mask: 0b01))
        let inList = try parse("category not in [none]").get()
        #expect(inList.test == .oneOf(fact: 4, mask: 0b110))
    }

    @Test func unknownFactSuggestsTheNearestName() {
        let (diagnostics, column) = errors("help and ‸partner.nera")
        #expect(diagnostics.map(\.message) == ["unknown fact `partner.nera`; did you mean `partner.near`?"])
        #expect(diagnostics.first?.id == "unknown-fact")
        #expect(diagnostics.first?.location == SourceLocation(file: "c", line: 7, column: column))
    }

    @Test func unknownValueListsTheValuesAndSuggests() {
        let (diagnostics, column) = errors("category == ‸specal")
        #expect(
            diagnostics.map(\.message) == [
                "`specal` is not a value of `category` (none, notice, special); did you mean `special`?"
            ])
        #expect(diagnostics.first?.location.column == column)
    }

    @Test func everyMistakeInOneConditionIsReported() {
        let (diagnostics, _) = errors("hepl and phase == ‸tertiary")
        #expect(diagnostics.map(\.id) == ["unknown-fact", "unknown-value"])
        #expect(diagnostics.map(\.location.column) == [11, 11 + 18])
    }

    @Test(arguments: [
        (
            "grade < good and ‸phase < primary",
            "`<` needs an ordered fact, but `phase` is an enum without `ordered: true`"
        ),
        ("‸phase", "`phase` is an enum fact, not a condition; compare it with a value"),
        ("‸bodies == sip", "`bodies` is a set; use `contains` or `count(bodies)` instead of `==`"),
        ("score < ‸high", "expected a number to compare `score` with, found `high`"),
        ("score > ‸150", "`150` is outside the range of `score` (0 to 100)"),
        ("‸help < 3", "`help` is a bool; compare it with `== true` or `== false`, or use it on its own"),
        (
            "dept == ‸science",
            "`dept` is a string; compare it with `==` or `!=` and a quoted value such as `\"science\"`"
        ),
        ("‸count(phase) > 1", "`count()` needs a set fact, but `phase` is an enum"),
        ("count(bodies) > ‸1.5", "expected a whole number to compare `count(bodies)` with, found `1.5`"),
        ("‸score contains 3", "`contains` needs a set fact, but `score` is a number"),
        ("bodies contains ‸mayor", "`mayor` is not a value of `bodies` (sip, la, situ, ofsted, governors)"),
        (
            "phase == ‸grade",
            "comparing two facts is not supported; compare `phase` with one of its values (primary, secondary)"
        ),
        ("‸42", "`42` is a value, not a condition; expected a comparison such as `phase == primary`"),
    ])
    func typeErrorsPointAtTheirColumn(_ marked: String, _ message: String) {
        let (diagnostics, column) = errors(marked)
        let relevant = diagnostics.last
        #expect(relevant?.message == message)
        #expect(relevant?.location.column == column)
        #expect(relevant?.location.line == 7)
    }

    @Test(arguments: [
        ("help ‸= true", "unexpected character `=`; use `==` to compare"),
        ("help ‸&& leader", "unexpected character `&`; use `and` or `or`"),
        ("(help or leader‸", "expected `)` to close the `(`, found the end of the condition"),
        ("help and‸", "expected a fact, a value or `(`, found the end of the condition"),
        ("help ‸leader", "expected `and`, `or` or the end of the condition, found `leader`"),
        ("phase in ‸primary", "expected `[` to start a list of values, found `primary`"),
        ("phase in [primary‸", "expected `,` or `]` in the list, found the end of the condition"),
        ("phase in [‸]", "the list is empty; expected at least one value"),
        ("dept == ‸\"science", "this string has no closing \""),
        ("dept is ‸present", "expected `missing` after `is`, found `present`"),
        ("‸", "the condition is empty; expected a condition such as `phase == primary`"),
        ("score < ‸1.2.3", "`1.2.3` is not a number"),
    ])
    func syntaxErrorsPointAtTheirColumn(_ marked: String, _ message: String) {
        let (diagnostics, column) = errors(marked)
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.first?.id == "syntax")
        #expect(diagnostics.first?.location.column == column)
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let text = String(repeating: "(", count: 500) + "help" + String(repeating: ")", count: 500)
        guard case .failure(let list) = parse(text) else {
            Issue.record("expected deep nesting to be refused")
            return
        }
        #expect(list.diagnostics.first?.message == "the condition nests deeper than 64 levels")
        let nots = String(repeating: "not ", count: 10_000) + "help"
        guard case .failure = parse(nots) else {
            Issue.record("expected a long chain of `not` to be refused")
            return
        }
    }

    @Test func conditionsCompareByMeaningNotPlace() throws {
        let first = try ConditionParser.parse("help", schema: schema, at: SourceLocation(file: "a", line: 1, column: 1))
            .get()
        let second = try ConditionParser.parse(
            "help == true", schema: schema, at: SourceLocation(file: "b", line: 9, column: 4)
        ).get()
        #expect(first == second)
    }

    @Test func commonSlipsGetHints() {
        #expect(errors("score ‸=> 30").diagnostics.map(\.message) == ["unexpected character `=`; did you mean `>=`?"])
        #expect(
            errors("help ‸AND leader").diagnostics.map(\.message) == [
                "expected `and`, `or` or the end of the condition, found `AND`; keywords are lowercase: `and`"
            ])
    }
}
