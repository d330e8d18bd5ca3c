/// Groups the suites that run the dataset commands (`batch`, `partners`, `capacity`, and `route` on a dataset)
/// as a user would, in a temporary folder, so `swift test --filter BatchCommandTests` runs exactly them.
enum BatchCommandTests {
    /// The counts by route in the summary `batch` prints on standard error: its indented `route  count` lines.
    static func summaryCounts(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").filter { $0.hasPrefix("  ") }.map {
            $0.split(separator: " ").joined(separator: " ")
        }
    }

    /// Whether `text` holds a carriage return or an escape, which only a progress bar would write.
    static func hasTerminalControls(_ text: String) -> Bool {
        text.utf8.contains(0x0D) || text.utf8.contains(0x1B)
    }
}
