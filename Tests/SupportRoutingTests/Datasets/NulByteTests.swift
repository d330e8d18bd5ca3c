import Foundation
import SchoolData
import SupportRouting
import Testing

extension DatasetLoadingTests {
    /// A NUL byte is never text: a cell holding one is a problem for its row, which is skipped rather than
    /// passed on to the answers, and a header holding one cannot be used.
    struct NulByteTests {
        static let mapping = """
            format: 1
            columns: { id: URN, name: Name }
            facts:
              grade: { column: Grade, values: { Good: good, Outstanding: outstanding } }
            """

        @Test func aCSVCellWithANulByteIsAProblemForItsRow() throws {
            let data = "URN,Name,Grade\n1,One,Good\n2,T\u{0}wo,Good\n3,Three,Outstanding\u{0}\n4,Four,Good\n"
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(data, mapping: Self.mapping, in: folder).get()
            #expect(dataset.schools.map(\.id) == ["1", "4"])
            #expect(dataset.problems.map(\.location.line) == [3, 4])
            #expect(dataset.problems.map(\.id) == ["nul-byte", "nul-byte"])
            #expect(
                dataset.problems.map(\.message) == [
                    "field 2 holds a NUL byte, which is not text; the row is skipped rather than passed on",
                    "field 3 holds a NUL byte, which is not text; the row is skipped rather than passed on",
                ])
        }

        @Test func aHeaderWithANulByteCannotBeUsed() throws {
            let folder = try TemporaryFolder()
            let result = try DatasetLoadingTests.load(
                "URN,Na\u{0}me,Grade\n1,One,Good\n", mapping: Self.mapping, in: folder)
            guard case .failure(let list) = result else {
                Issue.record("expected the header to be refused")
                return
            }
            #expect(list.diagnostics.map(\.id) == ["nul-byte"])
            #expect(list.diagnostics.first?.location.line == 1)
        }

        @Test func aJSONStringWithAnEscapedNulIsAProblemForItsLine() throws {
            let data = """
                {"URN": "1", "Name": "One", "Grade": "Good"}
                {"URN": "2", "Name": "T\\u0000wo", "Grade": "Good"}

                """
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(data, mapping: Self.mapping, name: "schools.jsonl", in: folder)
                .get()
            #expect(dataset.schools.map(\.id) == ["1"])
            #expect(dataset.problems.map(\.id) == ["nul-byte"])
            #expect(dataset.problems.first?.location.line == 2)
            #expect(
                dataset.problems.first?.message
                    == "a string holds `\\u0000`, a NUL character, which is not text; the row is skipped rather than"
                    + " passed on")
        }

        @Test func batchDoesNotWriteANulByte() throws {
            let data = HandMadeArea.csv.replacingOccurrences(of: "Cedar Primary", with: "Cedar\u{0}Primary")
            let folder = try HandMadeArea.folder(data: data)
            let result = try HandMadeArea.run(
                ["batch", "schools.csv", "--map", "map.yaml", "--output", "out.csv"], in: folder)
            #expect(result.status == 4, "\(result.stderr)")
            #expect(result.stderr.contains("schools.csv:4:2: error: field 2 holds a NUL byte"))
            let written = try #require(folder.read("out.csv"))
            #expect(!written.utf8.contains(0))
            #expect(!written.contains("300003"))
        }
    }
}
