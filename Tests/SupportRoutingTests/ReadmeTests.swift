import Foundation
import Testing

/// The examples in the README and the pages under `docs/` are real: each `<!-- example: ARGS -->`
/// block is the output of `support-router ARGS` (standard output, then standard error).
struct ReadmeTests {
    static let readme = Fixtures.repositoryRoot.appendingPathComponent("README.md")

    /// The README and every page under `docs/`.
    static let pages: [URL] = {
        let docs = Fixtures.repositoryRoot.appendingPathComponent("docs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []
        return [readme] + names.filter { $0.hasSuffix(".md") }.sorted().map { docs.appendingPathComponent($0) }
    }()
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

    @Test func theDocsPagesAreFound() {
        #expect(Self.pages.map(\.lastPathComponent).contains("untrusted-input.md"))
    }

    @Test(arguments: pages)
    func thePageShowsRealOutput(_ page: URL) throws {
        var text = try String(contentsOf: page, encoding: .utf8)
        let examples = Self.examples(in: text)
        #expect(examples.count >= 2, "\(page.lastPathComponent) has no examples")
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
                    "\(page.lastPathComponent) example `\(example.arguments)` is out of date; rerun with RECORD_GOLDEN=1"
                )
            }
        }
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try text.write(to: page, atomically: true, encoding: .utf8)
            // A recording fails the run that made it, so it is never taken for a pass.
            Issue.record(
                "recorded the examples of \(page.lastPathComponent); check the change and rerun without RECORD_GOLDEN")
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
