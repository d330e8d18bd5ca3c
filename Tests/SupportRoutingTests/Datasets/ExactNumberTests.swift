import Foundation
import SchoolData
import SupportRouting
import Testing

extension DatasetLoadingTests {
    /// A number is read exactly or not at all: a text that would round to the same double as a different number,
    /// such as `29.999999999999999999` to `30`, is refused, so no value crosses a threshold by rounding. Cells,
    /// profiles, mappings and rules follow the one rule.
    struct ExactNumberTests {
        static let mapping = """
            format: 1
            columns: { id: URN }
            facts:
              score: { column: Score }
            """

        @Test func aCellIsReadExactlyOrRefused() throws {
            let texts = [
                "29.9999999999999", "29.999999999999999999", "33.333333333333336", "0.10000000000000001",
                "30.000000000000000000", "0.1",
            ]
            let data = "URN,Score\n" + texts.enumerated().map { "\($0.offset + 1),\($0.element)\n" }.joined()
            let folder = try TemporaryFolder()
            let dataset = try DatasetLoadingTests.load(data, mapping: Self.mapping, in: folder).get()
            #expect(dataset.schools.map(\.id) == ["1", "3", "5", "6"])
            // 15 significant digits are held exactly, so the value stays below 30.
            #expect(try DatasetLoadingTests.value("score", of: "1", in: dataset) == .number(29.9999999999999))
            // The shortest text that reads back as a double, which is what programs print, is that double.
            #expect(try DatasetLoadingTests.value("score", of: "3", in: dataset) == .number(33.333333333333336))
            #expect(try DatasetLoadingTests.value("score", of: "5", in: dataset) == .number(30))
            #expect(dataset.problems.map(\.id) == ["bad-number", "bad-number"])
            #expect(
                dataset.problems.map(\.message) == [
                    "`29.999999999999999999` is too precise a number for `score`: it would be read as `30`;"
                        + " write at most 15 significant digits (column `Score`)",
                    "`0.10000000000000001` is too precise a number for `score`: it would be read as `0.1`;"
                        + " write at most 15 significant digits (column `Score`)",
                ])
        }

        /// Numbers just either side of thresholds, written with 1 to 22 significant digits, and the doubles
        /// beside the thresholds as programs print them: whenever two are read, their doubles compare as the
        /// decimals do.
        @Test func numbersReadCompareAsTheDecimalsWritten() throws {
            let thresholds = ["30", "0.1", "-0.5", "100", "2.5e-3", "123456.789"]
            var texts = thresholds
            for threshold in thresholds {
                let base = try #require(Decimal(string: threshold))
                let double = try #require(Double(threshold))
                texts += [double.nextDown.description, double.nextUp.description]
                for places in 1...22 {
                    let step = Decimal(sign: .plus, exponent: -places, significand: 1)
                    for k in [1, 5, 9] as [Decimal] { texts += ["\(base - k * step)", "\(base + k * step)"] }
                }
            }
            var read: [(text: String, value: Double)] = []
            for text in texts {
                if case .success(let value) = DecimalReader.read(text) { read.append((text, value)) }
            }
            #expect(read.count > texts.count / 2 && read.count < texts.count, "some read, some refused")
            var wrong: [String] = []
            let decimals = try read.map { try #require(Decimal(string: $0.text)) }
            for (a, x) in zip(read, decimals) {
                for (b, y) in zip(read, decimals)
                where (x < y) != (a.value < b.value) || (x == y) != (a.value == b.value) {
                    wrong.append("\(a.text) vs \(b.text)")
                }
            }
            #expect(wrong.count == 0, "\(wrong.prefix(5))")
        }

        @Test func aProfileFollowsTheSameRule() throws {
            let ruleSet = try Fixtures.ruleSet()
            let diagnostics = Fixtures.profileErrors("score: 29.999999999999999999\n", ruleSet: ruleSet)
            #expect(
                diagnostics.map(\.message) == [
                    "`29.999999999999999999` is too precise a number for `score`: it would be read as `30`;"
                        + " write at most 15 significant digits"
                ])
            let profile = try Fixtures.profile("score: 33.333333333333336\n", ruleSet: ruleSet)
            #expect(profile.values[try DatasetLoadingTests.slot("score")] == .number(33.333333333333336))
        }

        @Test func aRuleAndAMappingFollowTheSameRule() throws {
            let rule = Fixtures.ruleErrors(
                Fixtures.rules(replacing: "score < 30", with: "score < 29.999999999999999999"))
            #expect(rule.contains { $0.message.contains("`29.999999999999999999` is too precise a number") }, "\(rule)")
            let mapping = """
                format: 1
                columns: { id: URN, latitude: Lat, longitude: Lon }
                partners:
                  radius_km: { default: 10 }
                  high_performing: grade >= good
                  in_need: grade <= inadequate
                  measures:
                    - { name: P, column: P8, better: higher, weak_beyond: -0.50000000000000000001, strong_from: 0.5 }
                """
            let result = MappingLoader.load(text: mapping, file: "map.yaml", ruleSet: try Fixtures.ruleSet())
            guard case .failure(let list) = result else {
                Issue.record("expected the mapping to be refused")
                return
            }
            #expect(
                list.diagnostics.map(\.message) == [
                    "`-0.50000000000000000001` is too precise a number for `weak_beyond`: it would be read as `-0.5`;"
                        + " write at most 15 significant digits"
                ])
        }
    }
}

extension BatchCommandTests {
    /// The Gaining Ground advice holds from 30% five A*-C on: a value just below must not be rounded up to it.
    struct GCSEThresholdTests {
        static let mapping = """
            format: 1
            columns: { id: URN, name: Name }
            facts:
              phase: { column: Phase }
              attainment.gcse_5ac_percent: { column: GCSE }
            assume:
              attainment.poor_english_maths_progress: true
            """

        static func route(gcse: String) throws -> CommandRunner.Output {
            let folder = try TemporaryFolder()
            try folder.write("URN,Name,Phase,GCSE\n1,Ash Academy,secondary,\(gcse)\n", to: "schools.csv")
            try folder.write(Self.mapping, to: "map.yaml")
            return try CommandRunner.run(
                ["route", "--schools", "schools.csv", "--map", "map.yaml", "--id", "1"], in: folder.url)
        }

        @Test(arguments: [
            ("30", true), ("30.000000000000000000", true), ("29.9999999999999", false), ("29.99999999999999", false),
        ])
        func theAdviceFollowsTheExactValue(gcse: String, advised: Bool) throws {
            let result = try Self.route(gcse: gcse)
            #expect(result.stdout.hasPrefix("Ash Academy (schools.csv:2)"), "\(result.stderr)")
            #expect(result.stdout.contains("[gaining-ground]") == advised, "\(result.stdout)")
        }

        @Test func aValueThatWouldRoundUpToTheThresholdIsRefused() throws {
            let result = try Self.route(gcse: "29.999999999999999999")
            #expect(result.status == 2)
            #expect(!result.stdout.contains("[gaining-ground]"))
            #expect(
                result.stderr.contains(
                    "schools.csv:2:4: error: `29.999999999999999999` is too precise a number for"
                        + " `attainment.gcse_5ac_percent`: it would be read as `30`; write at most 15 significant digits"
                        + " (column `GCSE`) [bad-number]"), "\(result.stderr)")
        }
    }
}
