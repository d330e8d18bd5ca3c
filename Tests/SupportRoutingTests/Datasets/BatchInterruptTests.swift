import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

extension BatchCommandTests {
    /// Ctrl-C in the middle of a batch leaves the earlier output file as it was and no half-written file.
    struct BatchInterruptTests {
        /// Enough made-up rows that the batch is still running when it is interrupted.
        static func manyRows(_ count: Int) -> String {
            var text =
                "URN,Name,Phase,Easting,Northing,OfstedGrade,LA,Region,ProgressScore,WeakAreas,PartnershipHealthy\n"
            for index in 0..<count {
                let grade = ["Good", "Outstanding", "Requires Improvement", "Inadequate"][index % 4]
                // Spread over 400 km each way, so the partner search stays light and the time goes on rows.
                text += "\(500_000 + index),School \(index),Primary,\(100_000 + index % 997 * 400),"
                text += "\(100_000 + index % 991 * 400),\(grade),Authority,Region,0.1,,yes\n"
            }
            return text
        }

        /// Signals at the start and later on, while rows are being read, routed and written.
        @Test(arguments: [(SIGINT, 0), (SIGTERM, 0), (SIGINT, 400_000), (SIGTERM, 800_000)] as [(Int32, UInt32)])
        func anInterruptKeepsTheEarlierOutput(signal number: Int32, after delay: UInt32) throws {
            let folder = try HandMadeArea.folder(data: Self.manyRows(200_000))
            try folder.write("the earlier output\n", to: "out.csv")
            let process = Process()
            process.executableURL = CommandRunner.executable
            process.arguments = ["batch", "schools.csv", "--map", "map.yaml", "--output", "out.csv"]
            process.currentDirectoryURL = folder.url
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            // Wait for the hidden file, so the signal lands while the output is being written.
            let deadline = Date().addingTimeInterval(60)
            while try !folder.names().contains(where: { $0.hasPrefix(".out.csv.partial-") }), Date() < deadline,
                process.isRunning
            {
                usleep(20_000)
            }
            usleep(delay)
            #expect(process.isRunning, "the batch ended before it could be interrupted")
            kill(process.processIdentifier, number)
            process.waitUntilExit()
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(said.hasSuffix("interrupted; the unfinished output file was removed\n"), "\(said)")
            #expect(process.terminationStatus == 128 + number)
            #expect(folder.read("out.csv") == "the earlier output\n")
            #expect(try folder.names().filter { $0.hasPrefix(".") }.isEmpty)
        }
    }
}

extension BatchCommandTests.BatchInterruptTests {
    /// On a terminal, Ctrl-C clears the progress line and says what happened on a clean line.
    @Test func anInterruptOnATerminalEndsTheProgressLine() throws {
        let folder = try HandMadeArea.folder(data: Self.manyRows(200_000))
        // `script` gives the batch a terminal; the inner script interrupts it once the bar is drawn.
        try folder.write(
            "\"$1\" batch schools.csv --map map.yaml -o out.csv & pid=$!\nsleep 1.5\nkill -INT $pid\nwait $pid\n",
            to: "interrupt.sh")
        let result = try CommandRunner.runShell(
            "exec script -qec \"bash interrupt.sh $0\" /dev/null", [], in: folder.url)
        #expect(result.stdout.contains("routing schools.csv"), "no progress bar was drawn: \(result.stdout)")
        #expect(
            result.stdout.contains("\r\u{1B}[Kinterrupted; the unfinished output file was removed"),
            "\(result.stdout.debugDescription)")
        #expect(try folder.names() == ["interrupt.sh", "map.yaml", "schools.csv"])
    }
}
