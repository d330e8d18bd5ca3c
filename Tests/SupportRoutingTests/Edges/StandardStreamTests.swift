import Foundation
import Testing

/// A write error on standard output or standard error is a message and exit 74, never a crash; a
/// reader that goes away (`| head`) ends the command quietly with 141.
struct StandardStreamTests {
    static let commands: [[String]] = [
        ["route", "Samples/riverside-high.yaml"],
        ["explain", "Samples/riverside-high.yaml"],
        ["check", "Rules/"],
        ["facts", "--template"],
        ["graph"],
        ["test", "Rules/"],
        ["route", "--help"],
        ["batch", "Samples/datasets/riverside-area.csv", "-o", "-"],
    ]

    @Test(
        .enabled(if: SpecialFiles.canMakeDevices, "making a device node needs root"),
        arguments: commands)
    func aFullStandardOutputIsAnErrorWithExit74(_ arguments: [String]) throws {
        let folder = try TemporaryFolder()
        let full = try #require(FileHandle(forWritingAtPath: try SpecialFiles.fullDevice("full", in: folder)))
        let result = try CommandRunner.run(arguments, standardOutput: full)
        #expect(result.status == 74)
        #expect(result.stderr.hasSuffix("error: cannot write to standard output: No space left on device\n"))
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test(.enabled(if: SpecialFiles.canMakeDevices, "making a device node needs root"))
    func aFullStandardErrorStillLetsBatchFinishItsFileThenExits74() throws {
        let folder = try HandMadeArea.folder()
        let full = try #require(FileHandle(forWritingAtPath: try SpecialFiles.fullDevice("full", in: folder)))
        let result = try CommandRunner.run(
            ["batch", "schools.csv", "--map", "map.yaml", "-o", "out.csv"], in: folder.url, standardError: full)
        #expect(result.status == 74)
        #expect(folder.read("out.csv")?.hasPrefix("id,name,line,route,") == true)
        #expect(try folder.names() == ["full", "map.yaml", "out.csv", "schools.csv"])
    }

    @Test(arguments: [
        ["route"] + Array(repeating: "Samples/riverside-high.yaml", count: 400),
        ["route", "--format", "json"] + Array(repeating: "Samples/kingsdown-school.yaml", count: 400),
    ])
    func aReaderThatGoesAwayEndsTheCommandQuietly(_ arguments: [String]) throws {
        // Bash reports the tool's own status; head stops reading after a few bytes. Each output is
        // larger than a pipe's buffer, so the tool is still writing when the reader goes.
        let script = "\"$0\" \"$@\" | head -c 10 > /dev/null; echo \"status ${PIPESTATUS[0]}\" >&2"
        let result = try CommandRunner.runShell(script, arguments)
        #expect(result.stderr == "status 141\n")
    }

    @Test func aBatchToStandardOutputStopsQuietlyWhenItsReaderGoes() throws {
        let folder = try HandMadeArea.folder(data: BatchCommandTests.BatchInterruptTests.manyRows(3000))
        let script = "\"$0\" \"$@\" | head -c 10 > /dev/null; echo \"status ${PIPESTATUS[0]}\" >&2"
        let result = try CommandRunner.runShell(
            script, ["batch", "schools.csv", "--map", "map.yaml", "-o", "-", "--format", "json"], in: folder.url)
        #expect(result.stderr == "status 141\n")
    }

    @Test func emptyStandardInputIsAnEmptyProfileNotATooLargeOne() throws {
        let result = try CommandRunner.run(["route", "-"], standardInput: FileHandle.nullDevice)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("<stdin>:1:1: error: the file is empty; expected a YAML or JSON map"))
    }
}

extension CommandRunner {
    /// Runs `script` with bash, with the executable as `$0` and `arguments` as `$@`, in the repository root.
    static func runShell(
        _ script: String, _ arguments: [String], in directory: URL = Fixtures.repositoryRoot
    ) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, executable.path] + arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
