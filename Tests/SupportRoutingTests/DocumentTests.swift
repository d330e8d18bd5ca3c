import Foundation
import SupportRouting
import SupportRoutingYAML
import Testing

/// Reading YAML and JSON: broken or hostile documents get one clear diagnostic with a place, never a crash.
struct DocumentTests {
    private func diagnostics(_ text: String) -> [Diagnostic] {
        switch DocumentReader.read(text, file: "doc.yaml") {
        case .success:
            Issue.record("expected the document to be refused")
            return []
        case .failure(let list): return list.diagnostics
        }
    }

    @Test func aValueLongerThanTheLimitIsRefusedAtItsPlace() {
        let limits = DocumentReader.Limits(maximumStringLength: 10)
        let long = "a: short\nb: " + String(repeating: "x", count: 11) + "\n"
        guard case .failure(let list) = DocumentReader.read(long, file: "doc.yaml", limits: limits) else {
            Issue.record("expected the long value to be refused")
            return
        }
        #expect(list.diagnostics.map(\.message) == ["a value of 11 characters is longer than the limit of 10"])
        #expect(list.diagnostics.first?.location.line == 2)
        #expect(list.diagnostics.first?.id == "too-long")
        let longKey = String(repeating: "k", count: 12) + ": 1\n"
        guard case .failure(let keys) = DocumentReader.read(longKey, file: "doc.yaml", limits: limits) else {
            Issue.record("expected the long key to be refused")
            return
        }
        #expect(keys.diagnostics.map(\.message) == ["a key of 12 characters is longer than the limit of 10"])
        #expect(throws: Never.self) {
            try DocumentReader.read("a: " + String(repeating: "x", count: 10), file: "d", limits: limits).get()
        }
    }

    /// A lone CR breaks a line for the YAML parser, so it does for places too (found by fuzzing: a
    /// duplicate key after many lone CRs pointed past the last line the reader knew and crashed).
    @Test func loneCarriageReturnsBreakLinesAsTheParserCounts() {
        let found = diagnostics(String(repeating: "\r", count: 40) + "a: 1\rb: 2\ra: 4\r")
        #expect(found.map(\.id) == ["duplicate-key"])
        #expect(found.first?.location.line == 43)
        #expect(found.first?.location.column == 1)
        #expect(found.first?.notes == ["first used at doc.yaml:41:1"])
    }

    @Test func anEmptyFileSaysSo() {
        #expect(diagnostics("").map(\.message) == ["the file is empty; expected a YAML or JSON map"])
        #expect(diagnostics("# only a comment\n").map(\.id) == ["empty"])
    }

    @Test func tabsForIndentationAreNamed() {
        let found = diagnostics("a:\n\tb: 1\n")
        #expect(found.map(\.message) == ["tabs cannot indent YAML; indent with spaces"])
        #expect(found.first?.location.line == 2)
    }

    @Test func duplicateKeysPointAtTheSecondOccurrence() {
        let found = diagnostics("phase: primary\nhelp: true\nphase: secondary\n")
        #expect(found.map(\.message) == ["duplicate key `phase`; each key may appear once in a map"])
        #expect(found.first?.location == SupportRouting.SourceLocation(file: "doc.yaml", line: 3, column: 1))
        #expect(found.first?.notes == ["first used at doc.yaml:1:1"])
    }

    @Test func severalDocumentsAreRefused() {
        let found = diagnostics("a: 1\n---\nb: 2\n")
        #expect(found.map(\.id) == ["multiple-documents"])
        #expect(found.first?.location.line == 2)
    }

    @Test func syntaxErrorsCarryALine() {
        let found = diagnostics("a: [1, 2\nb: 3\n")
        #expect(found.first?.id == "yaml-syntax")
        #expect(found.first?.message.hasPrefix("invalid YAML: ") == true)
        #expect((found.first?.location.line ?? 0) >= 1)
    }

    @Test func invalidUTF8IsRefusedWithItsPlace() {
        var data = Data("a: 1\nb: caf".utf8)
        data.append(contentsOf: [0xC3, 0x28])
        guard case .failure(let list) = DocumentReader.read(data, file: "doc.yaml") else {
            Issue.record("expected invalid UTF-8 to be refused")
            return
        }
        #expect(
            list.diagnostics.map(\.description) == ["doc.yaml:2:7: error: the file is not valid UTF-8 text [not-utf8]"])
    }

    @Test func binaryDataIsRefused() {
        #expect(diagnostics("a: 1\nb: \u{0}\u{1}\u{2}").map(\.id) == ["binary"])
    }

    @Test func deepNestingIsRefusedWithoutCrashing() {
        let flow = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        #expect(diagnostics(flow).map(\.id) == ["too-deep"])
        var block = ""
        for level in 0..<100 { block += String(repeating: " ", count: level) + "k\(level):\n" }
        #expect(diagnostics(block).map(\.message) == ["the document nests deeper than 64 levels"])
    }

    @Test func aliasExpansionIsBounded() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            text +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        let found = diagnostics(text)
        #expect(found.map(\.id) == ["too-many-nodes"])
    }

    @Test func oversizedInputIsRefusedBeforeParsing() {
        let limits = DocumentReader.Limits(maximumBytes: 100)
        guard
            case .failure(let list) = DocumentReader.read(
                String(repeating: "a: 1\n", count: 50), file: "big.yaml", limits: limits)
        else {
            Issue.record("expected the oversized document to be refused")
            return
        }
        #expect(list.diagnostics.map(\.message) == ["the file is 250 bytes; the limit is 100 bytes"])
    }

    @Test func scalarsKeepTheirStyleAndTheirLayout() throws {
        let yaml = "a: plain\nb: 'quoted'\nc: |\n  block\n  text\nd: folded\n  over lines\ne: \"esc\\\"aped\"\n"
        let node = try DocumentReader.read(yaml, file: "doc.yaml").get()
        guard case .mapping(let entries) = node.kind else {
            Issue.record("expected a map")
            return
        }
        let scalars = entries.compactMap { entry -> SourceNode.Scalar? in
            if case .scalar(let scalar) = entry.value.kind { return scalar }
            return nil
        }
        typealias Place = SupportRouting.SourceLocation
        #expect(scalars.map(\.isPlain) == [true, false, false, true, false])
        #expect(scalars[0].location(ofOffset: 2) == Place(file: "doc.yaml", line: 1, column: 6))
        #expect(scalars[1].location(ofOffset: 0) == Place(file: "doc.yaml", line: 2, column: 5))
        #expect(scalars[2].location(ofOffset: 6) == Place(file: "doc.yaml", line: 5, column: 3))
        #expect(scalars[3].text == "folded over lines")
        #expect(scalars[3].location(ofOffset: 7) == Place(file: "doc.yaml", line: 7, column: 3))
        #expect(scalars[3].location(ofOffset: 12) == Place(file: "doc.yaml", line: 7, column: 8))
        #expect(scalars[4].layout.isEmpty)
    }

    @Test func duplicateKeysInFlowMapsPointAtTheSecond() {
        let found = diagnostics("a: 1\nb: {k: true, x: 2, k: false}\n")
        #expect(found.map(\.message) == ["duplicate key `k`; each key may appear once in a map"])
        #expect(found.first?.location == SupportRouting.SourceLocation(file: "doc.yaml", line: 2, column: 20))
        let json = diagnostics("{\"phase\": \"primary\", \"help\": true, \"phase\": \"secondary\"}")
        #expect(json.first?.location.column == 36)
    }

    @Test func deepNestingIsReportedWhereItFirstGoesTooDeep() {
        let flow = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        let column = diagnostics(flow).first?.location.column ?? 0
        #expect((60...70).contains(column), "reported at column \(column)")
    }

    @Test func aliasesUsedAsKeysAreRefusedBeforeParsing() {
        // Hashing alias keys grows exponentially with anchor nesting: this 1.4 KB file once hung the parser.
        var text = "a0: &a0 {x: 1}\nb0: &b0 {y: 1}\n"
        for level in 1...24 {
            text += "a\(level): &a\(level) {*a\(level - 1) : 1, *b\(level - 1) : 2}\n"
            text += "b\(level): &b\(level) {*b\(level - 1) : 1, *a\(level - 1) : 3}\n"
        }
        let found = diagnostics(text)
        #expect(found.map(\.id) == ["alias-key"])
        #expect(found.first?.location == SupportRouting.SourceLocation(file: "doc.yaml", line: 3, column: 10))
        #expect(diagnostics("? *a\n: 1\n").map(\.id) == ["alias-key"])
        // Aliases as values, and stars in text, are fine.
        guard case .success = DocumentReader.read("a: &x [1, 2]\nb: *x\nc: 5 * 3\nd: '*e: f'\n", file: "ok.yaml") else {
            Issue.record("expected aliases as values to be read")
            return
        }
    }
}
