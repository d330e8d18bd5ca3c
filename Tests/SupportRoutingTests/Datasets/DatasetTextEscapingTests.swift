import Foundation
import Testing

extension BatchCommandTests {
    /// A name in a dataset is untrusted text: the partner list and the capacity table show its control
    /// characters escaped, so an escape sequence in a cell cannot clear the screen.
    struct DatasetTextEscapingTests {
        static let hostile = HandMadeArea.csv.replacingOccurrences(of: "Alder", with: "Al\u{1B}[2Jder")

        @Test(arguments: [["partners", "--id", "300001"], ["capacity", "--by", "la"]])
        func namesFromTheDatasetAreEscaped(_ command: [String]) throws {
            let folder = try HandMadeArea.folder(data: Self.hostile)
            let result = try HandMadeArea.run(
                [command[0], "--schools", "schools.csv", "--map", "map.yaml"] + command.dropFirst(), in: folder)
            #expect(!result.stdout.contains("\u{1B}") && !result.stderr.contains("\u{1B}"))
            if command[0] == "partners" { #expect(result.stdout.contains("Al\\e[2Jder"), "\(result.stdout)") }
        }
    }
}
