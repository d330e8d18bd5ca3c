import FileSafety
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// ``OutputFile`` writes where it is pointed without harming what is there: devices, FIFOs and
/// symlinks are written through, a regular file is replaced whole with its mode kept, and no file
/// the process has read is ever written over.
struct OutputFileTests {
    private func write(_ text: String, to path: String) throws {
        let file = try OutputFile(path: path)
        try file.write(text)
        try file.commit()
    }

    @Test(.enabled(if: SpecialFiles.canMakeDevices, "making a device node needs root"))
    func aCharacterDeviceIsWrittenNotReplaced() throws {
        let folder = try TemporaryFolder()
        let device = try SpecialFiles.nullDevice("null", in: folder)
        try write("routes\n", to: device)
        #expect(SpecialFiles.kind(device) == S_IFCHR)
        #expect(try folder.names() == ["null"])
    }

    /// A large file is handed to the disk as it grows; what arrives is still every byte, in order, and the
    /// old file stays whole until the end.
    @Test func aLargeOutputArrivesWholeAndReplacesTheOldFileAtTheEnd() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("old\n", to: "routes.csv")
        let file = try OutputFile(path: path)
        var expected = ""
        for index in 0..<600_000 {
            let line = "school \(index),route \(index % 5)\n"
            expected += line
            try file.write(line)
            if index == 400_000 { #expect(folder.read("routes.csv") == "old\n") }
        }
        // More than the 8 MiB after which writing back starts.
        #expect(expected.utf8.count > 8 << 20)
        try file.commit()
        #expect(folder.read("routes.csv") == expected)
        #expect(try folder.names() == ["routes.csv"])
    }

    @Test func aNamedPipeIsWrittenThroughToItsReader() throws {
        let folder = try TemporaryFolder()
        let fifo = try SpecialFiles.fifo("pipe", in: folder)
        let reader = SpecialFiles.drain(fifo)
        try write("routes\n", to: fifo)
        #expect(reader.value == "routes\n")
        #expect(SpecialFiles.kind(fifo) == S_IFIFO)
    }

    @Test func aSymlinkIsFollowedAndStaysALink() throws {
        let folder = try TemporaryFolder()
        let real = try folder.write("old\n", to: "real.csv")
        chmod(real, 0o600)
        let link = try SpecialFiles.symlink("link.csv", to: "real.csv", in: folder)
        try write("new\n", to: link)
        #expect(SpecialFiles.kind(link) == S_IFLNK)
        #expect(folder.read("real.csv") == "new\n")
        #expect(SpecialFiles.permissions(real) == 0o600)
        #expect(try folder.names() == ["link.csv", "real.csv"])
    }

    @Test func aChainOfLinksAndADanglingLinkLeadToTheFileAtTheEnd() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("sub"), withIntermediateDirectories: true)
        try SpecialFiles.symlink("first", to: "second", in: folder)
        try SpecialFiles.symlink("second", to: "sub/end.csv", in: folder)
        try write("made\n", to: folder.path("first"))
        #expect(folder.read("sub/end.csv") == "made\n")
        #expect(SpecialFiles.kind(folder.path("first")) == S_IFLNK)
        #expect(SpecialFiles.kind(folder.path("second")) == S_IFLNK)
    }

    @Test func aLoopOfLinksIsRefused() throws {
        let folder = try TemporaryFolder()
        try SpecialFiles.symlink("a", to: "b", in: folder)
        try SpecialFiles.symlink("b", to: "a", in: folder)
        #expect(throws: OutputFileError(path: folder.path("a"), reason: .symlinkLoop)) {
            try write("x", to: folder.path("a"))
        }
    }

    @Test(arguments: [0o600, 0o640, 0o604, 0o755] as [mode_t])
    func aReplacedFileKeepsItsMode(_ mode: mode_t) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("old\n", to: "out.csv")
        chmod(path, mode)
        try write("new\n", to: path)
        #expect(SpecialFiles.permissions(path) == mode)
        #expect(folder.read("out.csv") == "new\n")
    }

    @Test func aNewFileGetsTheUsualModeAndIsPrivateWhileItIsWritten() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("out.csv")
        let file = try OutputFile(path: path)
        try file.write("new\n")
        let hidden = try #require(try folder.names().first)
        #expect(hidden.hasPrefix(".out.csv.partial-"))
        #expect(SpecialFiles.permissions(folder.path(hidden)) == 0o600)
        try file.commit()
        #expect(SpecialFiles.permissions(path) == 0o666 & ~SpecialFiles.creationMask)
        #expect(try folder.names() == ["out.csv"])
    }

    @Test func abandoningLeavesTheEarlierFileAndNoHiddenFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("earlier\n", to: "out.csv")
        let file = try OutputFile(path: path)
        try file.write("half")
        file.abandon()
        #expect(folder.read("out.csv") == "earlier\n")
        #expect(try folder.names() == ["out.csv"])
    }

    @Test func aFolderOrAMissingFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        #expect(throws: OutputFileError(path: folder.url.path, reason: .folder)) {
            try write("x", to: folder.url.path)
        }
        let missing = folder.path("missing/out.csv")
        #expect(throws: OutputFileError(path: missing, reason: .missingFolder)) { try write("x", to: missing) }
        #expect(
            OutputFileError(path: missing, reason: .missingFolder).description
                == "cannot write `\(missing)`: its folder does not exist")
    }

    @Test func anEmptyPathIsRefused() throws {
        #expect(throws: OutputFileError(path: "", reason: .cannotCreate("an empty path names no file"))) {
            try write("x", to: "")
        }
    }

    @Test(.enabled(if: !SpecialFiles.canMakeDevices, "root may write any file"))
    func aReadOnlyFileIsNotReplaced() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("keep\n", to: "out.csv")
        chmod(path, 0o444)
        #expect(throws: OutputFileError.self) { try write("x", to: path) }
        #expect(folder.read("out.csv") == "keep\n")
    }

    @Test func aFileThisProcessReadIsRefusedUnderAnyName() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("rules\n", to: "rules.yaml")
        try #require(link(input, folder.path("hard.yaml")) == 0)
        try SpecialFiles.symlink("soft.yaml", to: "rules.yaml", in: folder)
        let descriptor = try InputFile.open(input).get()
        close(descriptor)
        for name in ["rules.yaml", "hard.yaml", "soft.yaml", "./rules.yaml"] {
            #expect(throws: OutputFileError(path: folder.path(name), reason: .input)) {
                try write("x", to: folder.path(name))
            }
        }
        #expect(folder.read("rules.yaml") == "rules\n")
        #expect(try folder.names() == ["hard.yaml", "rules.yaml", "soft.yaml"])
    }

    @Test func aFileReadAfterTheOutputOpenedIsStillNotReplaced() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("tests\n", to: "mini.tests.yaml")
        let file = try OutputFile(path: path)
        try file.write("<testsuites/>")
        close(try InputFile.open(path).get())
        #expect(throws: OutputFileError(path: path, reason: .input)) { try file.commit() }
        #expect(folder.read("mini.tests.yaml") == "tests\n")
        #expect(try folder.names() == ["mini.tests.yaml"])
    }

    @Test func hiddenFilesOfProcessesThatAreGoneAreSwept() throws {
        let folder = try TemporaryFolder()
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let running = Process()
        running.executableURL = URL(fileURLWithPath: "/bin/sleep")
        running.arguments = ["30"]
        try running.run()
        defer { running.terminate() }
        try folder.write("left by a killed run", to: ".out.csv.partial-\(gone.processIdentifier)")
        try folder.write("being written", to: ".out.csv.partial-\(running.processIdentifier)")
        try folder.write("not ours", to: ".other.csv.partial-\(gone.processIdentifier)")
        try write("new\n", to: folder.path("out.csv"))
        #expect(
            try folder.names() == [
                ".other.csv.partial-\(gone.processIdentifier)", ".out.csv.partial-\(running.processIdentifier)",
                "out.csv",
            ])
    }
}
