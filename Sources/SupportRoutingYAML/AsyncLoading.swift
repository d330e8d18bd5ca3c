public import SupportRouting

#if canImport(Foundation)
    import Foundation
#endif

/// Loading from async code: the parser needs a thread with a large stack and blocks it until done, so
/// the work runs on a thread of its own, and the calling task is suspended, never a cooperative
/// thread blocked.
enum OffCooperativeThreads {
    static func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }
}

extension RuleSetLoader {
    /// The rule set in `text`, loaded without blocking a cooperative thread.
    public static func load(
        text: String, file: String, limits: DocumentReader.Limits = .standard
    ) async -> Result<RuleSet, DiagnosticList> {
        await OffCooperativeThreads.run { load(text: text, file: file, limits: limits) }
    }

    /// The rule set in the file at `path`, loaded without blocking a cooperative thread.
    public static func load(
        contentsOf path: String, limits: DocumentReader.Limits = .standard
    ) async -> Result<RuleSet, DiagnosticList> {
        await OffCooperativeThreads.run { load(contentsOf: path, limits: limits) }
    }
}

extension ProfileLoader {
    /// The profile in `text`, loaded without blocking a cooperative thread.
    public static func load(
        text: String, file: String, ruleSet: RuleSet, limits: DocumentReader.Limits = .standard
    ) async -> Result<Profile, DiagnosticList> {
        await OffCooperativeThreads.run { load(text: text, file: file, ruleSet: ruleSet, limits: limits) }
    }

    /// The profile in the file at `path`, loaded without blocking a cooperative thread.
    public static func load(
        contentsOf path: String, ruleSet: RuleSet, limits: DocumentReader.Limits = .standard
    ) async -> Result<Profile, DiagnosticList> {
        await OffCooperativeThreads.run { load(contentsOf: path, ruleSet: ruleSet, limits: limits) }
    }
}
