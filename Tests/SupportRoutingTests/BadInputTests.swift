import Foundation
import Testing

/// A corpus of bad profiles: each gets a clear error with a place on standard error, exit code 2 and
/// nothing on standard output, through the built executable.
struct BadInputTests {
    static let corpus: [(name: String, bytes: [UInt8], message: String)] = [
        ("empty.yaml", [], "the file is empty; expected a YAML or JSON map"),
        ("binary.yaml", [0x00, 0x01, 0x02, 0xFF], "the file is not valid UTF-8 text"),
        ("latin1.yaml", Array("phase: prim".utf8) + [0xE4, 0x0A], "the file is not valid UTF-8 text"),
        (
            "nul.yaml", Array("phase: primary\n\u{0}".utf8),
            "the file holds binary data (a NUL character); expected YAML or JSON text"
        ),
        ("tabs.yaml", Array("ofsted:\n\tcategory: none\n".utf8), "tabs cannot indent YAML; indent with spaces"),
        (
            "duplicate.yaml", Array("phase: primary\nphase: secondary\n".utf8),
            "duplicate key `phase`; each key may appear once in a map"
        ),
        (
            "documents.yaml", Array("phase: primary\n---\nphase: secondary\n".utf8),
            "the file holds more than one YAML document"
        ),
        ("list.yaml", Array("- phase\n".utf8), "expected a map for a profile, found a list"),
        ("wrong-type.yaml", Array("weak_areas: leadership\n".utf8), "`weak_areas` is a set; expected a list"),
        ("yaml11.yaml", Array("self_evaluation.needs_external_help: NO\n".utf8), "did you mean `false`?"),
        (
            "octal.yaml", Array("attainment.gcse_5ac_percent: 0777\n".utf8),
            "`0777` is outside the range of `attainment.gcse_5ac_percent` (0 to 100)"
        ),
        ("nan.yaml", Array("attainment.gcse_5ac_percent: .nan\n".utf8), "expected a decimal number, found `.nan`"),
        ("infinity.yaml", Array("attainment.gcse_5ac_percent: .inf\n".utf8), "expected a decimal number, found `.inf`"),
        ("huge.yaml", Array("attainment.gcse_5ac_percent: 1e999\n".utf8), "expected a decimal number, found `1e999`"),
        (
            "deep.yaml", Array((String(repeating: "[", count: 3000) + String(repeating: "]", count: 3000)).utf8),
            "nests deeper than 64 levels"
        ),
        (
            "unknown.yaml", Array("ofsted:\n  categry: none\n".utf8),
            "unknown fact `ofsted.categry`; did you mean `ofsted.category`?"
        ),
        (
            "bomb.yaml", Array(BadInputTests.aliasBomb.utf8),
            "values (counting each use of an alias); it is refused as too large"
        ),
    ]

    static let aliasBomb: String = {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            text +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        return text
    }()

    @Test(arguments: corpus.map(\.name))
    func eachBadInputGetsAClearErrorAndExitCodeTwo(_ name: String) throws {
        let entry = try #require(Self.corpus.first { $0.name == name })
        let file = try CommandRunner.temporaryFile("", name: name)
        try Data(entry.bytes).write(to: file)
        let output = try CommandRunner.run(["route", file.path])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasPrefix("\(file.path):"))
        #expect(output.stderr.contains(": error: "))
        #expect(output.stderr.contains(entry.message), "\(output.stderr)")
    }

    @Test func aHundredMegabyteFileIsRefusedWithoutReadingIt() throws {
        let file = try CommandRunner.temporaryFile("", name: "big.yaml")
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 100 << 20)
        try handle.close()
        let output = try CommandRunner.run(["route", file.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("the file is 104857600 bytes; the limit is 4194304 bytes [too-large]"))
    }

    @Test func theLimitsCanBeSetOnTheCommandLine() throws {
        let small = try CommandRunner.run(["route", "--max-file-size", "100", "Samples/riverside-high.yaml"])
        #expect(small.status == 2)
        #expect(small.stderr.contains("the limit is 100 bytes [too-large]"))
        let shallow = try CommandRunner.run(["explain", "--max-depth", "1", "Samples/riverside-high.yaml"])
        #expect(shallow.status == 2)
        #expect(shallow.stderr.contains("the document nests deeper than 1 levels"))
        #expect(try CommandRunner.run(["route", "--max-values", "0", "Samples/riverside-high.yaml"]).status == 64)
    }
}
