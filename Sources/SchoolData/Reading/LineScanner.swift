#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits bytes into lines a chunk at a time, for JSON Lines, where a record never spans lines.
struct LineScanner: RecordScanner {
    let maximumRecordBytes: Int
    /// The current line's number, counting from 1.
    private(set) var line = 0
    /// The current line's bytes, without its line feed.
    private(set) var content: [UInt8] = []
    /// Whether the current line is longer than the limit; its bytes are then not kept.
    private(set) var isTooLarge = false
    private var atLineStart = true

    init(maximumRecordBytes: Int) {
        self.maximumRecordBytes = maximumRecordBytes
    }

    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (resumeAt: Int, recordEnded: Bool) {
        if atLineStart {
            content.removeAll(keepingCapacity: true)
            isTooLarge = false
            line += 1
            atLineStart = false
        }
        var index = bytes.count
        if start < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + start, 0x0A, bytes.count - start)
        {
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        if !isTooLarge {
            if content.count + (index - start) > maximumRecordBytes {
                isTooLarge = true
            } else {
                content.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            }
        }
        guard index < bytes.count else { return (index, false) }
        atLineStart = true
        return (index + 1, true)
    }

    mutating func finish() -> Bool {
        defer { atLineStart = true }
        return !atLineStart
    }
}
