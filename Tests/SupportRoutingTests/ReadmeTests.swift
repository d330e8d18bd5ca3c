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

    /// Each example's arguments with the language and text of its block: `text`, or `mermaid` for a
    /// diagram a page shows as a picture.
    static func examples(in text: String) -> [(arguments: String, language: String, block: String)] {
        var found: [(String, String, String)] = []
        var rest = Substring(text)
        while let start = rest.range(of: marker) {
            let afterMarker = rest[start.upperBound...]
            guard let end = afterMarker.range(of: " -->\n```") else { break }
            let arguments = String(afterMarker[..<end.lowerBound])
            let fenced = afterMarker[end.upperBound...]
            guard let newline = fenced.firstIndex(of: "\n") else { break }
            let language = String(fenced[..<newline])
            guard ["text", "mermaid"].contains(language) else { break }
            let body = fenced[fenced.index(after: newline)...]
            guard let close = body.range(of: "```\n") else { break }
            found.append((arguments, language, String(body[..<close.lowerBound])))
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
        #expect(
            examples.count == text.components(separatedBy: Self.marker).count - 1,
            "\(page.lastPathComponent) has an example marker not followed by a ```text or ```mermaid block")
        for example in examples {
            let output = try CommandRunner.run(example.arguments.split(separator: " ").map(String.init))
            let actual = output.stdout + output.stderr
            if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
                let fence = "\(Self.marker)\(example.arguments) -->\n```\(example.language)\n"
                text = text.replacingOccurrences(
                    of: fence + example.block + "```\n", with: fence + actual + "```\n")
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

    /// A page may have no examples, but the README shows `route` and `explain`, and the pages
    /// together show every kind of output they document.
    @Test func theExamplesAreSpreadOverThePages() throws {
        let readme = Self.examples(in: try String(contentsOf: Self.readme, encoding: .utf8)).map(\.arguments)
        #expect(readme.contains { $0.hasPrefix("route ") })
        #expect(readme.contains { $0.hasPrefix("explain ") })
        let all = try Self.pages.flatMap { Self.examples(in: try String(contentsOf: $0, encoding: .utf8)) }
        #expect(all.count >= 6, "only \(all.count) examples in the README and docs/")
    }

    /// The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens.
    static func anchor(_ heading: String) -> String {
        String(
            heading.lowercased().compactMap { character -> Character? in
                if character == " " { return "-" }
                return character.isLetter || character.isNumber || character == "-" || character == "_"
                    ? character : nil
            })
    }

    /// The anchors of a page's headings, outside code blocks.
    static func anchors(in text: String) -> Set<String> {
        var found: Set<String> = []
        var inCode = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inCode.toggle() }
            guard !inCode, line.hasPrefix("#") else { continue }
            found.insert(anchor(String(line.drop { $0 == "#" }.drop { $0 == " " })))
        }
        return found
    }

    /// Every relative link in the README and the pages leads to a file, and to a heading in it.
    @Test(arguments: pages)
    func theLinksLead(_ page: URL) throws {
        let text = try String(contentsOf: page, encoding: .utf8)
        let link = try Regex(#"\]\(([^)\s]+)\)"#)
        var count = 0
        for match in text.matches(of: link) {
            guard let target = match.output[1].substring.map(String.init), !target.contains("://") else { continue }
            count += 1
            let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let file =
                parts[0].isEmpty ? page : page.deletingLastPathComponent().appendingPathComponent(parts[0]).standardized
            #expect(
                FileManager.default.fileExists(atPath: file.path),
                "\(page.lastPathComponent) links to missing \(target)")
            if parts.count == 2, let linked = try? String(contentsOf: file, encoding: .utf8) {
                #expect(
                    Self.anchors(in: linked).contains(parts[1]),
                    "\(page.lastPathComponent) links to \(target), which has no such heading")
            }
        }
        #expect(count > 0, "\(page.lastPathComponent) links nowhere (not even back to the README)")
    }

    @Test func theReadmeLinksToEveryPage() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        for page in Self.pages.dropFirst() {
            #expect(
                text.contains("](docs/\(page.lastPathComponent))"),
                "the README does not link to \(page.lastPathComponent)")
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
