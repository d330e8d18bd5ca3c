import SchoolData
import SupportRouting
import Testing

/// The row and record limits keep a huge or broken file from taking unbounded time or memory.
struct ReadingLimitTests {
    @Test func readingStopsAtTheRowLimitAndSaysSo() {
        let text = "id\n1\n2\n\n3\n4\n"
        #expect(
            ReadingSupport.read(text, options: .init(maximumRows: 2)) == [
                "2: 1", "3: 2",
                "t.csv:5:1: error: the file has more than 2 rows; reading stopped at the row limit [too-many-rows]",
            ])
    }

    @Test func aFileThatFitsTheRowLimitExactlyIsNotReported() {
        #expect(ReadingSupport.read("id\n1\n2\n\n\n", options: .init(maximumRows: 2)) == ["2: 1", "3: 2"])
    }

    @Test func rowsWithErrorsCountTowardsTheLimit() {
        #expect(
            ReadingSupport.read("a,b\n1\n2,3\n", options: .init(maximumRows: 1)) == [
                "t.csv:2:1: error: row has 1 field but the header has 2 [wrong-field-count]",
                "t.csv:3:1: error: the file has more than 1 row; reading stopped at the row limit [too-many-rows]",
            ])
    }

    @Test func theRowLimitAppliesToJSONLines() {
        #expect(
            ReadingSupport.read(
                "{\"a\": 1}\n\n{\"a\": 2}\n", name: "t.jsonl", format: .jsonl, options: .init(maximumRows: 1)) == [
                    "1: 1",
                    "t.jsonl:3:1: error: the file has more than 1 row; reading stopped at the row limit "
                        + "[too-many-rows]",
                ])
    }

    @Test func aRecordOverTheSizeLimitIsAnErrorForThatRowOnly() {
        let long = String(repeating: "x", count: 30)
        let text = "id,text\n1,short\n2,\(long)\n3,\"\(long)\n\(long)\"\n4,\",,,,,,,,\"\n5,end\n"
        #expect(
            ReadingSupport.read(text, options: .init(maximumRecordBytes: 16)) == [
                "2: 1|short",
                "t.csv:3:1: error: the record is longer than the limit of 16 bytes [record-too-large]",
                // A quoted field past the limit is taken for a stray quote: its record ends at the next line
                // end, and what follows is read as records of its own.
                "t.csv:4:1: error: field 2 opens a quote that is not closed within the record limit of 16 bytes;"
                    + " the lines up to 4 are skipped and reading goes on at line 5 [runaway-quote]",
                "t.csv:5:1: error: the record is longer than the limit of 16 bytes [record-too-large]",
                "6: 4|,,,,,,,,",
                "7: 5|end",
            ])
    }

    @Test func aRecordOfSeparatorsAloneIsBoundedToo() {
        let text = "a\n" + String(repeating: ",", count: 40) + "\n1\n"
        #expect(
            ReadingSupport.read(text, options: .init(maximumRecordBytes: 16)) == [
                "t.csv:2:1: error: the record is longer than the limit of 16 bytes [record-too-large]", "3: 1",
            ])
    }

    @Test func aRecordExactlyAtTheLimitIsAccepted() {
        // Field content and separators count; the quotes do not.
        #expect(
            ReadingSupport.read("a,b\n\"1234567\",12345678\n", options: .init(maximumRecordBytes: 16)) == [
                "2: 1234567|12345678"
            ])
    }

    @Test func aJSONLineOverTheSizeLimitIsAnErrorForThatLineOnly() {
        let text = "{\"a\": \"\(String(repeating: "y", count: 40))\"}\n{\"a\": 1}\n"
        #expect(
            ReadingSupport.read(text, name: "t.jsonl", format: .jsonl, options: .init(maximumRecordBytes: 16)) == [
                "t.jsonl:1:1: error: the record is longer than the limit of 16 bytes [record-too-large]", "2: 1",
            ])
    }
}
