import Foundation
import Testing

/// `route` over a glob of hundreds of profiles: every answer, in the order given, with options anywhere on
/// the line, read on every core, and the protection against deep nesting kept on every thread.
struct ManyProfilesTests {
    static let samples = [
        "Samples/oakfield-primary.yaml", "Samples/riverside-high.yaml", "Samples/elm-grove-school.json",
    ]

    @Test func hundredsOfProfilesAreAnsweredInTheOrderGiven() throws {
        let paths = (0..<600).map { Self.samples[$0 % 3] }
        // The options sit among the paths, as a shell would leave them after a glob.
        let arguments = ["route"] + paths[..<300] + ["--format", "json"] + paths[300...]
        let result = try CommandRunner.run(Array(arguments))
        #expect(result.status == 0, "\(result.stderr)")
        let answers = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(answers.map { $0["profile"] as? String } == paths)
        let routes = Set(answers.compactMap { ($0["route"] as? [String: Any])?["id"] as? String })
        #expect(routes == ["self-evaluation", "la-commissioned"])
    }

    @Test func aPathThatLooksLikeAnOptionValueIsStillAPath() throws {
        let folder = try TemporaryFolder()
        let sample = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent(Self.samples[0]), encoding: .utf8)
        _ = try folder.write(sample, to: "json")
        let paths = Array(repeating: "json", count: 300)
        let result = try CommandRunner.run(["route", "--format", "json"] + paths, in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let answers = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(answers.count == 300)
    }

    @Test func aDeeplyNestedProfileAmongHundredsIsRefusedAtItsPlace() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write(
            "phase: " + String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000) + "\n",
            to: "deep.yaml")
        let sample = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent(Self.samples[0]), encoding: .utf8)
        _ = try folder.write(sample, to: "ok.yaml")
        let paths = Array(repeating: "ok.yaml", count: 299) + ["deep.yaml"] + Array(repeating: "ok.yaml", count: 100)
        let result = try CommandRunner.run(["route"] + paths, in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("deep.yaml:1:"))
        #expect(result.stderr.contains("nests deeper than 64 levels [too-deep]"))
        #expect(result.stdout.components(separatedBy: "Oakfield Primary School (ok.yaml)\n").count - 1 == 399)
    }

    /// An option's value spelt like a path, right before a run of paths, must not move the paths around.
    @Test func anOptionValueEqualToALaterPathKeepsThePathsInOrder() throws {
        let (a, b, c) = (Self.samples[0], Self.samples[1], Self.samples[2])
        let middle = Array(repeating: c, count: 300)
        let arguments = ["route", "--map", a, "--join", b, a] + middle + ["--format", "json", b]
        let result = try CommandRunner.run(arguments)
        let answers = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(answers.map { $0["profile"] as? String } == [a] + middle + [b])
    }

    /// Standard input is read by the first `-` only, however many profiles are read on other threads.
    @Test func standardInputTwiceAmongManyIsReadOnce() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write(
            try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(Self.samples[1]), encoding: .utf8),
            to: "input.yaml")
        let paths = ["-"] + Array(repeating: Self.samples[0], count: 20) + ["-"]
        let result = try CommandRunner.run(
            ["route", "--format", "json"] + paths, standardInput: try #require(FileHandle(forReadingAtPath: input)))
        let answers = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(answers.count == 22)
        #expect(answers.first?["name"] as? String == "Riverside High School")
        #expect(answers.last?["errors"] != nil)
    }
}
