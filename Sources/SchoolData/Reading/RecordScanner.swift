/// Splits a byte stream into records a chunk at a time, keeping its place across chunk boundaries.
///
/// Safe with raw bytes: `bytes` is the chunk ``ChunkedInput/withChunk(_:)`` lends for the length of
/// one call, and a scanner copies what it keeps (into arrays it owns) before returning, so no
/// pointer outlives the call; every index is checked against `bytes.count` first.
protocol RecordScanner {
    /// Consumes `bytes` from `start` until a record ends or the chunk does; says where to resume
    /// and whether a record has just ended.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (resumeAt: Int, recordEnded: Bool)

    /// Marks the end of the input; `true` when a last record, without a line end, was pending.
    mutating func finish() -> Bool
}

extension RecordScanner {
    /// Feeds chunks of `input` to the scanner until a record ends; `false` when the input is used up.
    mutating func nextRecord(from input: inout ChunkedInput) throws(TableReadError) -> Bool {
        while true {
            if input.position < input.chunkCount {
                let start = input.position
                let (resumeAt, recordEnded) = input.withChunk { scan($0, from: start) }
                input.position = resumeAt
                if recordEnded { return true }
            } else if try !input.advance() {
                return finish()
            }
        }
    }
}
