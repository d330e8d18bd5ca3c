import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `batch --output` and `test --junit` write where they are pointed, through devices, FIFOs and
/// symlinks, keep a file's mode, and never write over a file the command reads.
struct OutputCommandTests {
    private static func batch(_ output: String, in folder: TemporaryFolder, _ extra: [String] = []) throws
        -> CommandRunner.Output
    {
        try HandMadeArea.run(["batch", "schools.csv", "--map", "map.yaml", "--output", output] + extra, in: folder)
    }

    @Test(.enabled(if: SpecialFiles.canMakeDevices, "making a device node needs root"))
    func batchWritesToACharacterDeviceWithoutReplacingIt() throws {
        let folder = try HandMadeArea.folder()
        let device = try SpecialFiles.nullDevice("fn", in: folder)
        let result = try Self.batch("fn", in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(SpecialFiles.kind(device) == S_IFCHR)
        #expect(try folder.names() == ["fn", "map.yaml", "schools.csv"])
    }

    @Test func batchWritesThroughAFIFOAndASymlink() throws {
        let folder = try HandMadeArea.folder()
        let fifo = try SpecialFiles.fifo("routes.pipe", in: folder)
        let reader = SpecialFiles.drain(fifo)
        let piped = try Self.batch("routes.pipe", in: folder, ["--format", "csv"])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(reader.value.hasPrefix("id,name,line,route,"))
        #expect(SpecialFiles.kind(fifo) == S_IFIFO)

        let real = try folder.write("earlier\n", to: "real.csv")
        chmod(real, 0o600)
        try SpecialFiles.symlink("link.csv", to: "real.csv", in: folder)
        let linked = try Self.batch("link.csv", in: folder)
        #expect(linked.status == 0, "\(linked.stderr)")
        #expect(SpecialFiles.kind(folder.path("link.csv")) == S_IFLNK)
        #expect(folder.read("real.csv")?.hasPrefix("id,name,line,route,") == true)
        #expect(SpecialFiles.permissions(real) == 0o600)
    }

    @Test(arguments: ["map.yaml", "./map.yaml", "rules.yaml", "schools.csv", "hard.csv", "soft.yaml"])
    func batchNeverWritesOverAnInput(_ output: String) throws {
        let folder = try HandMadeArea.folder()
        let rules = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Rules/england-2008.yaml"), encoding: .utf8)
        try folder.write(rules, to: "rules.yaml")
        try #require(link(folder.path("schools.csv"), folder.path("hard.csv")) == 0)
        try SpecialFiles.symlink("soft.yaml", to: "map.yaml", in: folder)
        let before = try folder.names().map { folder.read($0) }
        let result = try Self.batch(output, in: folder, ["--rules", "rules.yaml", "--format", "csv"])
        #expect(result.status == 74)
        #expect(
            result.stderr
                == "error: cannot write `\(output)`: the command reads that file; write the output to another file\n")
        #expect(result.stdout.isEmpty)
        #expect(try folder.names().map { folder.read($0) } == before)
        #expect(try folder.names() == ["hard.csv", "map.yaml", "rules.yaml", "schools.csv", "soft.yaml"])
    }

    @Test(arguments: ["mini.tests.yaml", "rules.yaml", "profile.yaml"])
    func theJUnitReportNeverWritesOverAFileTheTestsRead(_ target: String) throws {
        let url = try RuleTestingTests.testFile(
            RuleTestingTests.cases([("a profile file", "profile: profile.yaml", "self")]),
            files: ["profile.yaml": "help: false\n"])
        let folder = url.deletingLastPathComponent()
        let before = try String(contentsOf: folder.appendingPathComponent(target), encoding: .utf8)
        let result = try CommandRunner.run(["test", "mini.tests.yaml", "--junit", target], in: folder)
        #expect(result.status == 74)
        #expect(result.stderr.contains("error: cannot write `\(target)`: the command reads that file"))
        #expect(try String(contentsOf: folder.appendingPathComponent(target), encoding: .utf8) == before)
    }

    @Test func aRunWhoseTestsCannotBeReadLeavesTheEarlierReport() throws {
        let url = try RuleTestingTests.testFile("format: 1\nrules: missing.yaml\ncases: []\n")
        let folder = url.deletingLastPathComponent()
        try "earlier report".write(to: folder.appendingPathComponent("report.xml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["test", "mini.tests.yaml", "--junit", "report.xml"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("the JUnit report `report.xml` was not written"))
        let after = try String(contentsOf: folder.appendingPathComponent("report.xml"), encoding: .utf8)
        #expect(after == "earlier report")
    }

    @Test func theJUnitReportKeepsItsModeAndFollowsItsLink() throws {
        let url = try RuleTestingTests.testFile(RuleTestingTests.mixed)
        let folder = url.deletingLastPathComponent()
        let real = folder.appendingPathComponent("real.xml").path
        try "old".write(toFile: real, atomically: true, encoding: .utf8)
        chmod(real, 0o640)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("report.xml").path, withDestinationPath: "real.xml")
        let result = try CommandRunner.run(["test", "mini.tests.yaml", "--junit", "report.xml"], in: folder)
        #expect(result.status == 1)
        #expect(SpecialFiles.kind(folder.appendingPathComponent("report.xml").path) == S_IFLNK)
        #expect(try String(contentsOfFile: real, encoding: .utf8).contains("<testsuites"))
        #expect(SpecialFiles.permissions(real) == 0o640)
    }
}
