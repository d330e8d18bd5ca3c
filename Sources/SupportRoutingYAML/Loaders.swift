package import Foundation
public import SupportRouting

/// Reads rule sets from YAML text or files.
public enum RuleSetLoader {
    /// The rule set in `text`, or every mistake found in it, each with `file:line:column`.
    public static func load(text: String, file: String, limits: DocumentReader.Limits = .standard) -> Result<
        RuleSet, DiagnosticList
    > {
        DocumentReader.read(text, file: file, limits: limits).flatMap {
            RuleSetDecoder.decode($0, file: file, maximumConditionTerms: limits.maximumConditionTerms)
        }
    }

    /// The rule set in the file at `path`.
    public static func load(contentsOf path: String, limits: DocumentReader.Limits = .standard) -> Result<
        RuleSet, DiagnosticList
    > {
        FileInput.read(path, limits: limits).flatMap {
            DocumentReader.read($0, file: FileInput.displayName(path), limits: limits)
        }
        .flatMap {
            RuleSetDecoder.decode(
                $0, file: FileInput.displayName(path), maximumConditionTerms: limits.maximumConditionTerms)
        }
    }
}

/// Reads school profiles from YAML or JSON text or files, checked against a rule set's facts.
public enum ProfileLoader {
    /// The profile in `text`, or every mistake found in it.
    public static func load(
        text: String, file: String, ruleSet: RuleSet, limits: DocumentReader.Limits = .standard,
        readingExpectation: Bool = true
    ) -> Result<Profile, DiagnosticList> {
        DocumentReader.read(text, file: file, limits: limits).flatMap {
            ProfileDecoder.decode($0, ruleSet: ruleSet, file: file, readingExpectation: readingExpectation)
        }
    }

    /// The profile in the file at `path`; with `readingExpectation` false its `expect` is skipped.
    public static func load(
        contentsOf path: String, ruleSet: RuleSet, limits: DocumentReader.Limits = .standard,
        readingExpectation: Bool = true
    ) -> Result<Profile, DiagnosticList> {
        let name = FileInput.displayName(path)
        return FileInput.read(path, limits: limits).flatMap { DocumentReader.read($0, file: name, limits: limits) }
            .flatMap { ProfileDecoder.decode($0, ruleSet: ruleSet, file: name, readingExpectation: readingExpectation) }
    }
}

/// Reads a file's bytes, refusing what is too large before reading it.
package enum FileInput {
    /// The path `-` means standard input.
    package static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    package static func read(_ path: String, limits: DocumentReader.Limits) -> Result<Data, DiagnosticList> {
        let location = SourceLocation(file: displayName(path), line: 1, column: 1)
        func failure(_ id: String, _ message: String) -> Result<Data, DiagnosticList> {
            .failure(DiagnosticList([Diagnostic(id: id, message: message, location: location)]))
        }
        if path == "-" {
            // Read one byte past the limit, so an oversized stream is refused rather than cut short.
            let data = (try? FileHandle.standardInput.read(upToCount: limits.maximumBytes + 1)) ?? nil
            guard let data, data.count <= limits.maximumBytes else {
                return failure("too-large", "standard input is larger than the limit of \(limits.maximumBytes) bytes")
            }
            return .success(data)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return failure("no-such-file", "no such file `\(path)`")
        }
        guard !isDirectory.boolValue else { return failure("is-directory", "`\(path)` is a folder; expected a file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size > limits.maximumBytes
        {
            return failure("too-large", "the file is \(size) bytes; the limit is \(limits.maximumBytes) bytes")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return failure("unreadable", "cannot read `\(path)`")
        }
        defer { try? handle.close() }
        // Read one byte past the limit, so a file that grew since it was measured is still refused.
        guard let data = try? handle.read(upToCount: limits.maximumBytes + 1) ?? Data() else {
            return failure("unreadable", "cannot read `\(path)`")
        }
        guard data.count <= limits.maximumBytes else {
            return failure("too-large", "the file is larger than the limit of \(limits.maximumBytes) bytes")
        }
        return .success(data)
    }
}
