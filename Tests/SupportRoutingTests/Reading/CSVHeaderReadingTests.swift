import SchoolData
import SupportRouting
import Testing

/// Without a usable header no CSV row can be understood, so header problems stop the whole file.
struct CSVHeaderReadingTests {
    @Test func anEmptyFileHasNoHeader() throws {
        for text in ["", "\n\n\r\n"] {
            let error = try #require(ReadingSupport.readError(text))
            #expect(error.reason == .badHeader)
            #expect(
                error.description
                    == "t.csv:1:1: error: the file has no header row; expected a first row naming the columns "
                    + "[missing-header]")
        }
    }

    @Test func aColumnWithoutANameIsRefused() throws {
        let error = try #require(ReadingSupport.readError("\nid,,phase\n1,2,3\n"))
        #expect(error.description == "t.csv:2:1: error: column 2 of the header has no name [empty-column-name]")
        #expect(ReadingSupport.readError("\"\"\n1\n")?.diagnostic.id == "empty-column-name")
    }

    @Test func aRepeatedColumnNameIsRefused() throws {
        let error = try #require(ReadingSupport.readError("id,name,id\n"))
        #expect(
            error.description
                == "t.csv:1:1: error: column `id` appears twice in the header (columns 1 and 3) [duplicate-column]")
    }

    @Test func aMalformedHeaderRecordIsRefusedWithItsOwnReason() throws {
        #expect(ReadingSupport.readError("id,na\"me\n")?.diagnostic.id == "bare-quote")
        #expect(ReadingSupport.readError("id,\"name\n1,2\n")?.diagnostic.id == "unterminated-quote")
        let garbled = try #require(ReadingSupport.readError(bytes: Array("id,n".utf8) + [0xFF] + Array("\n".utf8)))
        #expect(garbled.description == "t.csv:1:1: error: field 2 is not valid UTF-8 text [not-utf8]")
        #expect(garbled.reason == .badHeader)
    }

    @Test func aHeaderLongerThanTheRecordLimitIsRefused() throws {
        let error = try #require(
            ReadingSupport.readError("id,name,phase\n1,2,3\n", options: .init(maximumRecordBytes: 8)))
        #expect(
            error.description == "t.csv:1:1: error: the record is longer than the limit of 8 bytes [record-too-large]")
    }

}
