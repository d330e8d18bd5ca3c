import Foundation
import Testing

/// Runs the built `support-router` executable and captures what it prints.
enum CommandRunner {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The executable built beside the test bundle.
    static let executable: URL = {
        let testBinary = URL(
            fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0])
        return testBinary.deletingLastPathComponent().appendingPathComponent("support-router")
    }()

    /// Runs the command with `arguments` in `directory` (the repository root by default). Standard
    /// input, output or error may be given a file of the test's own (a device made in a temporary
    /// folder, say); what goes there is not captured.
    static func run(
        _ arguments: [String], in directory: URL = Fixtures.repositoryRoot, standardInput: FileHandle? = nil,
        standardOutput: FileHandle? = nil, standardError: FileHandle? = nil
    ) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = standardOutput ?? out
        process.standardError = standardError ?? err
        if let standardInput { process.standardInput = standardInput }
        try process.run()
        // Read before waiting, so a large output cannot fill the pipe and stall the process.
        let stdout = standardOutput == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let stderr = standardError == nil ? err.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Where the golden files are.
    static let goldenFolder = Fixtures.repositoryRoot.appendingPathComponent("Tests/SupportRoutingTests/Golden")

    /// Whether this run records golden files instead of comparing with them.
    static let isRecording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil

    /// Compares `actual` with a golden file, or rewrites the file when `RECORD_GOLDEN` is set. A
    /// recording fails the test that made it, so a recording is never taken for a pass.
    static func expectGolden(
        _ actual: String, _ name: String, in folder: URL = goldenFolder, recording: Bool = isRecording,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record(
                "recorded Golden/\(name); check the change and rerun without RECORD_GOLDEN",
                sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            actual == expected, "output differs from Golden/\(name); rerun with RECORD_GOLDEN=1 to accept",
            sourceLocation: sourceLocation)
    }

    /// A temporary file holding `text`, removed by the caller.
    static func temporaryFile(_ text: String, name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "support-router-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}
