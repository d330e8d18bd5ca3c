/// Bounds and tuning for a ``TableReader``.
///
/// The defaults keep memory bounded whatever the input: a reader holds one chunk and one record at
/// a time, so a hostile or broken file (a stray quote that swallows the rest) costs at most
/// ``maximumRecordBytes`` plus ``chunkSize``.
public struct TableReadOptions: Sendable, Hashable {
    /// The most rows read before stopping, or `nil` (the default) for no limit.
    ///
    /// Rows that are reported as errors count too. When the file holds more, the reader reports
    /// one `too-many-rows` error at the first row it leaves unread, then stops.
    public var maximumRows: Int?
    /// The largest record accepted, in bytes of field content; 1 MiB by default.
    ///
    /// A longer record is reported as a `record-too-large` error for that row and skipped.
    public var maximumRecordBytes: Int
    /// How many bytes are read from the file at a time; 1 MiB by default.
    ///
    /// Only tests have reason to change it, to make chunk boundaries fall in awkward places. Sizes
    /// below 4 bytes are read as 4, so a byte-order mark always fits in the first chunk.
    public var chunkSize: Int

    /// Creates options.
    public init(maximumRows: Int? = nil, maximumRecordBytes: Int = 1 << 20, chunkSize: Int = 1 << 20) {
        self.maximumRows = maximumRows
        self.maximumRecordBytes = maximumRecordBytes
        self.chunkSize = chunkSize
    }
}
