#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output or standard error, written with every failure reported rather than trapped.
public enum StandardStream: Sendable {
    case output, error

    /// What became of a write.
    public enum Outcome: Sendable, Equatable {
        /// Every byte was written.
        case written
        /// The reader went away (`EPIPE`, as when piped to `head`).
        case closed
        /// The system refused, for the reason given (such as `No space left on device`).
        case failed(String)
    }

    /// The stream's descriptor.
    public var descriptor: Int32 { self == .output ? STDOUT_FILENO : STDERR_FILENO }

    /// Writes `text` whole.
    public func write(_ text: some StringProtocol) -> Outcome {
        let failure: Int32?
        if let written = text.utf8.withContiguousStorageIfAvailable({ writeAll(descriptor, UnsafeRawBufferPointer($0)) }
        ) {
            failure = written
        } else {
            var copy = String(text)
            failure = copy.withUTF8 { writeAll(descriptor, UnsafeRawBufferPointer($0)) }
        }
        switch failure {
        case nil: return .written
        case EPIPE?: return .closed
        case let code?: return .failed(systemMessage(code))
        }
    }

    /// Makes a closed reader an `EPIPE` error to handle rather than a signal that kills the process
    /// before it can remove its hidden files. Call once, at start.
    public static func reportClosedPipes() {
        signal(SIGPIPE, SIG_IGN)
    }
}
