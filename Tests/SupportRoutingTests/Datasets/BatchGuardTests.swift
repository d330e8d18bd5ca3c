import Foundation
import Testing

extension BatchCommandTests {
    /// Mistakes that would lose data or mislead are refused before anything is written.
    struct BatchGuardTests {
        @Test func theOutputCannotBeTheDataset() throws {
            let folder = try HandMadeArea.folder()
            let before = folder.read("schools.csv")
            let result = try HandMadeArea.run(
                ["batch", "schools.csv", "--map", "map.yaml", "--output", "./schools.csv"], in: folder)
            #expect(result.status == 74)
            #expect(
                result.stderr
                    == "error: cannot write `./schools.csv`: the command reads that file; write the output to another file\n"
            )
            #expect(folder.read("schools.csv") == before)
        }

        @Test func aDatasetThatCannotBeReadLeavesStandardOutputEmpty() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(["batch", "absent.csv", "--map", "map.yaml"], in: folder)
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "error: no such dataset file `absent.csv`\n")
        }

        @Test func aFolderOrStandardInputIsNotADataset() throws {
            let folder = try HandMadeArea.folder()
            let fromFolder = try HandMadeArea.run(["batch", ".", "--map", "map.yaml"], in: folder)
            #expect(fromFolder.status == 2)
            #expect(fromFolder.stderr == "error: no such dataset file `.` (it is a folder)\n")
            let fromInput = try HandMadeArea.run(["batch", "-", "--map", "map.yaml"], in: folder)
            #expect(fromInput.status == 2)
            #expect(fromInput.stderr.hasPrefix("error: a dataset is read from a file, not standard input"))
        }

        @Test func aJSONLinesKeyNoRowHasIsReportedAndNothingIsWritten() throws {
            let folder = try HandMadeArea.folder()
            try folder.write("{\"URN\": \"1\", \"Name\": \"Only school\"}\n", to: "schools.jsonl")
            let result = try HandMadeArea.run(
                ["batch", "schools.jsonl", "--map", "map.yaml", "--output", "out.csv"], in: folder)
            #expect(result.status == 2)
            #expect(
                result.stderr.contains(
                    "schools.jsonl:1:1: error: the mapping reads key `Phase`, which no row of the file has [unknown-column]"
                ), "\(result.stderr)")
            #expect(folder.read("out.csv") == nil)
        }

        /// Without a partner search a batch reads a JSON Lines file once; a key no row has is found at its end,
        /// and the output file, kept only when the run succeeds, is never written. Standard output, written
        /// as the rows go, has the keys checked in a pass of their own first, so it stays empty too.
        @Test(arguments: [["--output", "out.jsonl"], []])
        func aKeyNoRowHasLeavesNoOutputInOnePass(_ output: [String]) throws {
            let folder = try TemporaryFolder()
            try folder.write("format: 1\ncolumns: { id: URN }\nfacts:\n  phase: { column: Phase }\n", to: "map.yaml")
            try folder.write(
                String(repeating: "{\"URN\": \"1\", \"Name\": \"School\"}\n", count: 1)
                    + (2...5000).map { "{\"URN\": \"\($0)\"}\n" }.joined(),
                to: "schools.jsonl")
            let result = try HandMadeArea.run(["batch", "schools.jsonl", "--map", "map.yaml"] + output, in: folder)
            #expect(result.status == 2)
            #expect(
                result.stderr.contains("the mapping reads key `Phase`, which no row of the file has"),
                "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(folder.read("out.jsonl") == nil)
        }

        /// A named pipe sees each answer as it is written, like standard output, so its keys are checked first.
        @Test func aKeyNoRowHasWritesNothingIntoAPipe() throws {
            let folder = try TemporaryFolder()
            try folder.write("format: 1\ncolumns: { id: URN }\nfacts:\n  phase: { column: Phase }\n", to: "map.yaml")
            try folder.write((1...5000).map { "{\"URN\": \"\($0)\"}\n" }.joined(), to: "schools.jsonl")
            let fifo = try SpecialFiles.fifo("out.pipe", in: folder)
            let reader = SpecialFiles.drain(fifo)
            let result = try HandMadeArea.run(
                ["batch", "schools.jsonl", "--map", "map.yaml", "--output", "out.pipe", "--format", "jsonl"], in: folder
            )
            #expect(result.status == 2)
            #expect(result.stderr.contains("the mapping reads key `Phase`, which no row of the file has"))
            #expect(reader.value.isEmpty)
        }

        @Test func aSchoolLeftOutOrSkippedIsNamedAsSuch() throws {
            let data = HandMadeArea.csv.replacingOccurrences(
                of: "430000,430000,Outstanding", with: "430000,430000,Superb")
            let folder = try HandMadeArea.folder(data: data)
            let result = try HandMadeArea.run(
                ["route", "--schools", "schools.csv", "--map", "map.yaml", "--id", "300001"], in: folder)
            #expect(result.status == 2)
            #expect(
                result.stderr.hasSuffix(
                    "error: no school with id `300001` in schools.csv (7 schools read, 1 row skipped with problems)\n")
            )
        }
    }
}
