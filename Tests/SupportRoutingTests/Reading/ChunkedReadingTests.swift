import Foundation
import SchoolData
import SupportRouting
import Testing

/// A chunk boundary may fall anywhere: inside a quoted field, between a doubled quote's two halves,
/// between CR and LF, inside a character. None of them may change what is read.
struct ChunkedReadingTests {
    /// Every awkward construct at least once, with errors too, so their lines are checked as well.
    static let awkward =
        "\u{FEFF}id,\"na\nme\",note\r\n1,\"Smith, \"\"J\"\"\",\"two\r\nlines\"\r\n\r\n2,é,ü\n3,\"x\"y,z\n4,a\n"
        + "5,\"\",\"\"\"\"\r6,b,c\n7,\"open"

    @Test func sevenByteChunksSplitAQuotedFieldAndACRLFPair() throws {
        // "abc,de" is 6 bytes, so the first chunk ends with the CR and the next starts with the LF.
        let text = "abc,de\r\nfg,\"h,\r\ni \"\"j\"\"\"\r\nk,l\r\n"
        let options = TableReadOptions(chunkSize: 7)
        var reader = try TableReader(text: text, name: "t.csv", format: .csv, options: options)
        #expect(reader.header.names == ["abc", "de"])
        #expect(ReadingSupport.drain(&reader) == ["2: fg|h,\r\ni \"j\"", "4: k|l"])
    }

    @Test(arguments: 4...24)
    func everyChunkSizeReadsTheSame(chunkSize: Int) {
        let whole = ReadingSupport.read(Self.awkward)
        #expect(
            whole == [
                "3: 1|Smith, \"J\"|two\r\nlines", "6: 2|é|ü",
                "t.csv:7:1: error: field 2 has text after its closing quote; "
                    + "a quote inside a quoted field is written twice (\"\") [text-after-quote]",
                "t.csv:8:1: error: row has 2 fields but the header has 3 [wrong-field-count]",
                "9: 5||\"", "10: 6|b|c",
                "t.csv:11:1: error: field 2 opens a quote that is never closed; the file ends inside it "
                    + "[unterminated-quote]",
            ])
        #expect(ReadingSupport.read(Self.awkward, options: .init(chunkSize: chunkSize)) == whole)
    }

    @Test(arguments: 4...12)
    func everyChunkSizeReadsJSONLinesTheSame(chunkSize: Int) {
        let text = "{\"a\": \"é\", \"b\": 1}\r\n\n{\"b\": [1]}\n{\"a\": \"x\"}"
        let whole = ReadingSupport.read(text, name: "t.jsonl", format: .jsonl)
        #expect(whole.count == 3)
        #expect(
            ReadingSupport.read(text, name: "t.jsonl", format: .jsonl, options: .init(chunkSize: chunkSize))
                == whole)
    }

    @Test func aFileLargerThanTheChunkIsReadWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("schools.csv").path
        var text = "urn,name,pupils,note\n"
        let rowCount = 60_000
        for number in 1...rowCount {
            // Every hundredth note is quoted and spans two lines, so line numbers drift from row numbers.
            let note = number % 100 == 0 ? "\"see, \"\"below\"\"\nline two\"" : "plain note \(number)"
            text += "\(100_000 + number),School \(number),\(number % 1_500),\(note)\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(text.utf8.count > 2 << 20)

        var reader = try TableReader(path: path)
        var rows: [TableRow] = []
        var fractions: [Double] = []
        while let result = reader.next() {
            rows.append(try result.get())
            if rows.count % 10_000 == 0 { fractions.append(reader.progress.fractionCompleted ?? -1) }
        }
        #expect(rows.count == rowCount)
        #expect(rows.last?.value(named: "urn") == "160000")
        #expect(rows.last?.line == 1 + rowCount + (rowCount - 1) / 100)
        #expect(rows[99].value(named: "note") == "see, \"below\"\nline two")
        #expect(rows[100].line == 103)
        #expect(rows[20_000].value(named: "name") == "School 20001")
        #expect(reader.progress == TableProgress(bytesRead: text.utf8.count, totalBytes: text.utf8.count))
        #expect(fractions.count == 6 && fractions == fractions.sorted() && fractions.allSatisfy { $0 > 0 })
    }
}
