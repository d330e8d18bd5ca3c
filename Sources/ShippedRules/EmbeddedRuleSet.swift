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

    /// Every rule set shipped in `Rules/` (not its tests), by file name.
    public static let all: [EmbeddedRuleSet] = ShippedFile.all.compactMap { file in
        guard file.path.hasPrefix("Rules/"), !file.path.hasSuffix(".tests.yaml") else { return nil }
        return EmbeddedRuleSet(fileName: String(file.path.dropFirst("Rules/".count)), text: file.text)
    }

    /// The rule set's tests, `Rules/NAME.tests.yaml`, when they are shipped.
    public var tests: ShippedFile? {
        ShippedFile.named("Rules/" + fileName.dropLast(".yaml".count) + ".tests.yaml")
    }

    /// The rule set's id, as its `ruleset:` line gives it.
    public let id: String

    init(fileName: String, text: String) {
        self.fileName = fileName
        self.text = text
        // Read once: the options list the ids on every run, and a rule file is tens of kilobytes.
        // Over the bytes: splitting the text into Characters costs milliseconds on every run.
        let key = Array("ruleset:".utf8)
        let line = text.utf8.split(separator: UInt8(ascii: "\n")).first { $0.starts(with: key) }
        let value = line.map { String(decoding: $0.dropFirst(key.count), as: UTF8.self) }
        id = value?.split(separator: " ").first.map(String.init) ?? fileName
    }
}
