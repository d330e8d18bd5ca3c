import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The server's files never harm what is at their paths: `--db` refuses a folder, a device, a FIFO, a
/// file that is not an SQLite database (through a link too) and a FIFO where SQLite would write its
/// journal, leaving each as it was; `decisions` never creates a store; `--token-file` never blocks
/// on a FIFO. Every device, FIFO and link is made in the test's own temporary folder.
struct FileEdgeTests {
    /// A temporary folder with a text file in it, removed afterwards.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("support-router-files-\(UUID())")
        static let notes = "Notes for the governors' meeting.\n"

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Self.notes.write(to: url.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        }

        func path(_ name: String) -> String { url.appendingPathComponent(name).path }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    /// The server run with `arguments` until it exits, or killed after 20 seconds.
    static func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = DurabilityTests.executable
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return (-1, "still running after 20 s")
        }
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, text)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftAsItWas() throws {
        let folder = try Folder()
        try FileManager.default.createSymbolicLink(atPath: folder.path("link.sqlite"), withDestinationPath: "notes.txt")
        for name in ["notes.txt", "link.sqlite"] {
            let result = try Self.run(["--port", "0", "--db", folder.path(name)])
            #expect(result.status == 2)
            #expect(result.stderr.contains("is not an SQLite database, and is left untouched"), "\(result.stderr)")
            #expect(try String(contentsOfFile: folder.path("notes.txt"), encoding: .utf8) == Folder.notes)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("notes.txt-wal")))
    }

    @Test func aFolderAFIFOAndAMissingFolderAreRefused() throws {
        let folder = try Folder()
        try #require(mkfifo(folder.path("pipe"), 0o644) == 0)
        let cases = [
            (folder.url.path, "is a folder"),
            (folder.path("pipe"), "is a named pipe (FIFO), not a regular file"),
            (folder.path("gone/records.sqlite"), "its folder does not exist"),
        ]
        for (path, message) in cases {
            let result = try Self.run(["--port", "0", "--db", path])
            #expect(result.status == 2, "\(path)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
    }

    @Test(.enabled(if: getuid() == 0, "making a device node needs root"))
    func aDeviceIsNeverWrittenInto() throws {
        let folder = try Folder()
        try #require(mknod(folder.path("null"), S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0)
        let result = try Self.run(["--port", "0", "--db", folder.path("null")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is a character device, not a regular file"), "\(result.stderr)")
    }

    @Test func aFIFOWhereTheJournalGoesIsRefused() throws {
        let folder = try Folder()
        try #require(mkfifo(folder.path("records.sqlite-wal"), 0o644) == 0)
        let result = try Self.run(["--port", "0", "--db", folder.path("records.sqlite")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("records.sqlite-wal`, which SQLite would write beside"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("records.sqlite")))
    }

    @Test func readingRecordsNeverCreatesAStore() throws {
        let folder = try Folder()
        for command in [["list"], ["export"], ["show", "x"]] {
            let result = try Self.run(["decisions"] + command + ["--db", folder.path("records.sqlite")])
            #expect(result.status == 2)
            #expect(result.stderr.contains("no decision records at"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.path("records.sqlite")))
        }
        let text = try Self.run(["decisions", "list", "--db", folder.path("notes.txt")])
        #expect(text.status == 2)
        #expect(text.stderr.contains("is not an SQLite database"))
    }

    @Test func aTokenFileThatIsAFIFOOrTooShortIsRefusedAtOnce() throws {
        let folder = try Folder()
        try #require(mkfifo(folder.path("token"), 0o600) == 0)
        try "short\n".write(toFile: folder.path("short"), atomically: true, encoding: .utf8)
        let cases = [
            ("token", "is a named pipe (FIFO), not a regular file"),
            ("short", "must hold a token of at least 16 characters"),
            ("missing", "no such file"),
        ]
        for (name, message) in cases {
            let result = try Self.run([
                "--port", "0", "--host", "0.0.0.0", "--token-file", folder.path(name), "--db",
                folder.path("records.sqlite"),
            ])
            #expect(result.status == 2, "\(name)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
    }
}
