/// Turns a rule's `if` text into a type-checked ``Condition``.
public enum ConditionParser {
    /// The most terms a condition may have unless told otherwise: a term is a comparison, such as
    /// `phase == primary`, or a bool fact on its own. Far more than a person writes in one rule, and
    /// few enough that a hostile rule file cannot make the analysis of one condition slow.
    public static let defaultMaximumTerms = 256

    /// Parses and type-checks `text` against `schema`.
    ///
    /// - Parameters:
    ///   - text: the condition, such as `ofsted.category == special_measures`.
    ///   - schema: the facts the condition may read.
    ///   - location: where the condition's first character sits in its file. Diagnostics point at
    ///     the column inside the condition when it is on one line.
    ///   - maximumTerms: the most terms the condition may have; past it the condition is refused.
    /// - Returns: the condition, or every mistake found in it.
    public static func parse(
        _ text: String, schema: FactSchema, at location: SourceLocation, maximumTerms: Int = defaultMaximumTerms
    ) -> Result<Condition, DiagnosticList> {
        var suggestions = Suggestion.Budget()
        return parse(
            text, schema: schema, locate: { location.advanced(byColumns: $0) }, maximumTerms: maximumTerms,
            suggestions: &suggestions)
    }

    static func parse(
        _ text: String, schema: FactSchema, locate: @escaping (Int) -> SourceLocation, maximumTerms: Int,
        suggestions: inout Suggestion.Budget
    ) -> Result<Condition, DiagnosticList> {
        let tree: SyntaxTree
        do {
            tree = try ExpressionParser.parse(text, maximumTerms: maximumTerms)
        } catch {
            let notes = error.related.map { ["\($0.what) is at \(locate($0.offset))"] } ?? []
            return .failure(
                DiagnosticList([
                    Diagnostic(id: error.id, message: error.message, location: locate(error.offset), notes: notes)
                ]))
        }
        var checker = TypeChecker(schema: schema, text: text, locate: locate, suggestions: suggestions)
        defer { suggestions = checker.suggestions }
        if let condition = checker.check(tree), checker.diagnostics.isEmpty { return .success(condition) }
        return .failure(DiagnosticList(checker.diagnostics))
    }
}
