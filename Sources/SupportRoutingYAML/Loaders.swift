import FileSafety
package import Foundation
public import SupportRouting

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads rule sets from YAML text or files.
public enum RuleSetLoader {
    /// The rule set in `text`, or every mistake found in it, each with `file:line:column`.
    public static func load(text: String, file: String, limits: DocumentReader.Limits = .standard) -> Result<
        RuleSet, DiagnosticList
    > {
        DocumentReader.read(text, file: file, limits: limits).flatMap {
            RuleSetDecoder.decode($0, file: file, maximumConditionTerms: limits.maximumConditionTerms)
        }
        .map { traced($0, SHA256.hex(text.utf8)) }
    }

    /// The rule set with the digest of the bytes it was read from.
    private static func traced(_ ruleSet: RuleSet, _ sha256: String) -> RuleSet {
        var traced = ruleSet
        traced.sha256 = sha256
        return traced
    }

    /// The rule set in the file at `path`.
    public static func load(contentsOf path: String, limits: DocumentReader.Limits = .standard) -> Result<
        RuleSet, DiagnosticList
    > {
        let file = FileInput.displayName(path)
        return FileInput.read(path, limits: limits).flatMap { bytes in
            DocumentReader.read(bytes, file: file, limits: limits).flatMap {
                RuleSetDecoder.decode($0, file: file, maximumConditionTerms: limits.maximumConditionTerms)
            }
            .map { traced($0, SHA256.hex(bytes)) }
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

/// Reads a file's bytes, refusing what is too large, and anything but a regular file, before reading it.
package enum FileInput {
    /// The path `-` means standard input.
    package static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    package static func read(_ path: String, limits: DocumentReader.Limits) -> Result<Data, DiagnosticList> {
        let location = SourceLocation(file: displayName(path), line: 1, column: 1)
        func failure(_ id: String, _ message: String) -> Result<Data, DiagnosticList> {
            .failure(DiagnosticList([Diagnostic(id: id, message: message, location: location)]))
        }
        let limit = limits.boundedBytes
        // Read one byte past the limit, so an oversized stream, or a file that grew since it was
        // measured, is refused rather than cut short; an empty stream is an empty document.
        func readAll(_ descriptor: Int32, tooLarge: String) -> Result<Data, DiagnosticList> {
            switch InputFile.readAll(descriptor, limit: limit) {
            case .success(let bytes) where bytes.count > limit: return failure("too-large", tooLarge)
            case .success(let bytes): return .success(Data(bytes))
            case .failure(let problem): return failure(problem.id, problem.message(for: displayName(path)))
            }
        }
        if path == "-" {
            return readAll(STDIN_FILENO, tooLarge: "standard input is larger than the limit of \(limit) bytes")
        }
        let descriptor: Int32
        switch InputFile.open(path) {
        case .success(let opened): descriptor = opened
        case .failure(.notRegular(let kind)):
            return failure(
                "not-a-regular-file",
                "`\(path)` is \(kind), not a regular file; to read a stream, give - and send it to standard input")
        case .failure(let problem): return failure(problem.id, problem.message(for: path))
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, Int(status.st_size) > limit {
            return failure("too-large", "the file is \(status.st_size) bytes; the limit is \(limit) bytes")
        }
        return readAll(descriptor, tooLarge: "the file is larger than the limit of \(limit) bytes")
    }
}
