import Foundation
import Testing

/// The README's examples are real: each `<!-- example: ARGS -->` block is the output of
/// `support-router ARGS` (standard output, then standard error).
struct ReadmeTests {
    static let readme = Fixtures.repositoryRoot.appendingPathComponent("README.md")
    static let marker = "<!-- example: "

    /// Each example's arguments with the text of its block.
    static func examples(in text: String) -> [(arguments: String, block: String)] {
        var found: [(String, String)] = []
        var rest = Substring(text)
        while let start = rest.range(of: marker) {
            let afterMarker = rest[start.upperBound...]
            guard let end = afterMarker.range(of: " -->\n```text\n") else { break }
            let arguments = String(afterMarker[..<end.lowerBound])
            let body = afterMarker[end.upperBound...]
            guard let close = body.range(of: "```\n") else { break }
            found.append((arguments, String(body[..<close.lowerBound])))
            rest = body[close.upperBound...]
        }
        return found
    }

    @Test func theReadmeShowsRealOutput() throws {
        var text = try String(contentsOf: Self.readme, encoding: .utf8)
        let examples = Self.examples(in: text)
        #expect(examples.count >= 4)
        for example in examples {
            let output = try CommandRunner.run(example.arguments.split(separator: " ").map(String.init))
            let actual = output.stdout + output.stderr
            if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
                let old = "\(Self.marker)\(example.arguments) -->\n```text\n\(example.block)```\n"
                text = text.replacingOccurrences(
                    of: old, with: "\(Self.marker)\(example.arguments) -->\n```text\n\(actual)```\n")
            } else {
                #expect(
                    actual == example.block,
                    "README example `\(example.arguments)` is out of date; rerun with RECORD_GOLDEN=1")
            }
        }
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try text.write(to: Self.readme, atomically: true, encoding: .utf8)
        }
    }

    @Test func theReadmeGivesTheTwoCommandsThatCIRuns() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let ci = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(text.contains("swift run support-router route Samples/riverside-high.yaml"))
        #expect(text.contains("\nswift test "))
        #expect(ci.contains("\nswift test\n"))
    }
}
