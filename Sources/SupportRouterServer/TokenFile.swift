import FileSafety

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The token a server beyond loopback requires, read from a file that must be a regular file: a FIFO
/// or a device given by mistake is refused rather than read for ever.
public enum TokenFile {
    /// The shortest token taken: shorter ones are guessed too easily.
    public static let minimumLength = 16

    /// Why the token cannot be read.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        /// One line naming the file and what to do.
        public let description: String
    }

    /// The token: the first line of the file at `path`, of at least ``minimumLength`` characters.
    public static func read(_ path: String) throws(Problem) -> String {
        let bytes: [UInt8]
        switch InputFile.open(path).flatMap({ descriptor in
            defer { close(descriptor) }
            return InputFile.readAll(descriptor, limit: 4096)
        }) {
        case .success(let read): bytes = read
        case .failure(let problem): throw Problem(description: "the token file: " + problem.message(for: path))
        }
        guard let text = String(validating: bytes.prefix(4096), as: UTF8.self),
            let line = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).first,
            line.count >= minimumLength
        else {
            throw Problem(
                description:
                    "the token file `\(path)` must hold a token of at least \(minimumLength) characters on its first line"
            )
        }
        return String(line)
    }
}
