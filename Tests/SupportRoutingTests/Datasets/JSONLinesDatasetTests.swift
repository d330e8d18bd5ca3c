import Foundation
import SchoolData
import SupportRouting
import Testing

extension DatasetLoadingTests {
    /// A JSON Lines dataset reads exactly as the same data written as CSV does.
    struct JSONLinesDatasetTests {
        static let mapping = """
            format: 1
            columns: { id: URN, name: Name, phase: Phase, latitude: Lat, longitude: Lon }
            facts:
              phase: { column: Phase }
              grade:
                column: Grade
                values: { Outstanding: outstanding, Good: good, Requires Improvement: satisfactory }
                blank: null
              help: { column: Help }
              score: { column: Score }
              bodies: { column: Bodies }
            partners:
              high_performing: grade >= good
              in_need: grade <= satisfactory
              measures:
                - { name: Progress, column: P8, better: higher, weak_beyond: -0.5, strong_from: 0.5 }
            """

        static let csv = """
            URN,Name,Phase,Lat,Lon,Grade,Help,Score,Bodies,P8
            1,One,Primary,51.5,-0.12,Good,yes,45.5,sip;la,0.75
            2,Two,secondary,53.8,-1.55,,no,0,,
            3,Three,PRIMARY,,,Requires Improvement,true,12,governors,-1.2
            4,Four,Primary,51.5,-0.12,Excellent,no,1,,0

            """

        // The same rows: numbers and bools as JSON scalars, blanks as null or left out, keys in another order.
        static let jsonl = """
            {"URN": "1", "Name": "One", "Phase": "Primary", "Lat": 51.5, "Lon": -0.12, "Grade": "Good", "Help": "yes", "Score": 45.5, "Bodies": "sip;la", "P8": 0.75}
            {"Name": "Two", "URN": 2, "Phase": "secondary", "Lat": 53.8, "Lon": -1.55, "Grade": null, "Help": false, "Score": 0, "P8": null}

            {"URN": "3", "Name": "Three", "Phase": "PRIMARY", "Grade": "Requires Improvement", "Help": true, "Score": 12, "Bodies": "governors", "P8": -1.2}
            {"URN": "4", "Name": "Four", "Phase": "Primary", "Lat": 51.5, "Lon": -0.12, "Grade": "Excellent", "Help": "no", "Score": 1, "P8": 0}

            """

        @Test func jsonLinesGiveTheSameSchoolsAsCSV() throws {
            let folder = try TemporaryFolder()
            let fromCSV = try DatasetLoadingTests.load(Self.csv, mapping: Self.mapping, in: folder).get()
            let fromJSON = try DatasetLoadingTests.load(
                Self.jsonl, mapping: Self.mapping, name: "schools.jsonl", in: folder
            ).get()
            #expect(fromCSV.schools.map(\.id) == ["1", "2", "3"])
            #expect(fromJSON.schools.map(\.id) == ["1", "2", "3"])
            // CSV rows start a line lower because of the header; the JSON file has a blank line before school 3.
            #expect(fromCSV.schools.map(\.line) == [2, 3, 4])
            #expect(fromJSON.schools.map(\.line) == [1, 2, 4])
            for (csv, json) in zip(fromCSV.schools, fromJSON.schools) {
                #expect(json.name == csv.name)
                #expect(json.phase == csv.phase)
                #expect(json.location == csv.location)
                #expect(json.values == csv.values, "school \(csv.id)")
                #expect(json.sources == csv.sources, "school \(csv.id)")
                #expect(json.measures == csv.measures, "school \(csv.id)")
            }
            // And the values are the right ones, not merely the same.
            #expect(fromJSON.schools.map(\.measures) == [[0.75], [nil], [-1.2]])
            #expect(fromJSON.schools[0].location == GeoPoint(latitude: 51.5, longitude: -0.12))
            #expect(fromJSON.schools[2].location == nil)
            #expect(try DatasetLoadingTests.value("help", of: "2", in: fromJSON) == .bool(false))
            #expect(try DatasetLoadingTests.value("score", of: "1", in: fromJSON) == .number(45.5))
            #expect(try DatasetLoadingTests.value("bodies", of: "1", in: fromJSON) == .set(1 | 2))
            #expect(try DatasetLoadingTests.value("grade", of: "2", in: fromJSON) == nil)
            // The unmapped grade is a problem at its own line in both.
            #expect(fromCSV.problems.map(\.location.line) == [5])
            #expect(fromJSON.problems.map(\.location.line) == [5])
            #expect(fromJSON.problems.map(\.message) == fromCSV.problems.map(\.message))
            #expect(fromJSON.problems.first?.location.file == folder.path("schools.jsonl"))
        }

        /// A set fact may be a JSON list, each member one of the fact's values; a list anywhere else is a
        /// problem for its row, as is a member that is no value.
        /// Values are looked up by their bytes where they lie in the line; escapes, accents and spaces to trim
        /// must read as the same texts do in CSV, and a line that is not UTF-8 is a problem at its line.
        @Test func escapesAccentsAndSpacesReadAsInCSV() throws {
            let folder = try TemporaryFolder()
            let csv = """
                URN,Name,Phase,Lat,Lon,Grade,Help,Score,Bodies,P8
                5,École Sainte-Anne,Primary,51.5,-0.12, Good ,yes,45.5,sip;la,0.75
                6,"Quote ""Q"" School",secondary,53.8,-1.55,Outstanding,no,0,la,

                """
            let jsonl = #"""
                {"URN": "5", "Name": "École Sainte-Anne", "Phase": "Pri\u006dary", "Lat": 51.5, "Lon": -0.12, "Grade": " Good ", "Help": "yes", "Score": 45.5, "Bodies": "sip;la", "P8": 0.75}
                {"URN": "6", "Name": "Quote \"Q\" School", "Phase": "secondary", "Lat": 53.8, "Lon": -1.55, "Grade": "Outst\u0061nding", "Help": "no", "Score": 0, "Bodies": "la", "P8": null}

                """#
            let fromCSV = try DatasetLoadingTests.load(csv, mapping: Self.mapping, in: folder).get()
            let path = try folder.write(jsonl, to: "schools.jsonl")
            // A third line whose name holds a byte that is no UTF-8.
            let broken = Array(#"{"URN": "7", "Name": "Bad "#.utf8) + [0xFF] + Array(#"", "Phase": "Primary"}"#.utf8)
            let handle = try #require(FileHandle(forWritingAtPath: path))
            handle.seekToEndOfFile()
            handle.write(Data(broken + [0x0A]))
            handle.closeFile()
            let fromJSON = SchoolDataset.load(
                DatasetOptions(path: path, mapping: try DatasetLoadingTests.mapping(Self.mapping)),
                ruleSet: try Fixtures.ruleSet())
            let json = try fromJSON.get()
            #expect(json.schools.map(\.name) == ["École Sainte-Anne", #"Quote "Q" School"#])
            #expect(json.schools.map(\.name) == fromCSV.schools.map(\.name))
            #expect(json.schools.map(\.values) == fromCSV.schools.map(\.values))
            #expect(json.schools.map(\.phase) == ["Primary", "secondary"])
            let grade = try DatasetLoadingTests.value("grade", of: "5", in: json)
            #expect(grade != nil)
            #expect(grade == (try DatasetLoadingTests.value("grade", of: "5", in: fromCSV)))
            #expect(json.problems.map(\.location.line) == [3])
            #expect(json.problems.map(\.id) == ["not-utf8"])
        }

        @Test func aSetFactMayBeAList() throws {
            let jsonl = """
                {"URN": "1", "Name": "One", "Phase": "Primary", "Grade": "Good", "Help": "yes", "Score": 45.5, "Bodies": ["sip", "LA"], "Lat": 51.5, "Lon": -0.12, "P8": 0.1}
                {"URN": "2", "Name": "Two", "Phase": "Primary", "Grade": "Good", "Help": "no", "Score": 1, "Bodies": []}
                {"URN": "3", "Name": "Three", "Phase": "Primary", "Grade": "Good", "Help": "no", "Score": 1, "Bodies": ["sip", "mayor"]}
                {"URN": "4", "Name": "Four", "Phase": ["Primary"], "Grade": "Good", "Help": ["no"], "Score": 1}

                """
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(jsonl, mapping: Self.mapping, name: "schools.jsonl", in: folder)
                .get()
            #expect(dataset.schools.map(\.id) == ["1", "2"])
            #expect(try DatasetLoadingTests.value("bodies", of: "1", in: dataset) == .set(1 | 2))
            #expect(try DatasetLoadingTests.value("bodies", of: "2", in: dataset) == .set(0))
            #expect(dataset.problems.map(\.location.line) == [3, 4, 4, 4])
            #expect(
                dataset.problems.map(\.message) == [
                    "`mayor` is not a value of `bodies` (sip, la, situ, ofsted, governors) (column `Bodies`)",
                    "`Phase` holds a list, where one value is expected (column `Phase`)",
                    "a list is only for a set fact, and `phase` is an enum (column `Phase`)",
                    "a list is only for a set fact, and `help` is a bool (column `Help`)",
                ])
            #expect(
                dataset.problems.map(\.id) == [
                    "unmapped-value", "unexpected-list", "unexpected-list", "unexpected-list",
                ])
        }

        /// A list in a column the mapping keeps rows by is a problem, not a reason to leave the row out.
        @Test func aListInAKeptColumnIsAProblem() throws {
            let mapping =
                "format: 1\ncolumns: { id: URN }\nkeep:\n  Type: [Academy]\nfacts:\n  phase: { column: Phase }\n"
            let jsonl = """
                {"URN": "1", "Type": "Academy", "Phase": "Primary"}
                {"URN": "2", "Type": ["Academy"], "Phase": "Primary"}
                {"URN": "3", "Type": "Community", "Phase": "Primary"}

                """
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(jsonl, mapping: mapping, name: "schools.jsonl", in: folder).get()
            #expect(dataset.schools.map(\.id) == ["1"])
            #expect(dataset.leftOut == 1)
            #expect(
                dataset.problems.map(\.message) == ["`Type` holds a list, where one value is expected (column `Type`)"])
        }
    }
}
