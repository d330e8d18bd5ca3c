import SchoolData
import Testing

/// A stray quote costs the rows up to the record limit, never the rest of the file.
struct RunawayQuoteTests {
    static func text(rows: Int, strayAt stray: Int, lineEnd: String = "\n") -> String {
        var text = "id,name" + lineEnd
        for index in 1...rows {
            text += index == stray ? "\(index),\"Stray quote school" + lineEnd : "\(index),School \(index)" + lineEnd
        }
        return text
    }

    @Test(arguments: ["\n", "\r\n"])
    func readingGoesOnAfterTheRecordLimit(lineEnd: String) {
        // Each row is 12 or 13 bytes, so a 100-byte limit is passed after about 8 lines of the stray field.
        let results = ReadingSupport.read(
            bytes: Array(Self.text(rows: 40, strayAt: 3, lineEnd: lineEnd).utf8),
            options: TableReadOptions(maximumRecordBytes: 100))
        let failures = results.filter { $0.contains("error:") }
        #expect(failures.count == 1, "\(results)")
        let failure = failures.first ?? ""
        #expect(failure.hasPrefix("t.csv:4:1: error: field 2 opens a quote that is not closed within the record limit"))
        #expect(failure.hasSuffix("[runaway-quote]"))
        // The rows after the skipped lines are read, with their own line numbers.
        let resumed = results.drop { !$0.contains("error:") }.dropFirst()
        #expect(resumed.last == "41: 40|School 40")
        #expect(resumed.count >= 25, "\(results)")
        #expect(resumed.allSatisfy { !$0.contains("error:") })
        // The message names the line where reading goes on, which is the first row read after it.
        if let first = resumed.first, let line = first.split(separator: ":").first {
            #expect(failure.contains("reading goes on at line \(line)"))
        }
    }

    @Test func aQuoteThatEndsTheFileBeforeTheLimitIsStillUnterminated() {
        let results = ReadingSupport.read(bytes: Array(Self.text(rows: 5, strayAt: 5).utf8))
        #expect(
            results.last
                == "t.csv:6:1: error: field 2 opens a quote that is never closed; the file ends inside it [unterminated-quote]"
        )
        #expect(results.count == 5)
    }
}
