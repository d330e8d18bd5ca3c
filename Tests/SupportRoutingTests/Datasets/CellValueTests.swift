import SchoolData
import SupportRouting
import Testing

extension DatasetLoadingTests {
    /// What each cell becomes: through the mapping's `values`, `blank` and `otherwise`, or read as the fact's type.
    struct CellValueTests {
        /// Mapping entries, in order: phase 0, grade 1, category 2, help 3, score 4, bodies 5, dept 6.
        static let mapping = """
            format: 1
            columns: { id: URN, name: Name, phase: Phase }
            facts:
              phase: { column: Phase }
              grade:
                column: Grade
                values: { Outstanding: outstanding, Good: good, Requires Improvement: satisfactory, Inadequate: inadequate }
                blank: null
                otherwise: default
              category:
                column: Grade
                values: { Inadequate: null, Special: special }
                otherwise: none
              help: { column: Help }
              score: { column: Score }
              bodies: { column: Bodies }
              dept: { column: Dept }
            """

        static let data = """
            URN,Name,Phase,Grade,Help,Score,Bodies,Dept
            1,One,PRIMARY,Outstanding,yes,45.5,sip;LA; governors,science
            2,Two,Secondary, Requires Improvement ,No,0,,
            3,Three,secondary,,YES,100,ofsted,maths
            4,Four,Primary,Inadequate,no,12,situ;sip,
            5,Five,primary,Excellent,y,3,,
            6,Six,Primary,Special,0,99.5,,

            """

        @Test func listedTextsBecomeTheirValuesAndOthersFollowBlankAndOtherwise() throws {
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(Self.data, mapping: Self.mapping, in: folder).get()
            #expect(dataset.problems.isEmpty, "\(dataset.problems)")
            #expect(dataset.schools.map(\.id) == ["1", "2", "3", "4", "5", "6"])
            func grade(_ id: String) throws -> FactValue? {
                try DatasetLoadingTests.value("grade", of: id, in: dataset)
            }
            func category(_ id: String) throws -> FactValue? {
                try DatasetLoadingTests.value("category", of: id, in: dataset)
            }
            // grade: inadequate 0, satisfactory 1, good 2, outstanding 3; category: none 0, notice 1, special 2.
            #expect(try grade("1") == .enumeration(3))
            #expect(try grade("2") == .enumeration(1), "spaces around a listed text are ignored")
            #expect(try grade("4") == .enumeration(0))
            #expect(try grade("3") == nil, "blank: null makes a blank cell not known")
            #expect(try DatasetLoadingTests.source("grade", of: "3", in: dataset) == .unknownCell(mapping: 1))
            #expect(try grade("5") == .enumeration(2), "otherwise: default gives the fact's default, good")
            #expect(try DatasetLoadingTests.source("grade", of: "5", in: dataset) == .defaulted)
            #expect(try grade("6") == .enumeration(2))
            #expect(try category("1") == .enumeration(0), "otherwise: none")
            #expect(try DatasetLoadingTests.source("category", of: "1", in: dataset) == .cell(mapping: 2))
            #expect(try category("4") == nil, "Inadequate: null")
            #expect(try DatasetLoadingTests.source("category", of: "4", in: dataset) == .unknownCell(mapping: 2))
            #expect(try category("6") == .enumeration(2))
            #expect(try category("3") == .enumeration(0), "a blank cell without `blank` takes the default")
            #expect(try DatasetLoadingTests.source("category", of: "3", in: dataset) == .defaulted)
        }

        @Test func unlistedFactsAreReadAsTheirOwnType() throws {
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(Self.data, mapping: Self.mapping, in: folder).get()
            func value(_ fact: String, _ id: String) throws -> FactValue? {
                try DatasetLoadingTests.value(fact, of: id, in: dataset)
            }
            // Enum values in any case: primary 0, secondary 1.
            #expect(
                try ["1", "2", "3", "4", "5"].map { try value("phase", $0) }
                    == [0, 1, 1, 0, 0].map(FactValue.enumeration))
            // Bools as yes and no in any case, y, and 0.
            #expect(
                try ["1", "2", "3", "4", "5", "6"].map { try value("help", $0) }
                    == [true, false, true, false, true, false].map(FactValue.bool))
            #expect(try value("score", "1") == .number(45.5))
            #expect(try value("score", "3") == .number(100), "the maximum is allowed")
            // Sets split on `;` with members in any case: sip 1, la 2, situ 4, ofsted 8, governors 16.
            #expect(try value("bodies", "1") == .set(1 | 2 | 16))
            #expect(try value("bodies", "3") == .set(8))
            #expect(try value("bodies", "4") == .set(4 | 1))
            #expect(try value("bodies", "2") == .set(0), "a blank set takes the default, empty")
            #expect(try value("dept", "1") == .string("science"))
            #expect(try value("dept", "2") == nil, "a blank cell of a fact with no default is missing")
            #expect(try DatasetLoadingTests.source("dept", of: "2", in: dataset) == .missing)
            // Facts no column maps keep their defaults: leader false; partner.near has none.
            #expect(try value("leader", "1") == .bool(false))
            #expect(try value("partner.near", "1") == nil)
            let one = try #require(dataset.school(id: "1"))
            #expect((one.name, one.phase, one.line) == ("One", "PRIMARY", 2))
        }

        @Test func aSetCanUseAnotherSeparator() throws {
            let mapping = """
                format: 1
                columns: { id: URN }
                facts:
                  bodies: { column: Bodies, separator: "|" }
                """
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(
                "URN,Bodies\n1,sip | governors\n2,la;situ\n", mapping: mapping, in: folder
            ).get()
            #expect(try DatasetLoadingTests.value("bodies", of: "1", in: dataset) == .set(1 | 16))
            #expect(dataset.schools.map(\.id) == ["1"])
            #expect(dataset.problems.map(\.location.line) == [3])
        }
    }
}
