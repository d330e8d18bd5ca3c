import Foundation
import Testing

/// Every named input must be a regular file: a FIFO is refused before it is opened for real, so
/// nothing blocks, and a device is never read. Standard input (`-`) stays the way to read a stream.
struct InputKindTests {
    /// Runs the command under `timeout`, so a hang fails the test (status 124) instead of stalling the suite.
    private static func runBounded(_ arguments: [String], in folder: TemporaryFolder) throws -> CommandRunner.Output {
        try CommandRunner.runShell("exec timeout 20 \"$0\" \"$@\"", arguments, in: folder.url)
    }

    @Test func aFIFODatasetIsRefusedWithTheMessageForAStream() throws {
        let folder = try HandMadeArea.folder()
        try SpecialFiles.fifo("fifo.csv", in: folder)
        for command in [["batch", "fifo.csv", "-o", "out.csv"], ["partners", "--schools", "fifo.csv", "--id", "1"]] {
            let result = try Self.runBounded(command + ["--map", "map.yaml"], in: folder)
            #expect(result.status == 2)
            #expect(
                result.stderr
                    == "error: `fifo.csv` is a named pipe (FIFO), not a regular file: a dataset is read from a file, "
                    + "not a stream: partners and batch read it twice\n")
        }
        #expect(try folder.names() == ["fifo.csv", "map.yaml", "schools.csv"])
    }

    @Test func aFIFOProfileRuleFileOrMappingIsRefused() throws {
        let folder = try HandMadeArea.folder()
        try SpecialFiles.fifo("pipe.yaml", in: folder)
        let profile = Fixtures.repositoryRoot.appendingPathComponent("Samples/riverside-high.yaml").path
        let cases: [[String]] = [
            ["route", "pipe.yaml"],
            ["route", "--rules", "pipe.yaml", profile],
            ["check", "pipe.yaml"],
            ["batch", "schools.csv", "--map", "pipe.yaml", "-o", "out.csv"],
        ]
        for arguments in cases {
            let result = try Self.runBounded(arguments, in: folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(
                result.stderr.contains(
                    "pipe.yaml:1:1: error: `pipe.yaml` is a named pipe (FIFO), not a regular file; to read a stream, "
                        + "give - and send it to standard input [not-a-regular-file]"), "\(result.stderr)")
        }
    }

    @Test(.enabled(if: SpecialFiles.canMakeDevices, "making a device node needs root"))
    func aDeviceIsNeverRead() throws {
        let folder = try TemporaryFolder()
        try SpecialFiles.nullDevice("zero.yaml", in: folder)
        let result = try Self.runBounded(["route", "zero.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("`zero.yaml` is a character device, not a regular file"))
    }

    @Test func aProfileCanStillComeFromStandardInput() throws {
        let profile = try FileHandle(
            forReadingFrom: Fixtures.repositoryRoot.appendingPathComponent("Samples/riverside-high.yaml"))
        let result = try CommandRunner.run(["route", "-"], standardInput: profile)
        #expect(result.status == 0)
        #expect(result.stdout.contains("route: la-commissioned"))
    }
}
