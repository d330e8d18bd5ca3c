/// How a school dataset is laid out on disk.
public enum TableFormat: String, Sendable, Hashable, CaseIterable {
    /// Comma-separated values as RFC 4180 describes them, the first record naming the columns.
    case csv
    /// One JSON object per line (JSON Lines, also called NDJSON), its keys naming the columns.
    case jsonl

    /// The format a file's extension names (`.csv`, `.jsonl` or `.ndjson`, in any case), if any.
    public init?(pathExtensionOf path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "csv": self = .csv
        case "jsonl", "ndjson": self = .jsonl
        default: return nil
        }
    }
}
