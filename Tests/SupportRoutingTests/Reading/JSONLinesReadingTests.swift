import SchoolData
import SupportRouting
import Testing

/// JSON Lines: one flat object per line, its keys becoming columns as they are first seen.
struct JSONLinesReadingTests {
    private func read(_ text: String, options: TableReadOptions = .init()) -> [String] {
        ReadingSupport.read(text, name: "t.jsonl", format: .jsonl, options: options)
    }

    @Test func keysBecomeColumnsInTheOrderFirstSeen() throws {
        let text = """
            {"urn": "100", "name": "Riverside"}
            {"name": "Willow", "fsm": 12.50, "open": true}
            {"urn": 300, "closed": null}
            """
        var reader = try TableReader(text: text, name: "t.jsonl", format: .jsonl)
        #expect(reader.header.names.isEmpty)
        let first = try #require(try reader.next()?.get())
        #expect(first.value(named: "name") == "Riverside")
        #expect(first.value(named: "fsm") == nil)
        let second = try #require(try reader.next()?.get())
        #expect(second.value(named: "urn") == nil)
        #expect(second.value(named: "fsm") == "12.50")
        #expect(second.value(named: "open") == "true")
        #expect(ReadingSupport.drain(&reader) == ["3: 300|(none)|(none)|(none)|(none)"])
        #expect(reader.header.names == ["urn", "name", "fsm", "open", "closed"])
    }

    /// Lines mostly repeat the keys of the line before, which are then taken as they were; a line that
    /// repeats a key, reorders them, has fewer or more, or escapes one, is read as any other.
    @Test func keysRepeatedFromTheLineBeforeAreReadAsAnyOthers() {
        let text = #"""
            {"a": "1", "b": "2"}
            {"a": "3", "b": "4"}
            {"a": "5", "a": "6"}
            {"b": "7", "a": "8"}
            {"a": "9"}
            {"a": "10", "b": "11", "c": "12"}
            {"a": "13", "b": "14", "c": "15"}
            {"a": "16", "b": "17", "b": "18"}
            """#
        #expect(
            read(text) == [
                "1: 1|2", "2: 3|4",
                "t.jsonl:3:12: error: key `a` appears twice in the object [duplicate-key]",
                "4: 8|7", "5: 9|(none)", "6: 10|11|12", "7: 13|14|15",
                "t.jsonl:8:24: error: key `b` appears twice in the object [duplicate-key]",
            ])
    }

    @Test func stringEscapesAreDecoded() {
        let text = #"{"a": "say \"hi\"\n", "b": "caf\u00e9 \ud83c\udfeb", "c": "\/\\\t", "d": ""}"#
        #expect(read(text) == ["1: say \"hi\"\n|café 🏫|/\\\t|"])
    }

    @Test func numbersKeepTheirWrittenForm() {
        #expect(read(#"{"a": -0, "b": 1.50, "c": 2e10, "d": -3.25E-2}"#) == ["1: -0|1.50|2e10|-3.25E-2"])
    }

    @Test func blankLinesAndCRLFAreAllowed() {
        #expect(read("\n{\"a\": 1}\r\n   \r\n\n{\"a\": 2}") == ["2: 1", "5: 2"])
    }

    @Test func objectsAndListsOfOtherThanStringsAreAnErrorForTheirRow() {
        let text = """
            {"urn": 1, "address": {"town": "Leeds"}}
            {"urn": 2, "phases": ["primary", 2]}
            {"urn": 3, "phases": [["primary"]]}
            {"urn": 4, "phases": ["primary", "secondary"], "none": []}
            {"urn": 5, "phases": ["primary" "secondary"]}
            {"urn": 6, "phases": ["primary",]}
            {"urn": 7, "phases": ["primary",
            """
        #expect(
            read(text) == [
                "t.jsonl:1:23: error: key `address` holds an object; values must be strings, numbers, true, false, "
                    + "null, or lists of strings [nested-value]",
                "t.jsonl:2:34: error: key `phases` holds a list holding a number; values must be strings, numbers, "
                    + "true, false, null, or lists of strings [nested-value]",
                "t.jsonl:3:23: error: key `phases` holds a list holding a list; values must be strings, numbers, "
                    + "true, false, null, or lists of strings [nested-value]",
                // The reader lists values only; a list is read as the members of a set fact.
                "4: 4|(none)|(none)",
                "t.jsonl:5:33: error: invalid JSON: expected `,` or `]` in the list of `phases` [bad-json]",
                "t.jsonl:6:33: error: invalid JSON: expected a string after `,` in the list of `phases` [bad-json]",
                "t.jsonl:7:33: error: invalid JSON: the line ends inside the list of `phases` [bad-json]",
            ])
    }

    @Test func badLinesAreReportedAtTheirColumnAndReadingGoesOn() {
        let cases: [(String, String)] = [
            (#"{"a": 1"#, "1:8: error: invalid JSON: expected `,` or `}` after the value of `a` [bad-json]"),
            (#"{"a" 1}"#, "1:6: error: invalid JSON: expected `:` after the key `a` [bad-json]"),
            (#"{a: 1}"#, "1:2: error: invalid JSON: expected a key in double quotes [bad-json]"),
            (#"{"é": tru}"#, "1:7: error: invalid JSON: expected a value; did you mean `true`? [bad-json]"),
            (#"{"a": 01}"#, "1:8: error: invalid JSON: expected `,` or `}` after the value of `a` [bad-json]"),
            (#"{"a": 1.}"#, "1:9: error: invalid JSON: expected a digit after the decimal point [bad-json]"),
            (#"{"a": 1e}"#, "1:9: error: invalid JSON: expected a digit in the exponent [bad-json]"),
            (#"{"a": -x}"#, "1:8: error: invalid JSON: expected a digit [bad-json]"),
            (#"{"a": x}"#, "1:7: error: invalid JSON: expected a value for `a` [bad-json]"),
            (#"{"a":"#, "1:6: error: invalid JSON: the line ends where the value of `a` should be [bad-json]"),
            (#"{"a": "open}"#, "1:7: error: invalid JSON: the string that starts here is never closed [bad-json]"),
            (#"{"a": "\q"}"#, "1:8: error: invalid JSON: unknown escape in a string [bad-json]"),
            (#"{"a": "\u12"}"#, "1:12: error: invalid JSON: a `\\u` escape needs four hexadecimal digits [bad-json]"),
            (#"{"a": "\ud83c"}"#, "1:8: error: invalid JSON: a `\\u` escape has an unpaired surrogate [bad-json]"),
            (
                #"{"a": "\ud83c\u0041"}"#,
                "1:8: error: invalid JSON: a `\\u` escape has an unpaired surrogate [bad-json]"
            ),
            (
                "{\"a\": \"tab\there\"}",
                "1:11: error: invalid JSON: a control character inside a string must be "
                    + "written as an escape such as `\\n` [bad-json]"
            ),
            (#"{"a": 1} x"#, "1:10: error: invalid JSON: unexpected text after the object [bad-json]"),
            (#"{"a": 1, "a": 2}"#, "1:10: error: key `a` appears twice in the object [duplicate-key]"),
            (#"["a", 1]"#, "1:1: error: expected a JSON object on each line; this line holds a list [not-an-object]"),
            (#""text""#, "1:1: error: expected a JSON object on each line; this line holds a string [not-an-object]"),
            ("42", "1:1: error: expected a JSON object on each line; this line holds a single value [not-an-object]"),
        ]
        for (line, expected) in cases {
            #expect(read(line + "\n{\"ok\": true}\n") == ["t.jsonl:" + expected, "2: true"], "\(line)")
        }
    }

    @Test func anEmptyObjectIsARowWithNoValues() {
        #expect(read("{}\n{ }\n") == ["1: ", "2: "])
    }

    @Test func garbledBytesAreReportedForTheirLine() {
        let bytes = Array("{\"a\": \"caf".utf8) + [0xE9] + Array("\"}\n{\"a\": \"ok\"}\n".utf8)
        #expect(
            ReadingSupport.read(bytes: bytes, name: "t.jsonl", format: .jsonl) == [
                "t.jsonl:1:1: error: the line is not valid UTF-8 text [not-utf8]", "2: ok",
            ])
    }

    @Test func aByteOrderMarkIsSkipped() {
        #expect(read("\u{FEFF}{\"a\": 1}\n") == ["1: 1"])
    }
}
