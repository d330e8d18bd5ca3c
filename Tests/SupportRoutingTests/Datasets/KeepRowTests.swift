import SchoolData
import SupportRouting
import Testing

extension DatasetLoadingTests {
    /// The mapping's `keep` rules leave rows out before anything else in them is read.
    struct KeepRowTests {
        static let mapping = """
            format: 1
            columns: { id: URN }
            keep:
              Status: [Open, "Open, but proposed to close"]
            facts:
              grade: { column: Grade, values: { Good: good } }
            """

        @Test func rowsWhoseColumnHoldsNoListedTextAreLeftOutAndCounted() throws {
            let data = """
                URN,Status,Grade
                1,Open,Good
                2,Closed,Good
                3,"Open, but proposed to close",Good
                4,Closed,Nonsense
                5,open,Good
                6, Open ,Good

                """
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(data, mapping: Self.mapping, in: folder).get()
            #expect(
                dataset.schools.map(\.id) == ["1", "3", "6"],
                "texts match as written, case and all, with spaces around them ignored")
            #expect(dataset.schools.map(\.line) == [2, 4, 7])
            #expect(dataset.leftOut == 3)
            #expect(dataset.rows == 6)
            // School 4 has a grade the mapping does not list, but its row is left out before the grade is read.
            #expect(dataset.problems.isEmpty, "\(dataset.problems)")
        }
    }
}
