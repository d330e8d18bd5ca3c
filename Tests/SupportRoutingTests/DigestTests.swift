import Foundation
import SupportRouting
import Testing

/// SHA-256, against the standard's test vectors, and answers that name the digest of their rules.
struct DigestTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func theStandardsVectors(message: String, digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }

    @Test func aMillionAs() {
        #expect(
            SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func routeNamesTheDigestOfTheRulesItUsed() throws {
        let bytes = try Data(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Rules/england-2026.yaml"))
        for arguments in [
            ["route", "--ruleset", "england-2026", "Samples/england-2026/hillside-primary.yaml", "--format", "json"],
            [
                "route", "--rules", "Rules/england-2026.yaml", "Samples/england-2026/hillside-primary.yaml", "--format",
                "json",
            ],
        ] {
            let output = try CommandRunner.run(arguments)
            let answers = try #require(
                try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
            let rules = try #require(answers.first?["rules"] as? [String: Any])
            #expect(rules["id"] as? String == "england-2026")
            #expect(rules["version"] as? String == "1.0.0")
            #expect(rules["sha256"] as? String == SHA256.hex([UInt8](bytes)))
        }
    }

    @Test func everyBatchRecordNamesTheRulesThatAnsweredIt() throws {
        let bytes = try Data(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Rules/england-2008.yaml"))
        let digest = SHA256.hex([UInt8](bytes))
        let folder = try HandMadeArea.folder()
        for output in ["out.csv", "out.jsonl"] {
            let result = try HandMadeArea.run(
                ["batch", "schools.csv", "--map", "map.yaml", "--output", output, "--no-progress"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let written = try #require(folder.read(output))
            if output.hasSuffix(".csv") {
                let table = try #require(CSVText.table(written))
                #expect(table.rows.count == 8)
                for row in table.rows {
                    #expect(row["rules_id"] == "england-2008")
                    #expect(row["rules_version"] == "2.0.0")
                    #expect(row["rules_sha256"] == digest)
                }
            } else {
                let lines = written.split(separator: "\n")
                #expect(lines.count == 8)
                for line in lines {
                    let record = try #require(
                        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                    let rules = try #require(record["rules"] as? [String: Any])
                    #expect(rules["id"] as? String == "england-2008")
                    #expect(rules["version"] as? String == "2.0.0")
                    #expect(rules["sha256"] as? String == digest)
                }
            }
        }
    }
}
