import Foundation
import SchoolData
import SupportRouting
import Testing

/// Opening datasets: the format from the extension, and files that cannot be read at all.
struct TableFileReadingTests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func openingError(_ path: String, format: TableFormat? = nil) -> TableReadError? {
        do {
            _ = try TableReader(path: path, format: format)
            return nil
        } catch {
            return error
        }
    }

    @Test func theExtensionNamesTheFormat() {
        #expect(TableFormat(pathExtensionOf: "data/schools.csv") == .csv)
        #expect(TableFormat(pathExtensionOf: "SCHOOLS.CSV") == .csv)
        #expect(TableFormat(pathExtensionOf: "schools.jsonl") == .jsonl)
        #expect(TableFormat(pathExtensionOf: "schools.ndjson") == .jsonl)
        #expect(TableFormat(pathExtensionOf: "schools.json") == nil)
        #expect(TableFormat(pathExtensionOf: "v1.csv/schools") == nil)
        #expect(TableFormat(pathExtensionOf: "schools") == nil)
    }

    @Test func filesAreReadInTheFormatTheirExtensionNamesUnlessTold() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let jsonl = folder.appendingPathComponent("schools.ndjson").path
        try "{\"urn\": 1}\n".write(toFile: jsonl, atomically: true, encoding: .utf8)
        var reader = try TableReader(path: jsonl)
        #expect(reader.format == .jsonl)
        #expect(reader.file == jsonl)
        #expect(ReadingSupport.drain(&reader) == ["1: 1"])

        let text = folder.appendingPathComponent("schools.txt").path
        try "urn\n7\n".write(toFile: text, atomically: true, encoding: .utf8)
        var told = try TableReader(path: text, format: .csv)
        #expect(ReadingSupport.drain(&told) == ["2: 7"])
        #expect(
            openingError(text)?.description
                == "\(text):1:1: error: cannot tell the format of `\(text)` from its extension; "
                + "expected .csv, .jsonl or .ndjson [unknown-format]")
        #expect(openingError(text)?.reason == .unknownFormat)
    }

    @Test func standardInputNeedsItsFormatGiven() {
        #expect(
            openingError("-")?.description
                == "<stdin>:1:1: error: the format of standard input must be given; it has no extension to tell it by "
                + "[unknown-format]")
    }

    @Test func aMissingFileGivesThePathAndTheSystemReason() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("absent.csv").path
        let error = try #require(openingError(path))
        #expect(error.path == path)
        #expect(error.reason == .cannotOpen(systemReason: "No such file or directory"))
        #expect(error.location == SourceLocation(file: path, line: 1, column: 1))
        #expect(
            error.description == "\(path):1:1: error: cannot open `\(path)`: No such file or directory [cannot-open]")
    }

    @Test func aFolderIsNotAFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(openingError(folder.path, format: .csv)?.reason == .cannotOpen(systemReason: "Is a directory"))
    }

    #if os(Linux)
        // The first bytes of a process's own memory are never mapped, so reading them always fails.
        @Test func aReadFailureWhileReadingTheHeaderStopsTheFile() {
            let error = openingError("/proc/self/mem", format: .csv)
            #expect(error?.reason == .cannotRead(systemReason: "Input/output error"))
            #expect(
                error?.description
                    == "/proc/self/mem:1:1: error: cannot read `/proc/self/mem`: Input/output error [cannot-read]")
        }

        @Test func aReadFailureWhileReadingRowsEndsTheRows() throws {
            var reader = try TableReader(path: "/proc/self/mem", format: .jsonl)
            #expect(
                ReadingSupport.drain(&reader) == [
                    "/proc/self/mem:1:1: error: cannot read `/proc/self/mem`: Input/output error [cannot-read]"
                ])
        }
    #endif

    @Test func progressCountsTheBytesReadAgainstTheSize() throws {
        let text = "\u{FEFF}id,name\n1,a\n2,b\n"
        var reader = try TableReader(text: text, name: "t.csv", format: .csv, options: .init(chunkSize: 8))
        #expect(reader.progress.totalBytes == text.utf8.count)
        #expect(reader.progress.bytesRead == 11)
        _ = reader.next()
        #expect(reader.progress.bytesRead == 15)
        #expect(ReadingSupport.drain(&reader) == ["3: 2|b"])
        #expect(reader.progress.bytesRead == text.utf8.count)
        #expect(reader.progress.fractionCompleted == 1)
        #expect(TableProgress(bytesRead: 5, totalBytes: 10).fractionCompleted == 0.5)
        #expect(TableProgress(bytesRead: 5, totalBytes: nil).fractionCompleted == nil)
        #expect(TableProgress(bytesRead: 0, totalBytes: 0).fractionCompleted == 1)
    }
}
