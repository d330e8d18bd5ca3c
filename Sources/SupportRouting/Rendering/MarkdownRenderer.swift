/// Renders an explanation as Markdown, for a pull request, a wiki or a report.
public enum MarkdownRenderer {
    /// The whole explanation as a Markdown document.
    public static func render(_ explanation: Explanation) -> String {
        "# \(TextRenderer.heading(explanation))\n"
    }
}
