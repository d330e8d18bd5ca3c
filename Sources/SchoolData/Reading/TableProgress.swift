/// How far a ``TableReader`` has got through its input, for drawing a progress bar.
public struct TableProgress: Sendable, Hashable {
    /// The bytes read and parsed so far.
    public var bytesRead: Int
    /// The input's size, or `nil` when it is a pipe whose size cannot be known in advance.
    public var totalBytes: Int?

    /// Creates a progress report.
    public init(bytesRead: Int, totalBytes: Int?) {
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
    }

    /// The share read so far, from 0 to 1, when the size is known.
    public var fractionCompleted: Double? {
        guard let totalBytes else { return nil }
        // An empty file, or one that grew while being read, is complete once read.
        return totalBytes > 0 ? min(1, Double(bytesRead) / Double(totalBytes)) : 1
    }
}
