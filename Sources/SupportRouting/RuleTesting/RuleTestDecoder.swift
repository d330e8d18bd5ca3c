/// Builds a ``RuleTestSuite`` from a parsed rule test file, reporting every mistake at its place.
///
/// A test file names its rule file and may name profile files. This module reads no files: the
/// caller loads them, given each path as written and the place in the test file that names it.
public enum RuleTestDecoder {
    /// The test-file format versions this build reads.
    public static let supportedFormats = [1]

    /// The suite in `root`, or every mistake found in it and in the files it names.
    ///
    /// - Parameters:
    ///   - root: the parsed test file.
    ///   - file: the test file's name, for the suite and for diagnostics.
    ///   - loadRules: loads the rule file named at a place in the test file.
    ///   - loadProfile: loads a profile file named at a place in the test file, against the rule set.
    public static func decode(
        _ root: SourceNode, file: String,
        loadRules: (_ path: String, _ reference: SourceLocation) -> Result<RuleSet, DiagnosticList>,
        loadProfile: (_ path: String, _ reference: SourceLocation, _ ruleSet: RuleSet) -> Result<
            Profile, DiagnosticList
        >
    ) -> Result<RuleTestSuite, DiagnosticList> {
        var reader = Reader(file: file)
        let suite = reader.suite(root, loadRules: loadRules, loadProfile: loadProfile)
        let diagnostics = reader.context.diagnostics + reader.elsewhere
        if let suite, diagnostics.isEmpty { return .success(suite) }
        return .failure(DiagnosticList(diagnostics))
    }

    /// The diagnostic for a file a test file names that does not exist, with a likely intended name.
    ///
    /// - Parameters:
    ///   - written: the path as the test file writes it.
    ///   - resolved: the path it was looked for at.
    ///   - kind: what the file should be, such as `rule` or `profile`.
    ///   - siblings: the names of the files in the folder it was looked for in.
    ///   - location: where the test file names it.
    public static func missingFile(
        _ written: String, resolved: String, kind: String, siblings: [String], at location: SourceLocation
    ) -> Diagnostic {
        let name = String(resolved.split(separator: "/").last ?? Substring(resolved))
        let lookedFor = resolved == written ? "" : " (looked for `\(resolved)`)"
        return Diagnostic(
            id: "no-such-file",
            message: "no such \(kind) file `\(written)`\(lookedFor)\(Suggestion.didYouMean(name, among: siblings))",
            location: location, notes: ["paths in a test file are relative to the test file"])
    }
}

/// The state of one decoding: the test file's own mistakes, and those found in the files it names.
private struct Reader {
    let file: String
    var context = DecodingContext()
    /// Diagnostics in the rule file and profile files.
    var elsewhere: [Diagnostic] = []
    private var caseNames: [String: SourceLocation] = [:]

    init(file: String) { self.file = file }

    mutating func suite(
        _ root: SourceNode, loadRules: (String, SourceLocation) -> Result<RuleSet, DiagnosticList>,
        loadProfile: (String, SourceLocation, RuleSet) -> Result<Profile, DiagnosticList>
    ) -> RuleTestSuite? {
        guard checkFormat(root) else { return nil }
        if case .mapping(let entries) = root.kind, entries.contains(where: { $0.key == "ruleset" }) {
            context.error(
                "not-a-test-file",
                "this is a rule file, not a test file; a test file holds `format`, `rules` and `cases`",
                at: root.location)
            return nil
        }
        guard let fields = context.fields(root, of: "a test file", keys: FileKeys.testFile) else {
            return nil
        }
        var ruleSet: RuleSet?
        if let node = fields["rules"]?.value, let path = context.text(node, of: "`rules`") {
            switch loadRules(path, node.location) {
            case .success(let loaded): ruleSet = loaded
            case .failure(let list): elsewhere += list.diagnostics
            }
        }
        var cases: [RuleTestCase] = []
        if let node = fields["cases"]?.value, let items = context.items(node, of: "`cases`") {
            if items.isEmpty {
                context.error("no-cases", "`cases` is empty; add at least one case", at: node.location)
            }
            for item in items {
                if let testCase = decodeCase(item, ruleSet: ruleSet, loadProfile: loadProfile) {
                    cases.append(testCase)
                }
            }
        }
        return ruleSet.map { RuleTestSuite(file: file, ruleSet: $0, cases: cases) }
    }

    /// Whether the file's `format` is one this build reads; a newer format may have another shape.
    private mutating func checkFormat(_ root: SourceNode) -> Bool {
        context.acceptsFormat(root, supported: RuleTestDecoder.supportedFormats, kind: "test-file")
    }

    private mutating func decodeCase(
        _ item: SourceNode, ruleSet: RuleSet?,
        loadProfile: (String, SourceLocation, RuleSet) -> Result<Profile, DiagnosticList>
    ) -> RuleTestCase? {
        guard
            let fields = context.fields(
                item, of: "a test case", keys: FileKeys.testCase)
        else { return nil }
        let name = context.text(fields["name"]?.value, of: "the name of a test case")
        if let name, let node = fields["name"]?.value {
            if let first = caseNames[name] {
                context.error(
                    "duplicate-case", "case name `\(name)` is used twice; give each case its own name",
                    at: node.location, notes: ["first used at \(first)"])
            } else {
                caseNames[name] = node.location
            }
        }
        let what = name.map { "case `\($0)`" } ?? "a test case"
        let expectation = fields["expect"].flatMap {
            ExpectationReader(ruleSet: ruleSet).read($0.value, context: &context)
        }
        var profile: Profile?
        switch (fields["profile"], fields["facts"]) {
        case (nil, nil):
            context.error(
                "missing-profile", "\(what) needs `profile` (a profile file) or `facts` (the facts written inline)",
                at: item.location)
        case (.some, .some(let facts)):
            context.error(
                "two-profiles", "\(what) has both `profile` and `facts`; give one of them", at: facts.keyLocation)
        case (.some(let entry), nil):
            guard let path = context.text(entry.value, of: "`profile` of \(what)"), let ruleSet else { break }
            switch loadProfile(path, entry.value.location, ruleSet) {
            case .success(let loaded): profile = loaded
            case .failure(let list): elsewhere += list.diagnostics
            }
        case (nil, .some(let entry)):
            if case .mapping(let entries) = entry.value.kind, let inner = entries.first(where: { $0.key == "expect" }) {
                context.error(
                    "expect-in-facts", "`expect` belongs to the case, beside `facts`, not inside it",
                    at: inner.keyLocation)
            }
            guard let ruleSet else { break }
            switch ProfileDecoder.decode(entry.value, ruleSet: ruleSet, file: file) {
            case .success(let decoded): profile = decoded
            case .failure(let list): elsewhere += list.diagnostics
            }
        }
        guard let name, let expectation, let profile else { return nil }
        return RuleTestCase(name: name, profile: profile, expectation: expectation, location: item.location)
    }
}
