import Testing

extension BatchCommandTests {
    /// A dataset that cannot be read at all stops `batch` before anything is written: no new file, an existing
    /// file left as it was, and no hidden partial file.
    struct BatchUnreadableTests {
        /// What is wrong, the dataset argument, and what standard error must say.
        static let cases: [(String, String, String)] = [
            (
                "missing file", "absent.csv",
                "error: no such dataset file `absent.csv`"
            ),
            (
                "missing column", "schools.csv",
                "schools.csv:1:1: error: the mapping reads column `PartnershipHealthy`, which the header does not have [unknown-column]"
            ),
        ]

        /// The area without its last column.
        static let withoutPartnershipColumn =
            HandMadeArea.csv.split(separator: "\n").map {
                $0.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",")
            }.joined(separator: "\n") + "\n"

        @Test(arguments: cases)
        func nothingIsWrittenAndAnEarlierOutputIsKept(what: String, dataset: String, message: String) throws {
            let folder = try HandMadeArea.folder(data: Self.withoutPartnershipColumn)
            let arguments = ["batch", dataset, "--map", "map.yaml", "--output", "out.csv"]
            let first = try HandMadeArea.run(arguments, in: folder)
            #expect(first.status == 2, "\(what): \(first.stderr)")
            #expect(first.stderr.contains(message), "\(what): \(first.stderr)")
            #expect(try folder.names() == ["map.yaml", "schools.csv"], "\(what): no output and no partial file")

            try folder.write("earlier answers\n", to: "out.csv")
            let second = try HandMadeArea.run(arguments, in: folder)
            #expect(second.status == 2, "\(what): \(second.stderr)")
            #expect(folder.read("out.csv") == "earlier answers\n", "\(what): the earlier output is untouched")
            #expect(try folder.names() == ["map.yaml", "out.csv", "schools.csv"], "\(what): no partial file")
        }
    }
}
