/// Turns a rule's `if` text into a type-checked ``Condition``.
public enum ConditionParser {
    /// Parses and type-checks `text` against `schema`.
    ///
    /// - Parameters:
    ///   - text: the condition, such as `ofsted.category == special_measures`.
    ///   - schema: the facts the condition may read.
    ///   - location: where the condition's first character sits in its file. Diagnostics point at
    ///     the column inside the condition when it is on one line.
    /// - Returns: the condition, or every mistake found in it.
    public static func parse(
        _ text: String, schema: FactSchema, at location: SourceLocation
    ) -> Result<Condition, DiagnosticList> {
        parse(text, schema: schema, locate: { location.advanced(byColumns: $0) })
    }

    static func parse(
        _ text: String, schema: FactSchema, locate: @escaping (Int) -> SourceLocation
    ) -> Result<Condition, DiagnosticList> {
        let tree: SyntaxTree
        do {
            tree = try ExpressionParser.parse(text)
        } catch {
            let notes = error.related.map { ["\($0.what) is at \(locate($0.offset))"] } ?? []
            return .failure(
                DiagnosticList([
                    Diagnostic(id: "syntax", message: error.message, location: locate(error.offset), notes: notes)
                ]))
        }
        var checker = TypeChecker(schema: schema, text: text, locate: locate)
        if let condition = checker.check(tree), checker.diagnostics.isEmpty { return .success(condition) }
        return .failure(DiagnosticList(checker.diagnostics))
    }
}
