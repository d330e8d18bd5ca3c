import SchoolData
import SupportRouting
import Testing

extension DatasetLoadingTests {
    /// Exports differ in capitals; a set's members need the separator the mapping names.
    struct CellSpellingTests {
        static let mapping = """
            format: 1
            columns: { id: URN }
            facts:
              grade:
                column: Grade
                values: { Outstanding: outstanding, Good: good, good: satisfactory }
              bodies: { column: Bodies, separator: "," }
            """

        @Test func aListedTextMatchesInAnyCaseWhenOnlyOneTextCould() throws {
            let data = "URN,Grade,Bodies\n1,OUTSTANDING,\n2,Good,\n3,GOOD,\n"
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(data, mapping: Self.mapping, in: folder).get()
            // grade: inadequate 0, satisfactory 1, good 2, outstanding 3.
            #expect(try DatasetLoadingTests.value("grade", of: "1", in: dataset) == .enumeration(3))
            #expect(try DatasetLoadingTests.value("grade", of: "2", in: dataset) == .enumeration(2))
            // `GOOD` could be `Good` or `good`, which mean different values, so it is not guessed.
            #expect(dataset.schools.map(\.id) == ["1", "2"])
            #expect(
                dataset.problems.map(\.message) == [
                    "`GOOD` is not one of the texts mapped for `grade` (`Good`, `Outstanding`, `good`) (column `Grade`)"
                ])
        }

        @Test func aMisspeltTextGetsASuggestion() throws {
            let mapping = """
                format: 1
                columns: { id: URN }
                facts:
                  grade: { column: Grade, values: { Outstanding: outstanding, Good: good } }
                  phase: { column: Phase }
                """
            let data = "URN,Grade,Phase\n1,Goood,primary\n2,Good,Primry\n3,Excellent,primary\n"
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(data, mapping: mapping, in: folder).get()
            #expect(dataset.schools.isEmpty)
            #expect(
                dataset.problems.map(\.message) == [
                    "`Goood` is not one of the texts mapped for `grade` (`Good`, `Outstanding`); did you mean `Good`?"
                        + " (column `Grade`)",
                    "`Primry` is not a value of `phase` (primary, secondary); did you mean `primary`? (column `Phase`)",
                    "`Excellent` is not one of the texts mapped for `grade` (`Good`, `Outstanding`) (column `Grade`)",
                ])
        }

        @Test func aSetWithAnotherSeparatorSaysWhichIsExpected() throws {
            let data = "URN,Grade,Bodies\n1,Good,\"sip,la\"\n2,Good,sip;la\n"
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(data, mapping: Self.mapping, in: folder).get()
            #expect(dataset.schools.map(\.id) == ["1"])
            #expect(
                dataset.problems.map(\.message) == [
                    "`sip;la` is not a set for `bodies`: expected members of sip, la, situ, ofsted, governors separated by `,` (column `Bodies`)"
                ])
            #expect(dataset.problems.first?.location.line == 3)
        }
    }
}
