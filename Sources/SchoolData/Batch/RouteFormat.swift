/// The file formats a batch writes.
public enum RouteFormat: String, Sendable, CaseIterable {
    /// One header row, then one row per school; lists joined with ` | ` and `; `.
    case csv
    /// One JSON object per line.
    case jsonl
    /// One JSON array of objects.
    case json

    /// The format a file's extension names, if it names one.
    public init?(path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".csv") {
            self = .csv
        } else if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") {
            self = .jsonl
        } else if lowered.hasSuffix(".json") {
            self = .json
        } else {
            return nil
        }
    }
}
