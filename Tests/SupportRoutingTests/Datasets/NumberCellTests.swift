import SchoolData
import SupportRouting
import Testing

extension DatasetLoadingTests {
    /// A number cell that looks like a number but cannot be used as one (`NaN`, `inf`, `1e400`) is a problem for
    /// its row, as a bad coordinate is; text that is no number at all keeps meaning "no data" or `otherwise`.
    struct NumberCellTests {
        static let mapping = """
            format: 1
            columns: { id: URN, phase: Phase, latitude: Lat, longitude: Lon }
            facts:
              grade: { column: Grade, values: { Good: good, Outstanding: outstanding, Inadequate: inadequate } }
              score: { column: Score, otherwise: null }
            partners:
              radius_km: { default: 10 }
              high_performing: grade >= good
              in_need: grade <= inadequate
              measures:
                - { name: Progress, column: P8, better: higher, weak_beyond: -0.5, strong_from: 0.5 }
            """

        static func data(_ rows: [(p8: String, score: String)]) -> String {
            var text = "URN,Phase,Lat,Lon,Grade,Score,P8\n"
            for (index, row) in rows.enumerated() {
                text += "\(index + 1),primary,51.5,-0.1,Good,\(row.score),\(row.p8)\n"
            }
            return text
        }

        @Test func aMeasureThatIsNotAFiniteNumberIsAProblemForItsRow() throws {
            let rows = [("0.7", "50"), ("NaN", "50"), ("1e400", "50"), ("-inf", "50"), ("SUPP", "50"), ("", "50")]
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(Self.data(rows), mapping: Self.mapping, in: folder).get()
            #expect(dataset.schools.map(\.id) == ["1", "5", "6"])
            #expect(dataset.schools.map(\.measures) == [[0.7], [nil], [nil]], "SUPP and a blank are no data")
            #expect(dataset.problems.map(\.id) == ["bad-number", "bad-number", "bad-number"])
            #expect(dataset.problems.map(\.location.line) == [3, 4, 5])
            #expect(dataset.problems.map(\.location.column) == [7, 7, 7])
            #expect(
                dataset.problems.map(\.message) == [
                    "`NaN` is not a finite decimal number for measure `Progress` (column `P8`)",
                    "`1e400` is too large a number for measure `Progress`: the largest is about 1.8e308 (column `P8`)",
                    "`-inf` is not a finite decimal number for measure `Progress` (column `P8`)",
                ])
        }

        @Test func aNumberFactThatIsNotAFiniteNumberIsAProblemEvenWithOtherwise() throws {
            let rows = [("0.1", "nan"), ("0.1", "Infinity"), ("0.1", "1e400"), ("0.1", "1e-400"), ("0.1", "c")]
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(Self.data(rows), mapping: Self.mapping, in: folder).get()
            // `c`, a suppression mark, is no number, so `otherwise: null` makes it not known.
            #expect(dataset.schools.map(\.id) == ["5"])
            #expect(try DatasetLoadingTests.value("score", of: "5", in: dataset) == nil)
            #expect(dataset.problems.map(\.id) == Array(repeating: "bad-number", count: 4))
            #expect(
                dataset.problems.map(\.message) == [
                    "`nan` is not a finite decimal number for `score` (column `Score`)",
                    "`Infinity` is not a finite decimal number for `score` (column `Score`)",
                    "`1e400` is too large a number for `score`: the largest is about 1.8e308 (column `Score`)",
                    "`1e-400` is too small a number for `score` to hold exactly: the smallest is about 2.2e-308;"
                        + " write 0 for zero (column `Score`)",
                ])
        }
    }
}
