import SchoolData
import SupportRouting
import Testing

/// CSV as RFC 4180 writes it, and as spreadsheets and hand edits actually produce it.
struct CSVReadingTests {
    @Test func headerNamesTheColumnsAndRowsAreLookedUpByName() throws {
        var reader = try TableReader(text: "urn,name,phase\n100,Riverside,secondary\n", name: "t.csv", format: .csv)
        #expect(reader.header.names == ["urn", "name", "phase"])
        #expect(reader.header.index(of: "phase") == 2)
        #expect(reader.header.index(of: "Phase") == nil)
        let row = try #require(try reader.next()?.get())
        #expect(row.line == 2)
        #expect(row.value(named: "name") == "Riverside")
        #expect(row.value(at: 0) == "100")
        #expect(row.value(at: 3) == nil)
        #expect(row.value(named: "missing") == nil)
        #expect(reader.next() == nil)
    }

    @Test func quotedFieldsHoldCommasQuotesAndNothing() {
        let text = "a,b,c\n\"Smith, John\",\"say \"\"hi\"\"\",\"\"\n,x,\n"
        #expect(ReadingSupport.read(text) == ["2: Smith, John|say \"hi\"|", "3: |x|"])
    }

    @Test func embeddedNewlinesKeepTheFollowingLineNumbersRight() {
        let text = "id,note\n1,\"first\nsecond\nthird\"\n2,plain\n3,\"a\r\nb\"\n4,end"
        #expect(
            ReadingSupport.read(text) == [
                "2: 1|first\nsecond\nthird", "5: 2|plain", "6: 3|a\r\nb", "8: 4|end",
            ])
    }

    @Test func crlfLineEndsAreOneLineEach() {
        let text = "id,name\r\n1,a\r\n2,\"b\"\r\n\r\n3,c\r\n"
        #expect(ReadingSupport.read(text) == ["2: 1|a", "3: 2|b", "5: 3|c"])
    }

    @Test func aLoneCarriageReturnEndsALineToo() {
        #expect(ReadingSupport.read("id,name\r1,a\r2,b") == ["2: 1|a", "3: 2|b"])
    }

    @Test func aByteOrderMarkIsNotPartOfTheFirstName() throws {
        var reader = try TableReader(text: "\u{FEFF}urn,name\n1,a\n", name: "t.csv", format: .csv)
        #expect(reader.header.names == ["urn", "name"])
        #expect(try reader.next()?.get().value(named: "urn") == "1")
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let text = "\n\nid,name\n\n1,a\n\r\n\n2,b\n\n"
        var reader = try TableReader(text: text, name: "t.csv", format: .csv)
        #expect(reader.header.names == ["id", "name"])
        #expect(ReadingSupport.drain(&reader) == ["5: 1|a", "8: 2|b"])
    }

    @Test func rowsWithTheWrongNumberOfFieldsAreReportedAndSkipped() {
        let text = "a,b,c\n1,2\n1,2,3,4,5\n1,2,3\n1\n"
        #expect(
            ReadingSupport.read(text) == [
                "t.csv:2:1: error: row has 2 fields but the header has 3 [wrong-field-count]",
                "t.csv:3:1: error: row has 5 fields but the header has 3 [wrong-field-count]",
                "4: 1|2|3",
                "t.csv:5:1: error: row has 1 field but the header has 3 [wrong-field-count]",
            ])
    }

    @Test func aQuoteInsideAnUnquotedFieldIsReported() {
        #expect(
            ReadingSupport.read("a,b,c\n1,ab\"c,3\n4,5,6\n") == [
                "t.csv:2:1: error: field 2 has a quote inside an unquoted value; "
                    + "quote the whole field and double the quotes inside it [bare-quote]",
                "3: 4|5|6",
            ])
    }

    @Test func textAfterAClosingQuoteIsReported() {
        #expect(
            ReadingSupport.read("a,b,c\n1,\"ab\"c,3\n\"x\n\" y,2,3\n4,5,6\n") == [
                "t.csv:2:1: error: field 2 has text after its closing quote; "
                    + "a quote inside a quoted field is written twice (\"\") [text-after-quote]",
                "t.csv:3:1: error: field 1 has text after its closing quote; "
                    + "a quote inside a quoted field is written twice (\"\") [text-after-quote]",
                "5: 4|5|6",
            ])
    }

    @Test func aTruncatedFileIsReportedOnceWhereTheQuoteBegan() {
        let text = "id,name\n1,ok\n2,\"never\nclosed\n3,x\n4,y\n"
        #expect(
            ReadingSupport.read(text) == [
                "2: 1|ok",
                "t.csv:3:1: error: field 2 opens a quote that is never closed; the file ends inside it "
                    + "[unterminated-quote]",
            ])
    }

    @Test func aQuoteLeftOpenOnALaterLineOfTheRecordIsReportedThere() {
        let text = "id,a,b\n1,\"two\nlines\",\"open\n"
        #expect(
            ReadingSupport.read(text) == [
                "t.csv:3:1: error: field 3 opens a quote that is never closed; the file ends inside it "
                    + "[unterminated-quote]"
            ])
    }

    @Test func garbledBytesAreReportedWithTheirField() {
        var bytes = Array("id,name,phase\n1,caf".utf8) + [0xC3, 0x28] + Array(",x\n2,ok,y\n".utf8)
        #expect(
            ReadingSupport.read(bytes: bytes) == [
                "t.csv:2:1: error: field 2 is not valid UTF-8 text [not-utf8]", "3: 2|ok|y",
            ])
        // Two halves of one character in two fields make valid text only once the comma is gone.
        bytes = Array("a,b\nx".utf8) + [0xC3] + Array(",".utf8) + [0xA9] + Array("y\n".utf8)
        #expect(ReadingSupport.read(bytes: bytes) == ["t.csv:2:1: error: field 1 is not valid UTF-8 text [not-utf8]"])
    }

    @Test func valuesKeepNonASCIIText() {
        #expect(ReadingSupport.read("école,ville\n\"Saint-Étienne, 42\",Zürich\n") == ["2: Saint-Étienne, 42|Zürich"])
    }
}
