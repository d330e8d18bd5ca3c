public import SupportRouting

/// A finding as text: the diagnostic line, its notes, and the witness profile indented.
public enum FindingText {
    /// The finding's diagnostic line, its notes, and its witness profile, if any, indented under it.
    public static func render(_ finding: Finding) -> String {
        var text = finding.diagnostic.description + "\n"
        if let witness = finding.witness {
            text += "    witness (route \(witness.route)):\n"
            text += witness.yaml.split(separator: "\n").map { "      \($0)\n" }.joined()
        }
        return text
    }
}
