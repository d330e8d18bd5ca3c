/// Where a dataset is and how to read it.
public struct DatasetOptions: Sendable {
    /// The dataset: CSV, or JSONL with one object per line.
    public var path: String
    /// The mapping that says how its columns become schools.
    public var mapping: DatasetMapping
    /// The joined file, overriding the mapping's `join.file`; relative to the working folder.
    public var joinPath: String?
    /// The most rows to read; `nil` for no limit.
    public var maximumRows: Int?
    /// The longest record accepted, in bytes; a longer one is an error for its row.
    public var maximumRecordBytes: Int

    /// Creates options.
    public init(
        path: String, mapping: DatasetMapping, joinPath: String? = nil, maximumRows: Int? = nil,
        maximumRecordBytes: Int = TableReadOptions().maximumRecordBytes
    ) {
        self.path = path
        self.mapping = mapping
        self.joinPath = joinPath
        self.maximumRows = maximumRows
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// The mapping's path when none is given: the dataset's with its extension replaced by `.map.yaml`.
    public static func defaultMapPath(for dataset: String) -> String {
        let name = dataset.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return dataset + ".map.yaml" }
        return String(dataset.dropLast(name.distance(from: dot, to: name.endIndex))) + ".map.yaml"
    }

    /// The joined file's path: the override, or the mapping's path taken from the dataset's folder.
    public var resolvedJoinPath: String? {
        if let joinPath { return joinPath }
        guard let file = mapping.join?.file else { return nil }
        if file.hasPrefix("/") { return file }
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return folder.isEmpty ? file : folder + "/" + file
    }
}

/// How far a long read has got, for a progress bar.
public struct ReadProgress: Sendable {
    /// Bytes read so far.
    public var bytesRead: Int
    /// The file's size, when known.
    public var totalBytes: Int?
    /// Rows read so far.
    public var rows: Int
    /// Which pass this is, counting from 1, and how many there are.
    public var pass: (current: Int, of: Int)
}
