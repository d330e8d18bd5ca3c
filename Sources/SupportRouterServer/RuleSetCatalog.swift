import FileSafety
import ShippedRules
public import SupportRouting
import SupportRoutingYAML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The rule sets a server answers with: every set the tool ships, then any given with `--rules`,
/// each loaded once, with the SHA-256 of its file's bytes.
public struct RuleSetCatalog: Sendable {
    /// The rule sets by id, in the order they were added.
    public let ruleSets: [RuleSet]

    /// The shipped sets and those in `files`; a file whose id repeats another's replaces it.
    public static func load(files: [String]) -> Result<RuleSetCatalog, DiagnosticList> {
        var sets: [RuleSet] = []
        for shipped in EmbeddedRuleSet.all {
            switch RuleSetLoader.load(text: shipped.text, file: "Rules/" + shipped.fileName) {
            case .success(let ruleSet): sets.append(ruleSet)
            case .failure(let list): return .failure(list)
            }
        }
        for file in files {
            switch load(file) {
            case .success(let ruleSet):
                sets.removeAll { $0.id == ruleSet.id }
                sets.append(ruleSet)
            case .failure(let list): return .failure(list)
            }
        }
        return .success(RuleSetCatalog(ruleSets: sets))
    }

    /// The rule set in the file at `path`, named by its file name alone, so no path of the server
    /// reaches a client in an answer.
    private static func load(_ path: String) -> Result<RuleSet, DiagnosticList> {
        let name = String(path.split(separator: "/").last ?? Substring(path))
        let limit = DocumentReader.Limits.standard.maximumBytes
        let read = InputFile.open(path).flatMap { descriptor in
            defer { close(descriptor) }
            return InputFile.readAll(descriptor, limit: limit)
        }
        // Anything but a readable UTF-8 file of a fit size is left to the loader, for its own message.
        guard case .success(let bytes) = read, bytes.count <= limit,
            let text = String(validating: bytes, as: UTF8.self)
        else { return RuleSetLoader.load(contentsOf: path) }
        return RuleSetLoader.load(text: text, file: name)
    }

    /// The rule set with this id.
    public subscript(id: String) -> RuleSet? { ruleSets.first { $0.id == id } }

    /// The default rule set: `england-2008`, or the first.
    public var defaultRuleSet: RuleSet { self["england-2008"] ?? ruleSets[0] }
}
