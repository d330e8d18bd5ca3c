import Foundation
public import SupportRouting

/// Reads rule test files, with the rule file and the profile files each one names, relative to it.
public enum RuleTestLoader {
    /// How a rule test file's name ends.
    public static let suffix = ".tests.yaml"

    /// The test files that `paths` name: a file as given, a folder as every `*.tests.yaml` file in
    /// it, sorted by name.
    public static func testFiles(_ paths: [String]) -> Result<[String], DiagnosticList> {
        var files: [String] = []
        var problems: [Diagnostic] = []
        for path in paths {
            let location = SourceLocation(file: path, line: 1, column: 1)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(
                    Diagnostic(id: "no-such-file", message: "no such file or folder `\(path)`", location: location))
                continue
            }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
                .filter { $0.hasSuffix(suffix) || $0.hasSuffix(".tests.yml") }.sorted()
            if names.isEmpty {
                problems.append(
                    Diagnostic(
                        id: "no-test-files",
                        message: "no test files (`*\(suffix)` or `*.tests.yml`) in the folder `\(path)`",
                        location: location))
            }
            files += names.map { RelativePath.join(path, $0) }
        }
        return problems.isEmpty ? .success(files) : .failure(DiagnosticList(problems))
    }

    /// The test file at `path`, with its rules and profiles loaded.
    public static func load(contentsOf path: String, limits: DocumentReader.Limits = .standard) -> Result<
        RuleTestSuite, DiagnosticList
    > {
        let file = FileInput.displayName(path)
        return FileInput.read(path, limits: limits).flatMap { DocumentReader.read($0, file: file, limits: limits) }
            .flatMap { decode($0, file: file, limits: limits) }
    }

    /// The test file in `text`, named `file`; the paths it writes are relative to the folder of `file`.
    public static func load(text: String, file: String, limits: DocumentReader.Limits = .standard) -> Result<
        RuleTestSuite, DiagnosticList
    > {
        DocumentReader.read(text, file: file, limits: limits).flatMap { decode($0, file: file, limits: limits) }
    }

    private static func decode(_ root: SourceNode, file: String, limits: DocumentReader.Limits) -> Result<
        RuleTestSuite, DiagnosticList
    > {
        RuleTestDecoder.decode(
            root, file: file,
            loadRules: { path, reference in
                let resolved = RelativePath.resolve(path, from: file)
                if let missing = missing(path, resolved: resolved, kind: "rule", at: reference) {
                    return .failure(DiagnosticList([missing]))
                }
                return RuleSetLoader.load(contentsOf: resolved, limits: limits)
            },
            loadProfile: { path, reference, ruleSet in
                let resolved = RelativePath.resolve(path, from: file)
                if let missing = missing(path, resolved: resolved, kind: "profile", at: reference) {
                    return .failure(DiagnosticList([missing]))
                }
                return ProfileLoader.load(contentsOf: resolved, ruleSet: ruleSet, limits: limits)
            })
    }

    /// The diagnostic for a named file that does not exist, at the place that names it.
    private static func missing(_ written: String, resolved: String, kind: String, at reference: SourceLocation)
        -> Diagnostic?
    {
        guard !FileManager.default.fileExists(atPath: resolved) else { return nil }
        let folder = RelativePath.folder(of: resolved)
        let siblings = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return RuleTestDecoder.missingFile(written, resolved: resolved, kind: kind, siblings: siblings, at: reference)
    }
}
