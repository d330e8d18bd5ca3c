/// A rule set shipped in the repository's `Rules/` folder, embedded in the binary at build time.
public struct EmbeddedRuleSet: Sendable, Hashable {
    /// The file name in `Rules/`, such as `england-2008.yaml`.
    public let fileName: String
    /// The file's text, exactly as shipped.
    public let text: String

    /// The default rule set: the ASCL partnership model for England, 2008.
    public static var england2008: EmbeddedRuleSet {
        // The build plugin always embeds this file; its absence is a packaging bug.
        guard let ruleSet = all.first(where: { $0.fileName == "england-2008.yaml" }) else {
            preconditionFailure("Rules/england-2008.yaml was not embedded at build time")
        }
        return ruleSet
    }
}
