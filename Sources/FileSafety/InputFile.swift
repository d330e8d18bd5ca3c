#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opens files for reading, refusing anything but a regular file before a byte is read.
///
/// A named pipe (FIFO) would block the open until a writer came and could be read only once; a
/// device could be endless or have side effects. Each is refused with a message that names what
/// it is, and standard input (`-`) stays the way to read a stream. The open itself never blocks:
/// it is made non-blocking, checked, then made blocking again, so a FIFO swapped in after a check
/// cannot hang the process either. Every file opened is recorded in ``FilesRead``.
public enum InputFile {
    /// Why a path cannot be read.
    public enum Problem: Error, Sendable, Hashable {
        /// Nothing is at the path.
        case missing
        /// The path names a folder.
        case folder
        /// The path names a special file: a FIFO, a device or a socket, described in words.
        case notRegular(kind: String)
        /// The system refused to open it, for the reason given (such as `Permission denied`).
        case cannotOpen(reason: String)

        /// Stable id for diagnostics.
        public var id: String {
            switch self {
            case .missing: "no-such-file"
            case .folder: "is-directory"
            case .notRegular: "not-a-regular-file"
            case .cannotOpen: "unreadable"
            }
        }

        /// One line naming the path and what is wrong with it.
        public func message(for path: String) -> String {
            switch self {
            case .missing: "no such file `\(path)`"
            case .folder: "`\(path)` is a folder; expected a file"
            case .notRegular(let kind): "`\(path)` is \(kind), not a regular file"
            case .cannotOpen(let reason): "cannot read `\(path)`: \(reason)"
            }
        }
    }

    /// A descriptor open for reading on the regular file at `path`; the caller closes it.
    public static func open(_ path: String) -> Result<Int32, Problem> {
        let descriptor = openDescriptor(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR: return .failure(.missing)
            default: return .failure(.cannotOpen(reason: systemMessage(code)))
            }
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = systemMessage(errno)
            close(descriptor)
            return .failure(.cannotOpen(reason: reason))
        }
        let kind = status.st_mode & S_IFMT
        guard kind == S_IFREG else {
            close(descriptor)
            return .failure(kind == S_IFDIR ? .folder : .notRegular(kind: describe(kind)))
        }
        // Reads of a regular file never return EAGAIN, but a blocking descriptor is what readers expect.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        FilesRead.record(FileIdentity(status), path: path)
        return .success(descriptor)
    }

    /// The file type `kind` (the `S_IFMT` bits of a mode) in words, with an article.
    static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFDIR: "a folder"
        case S_IFLNK: "a symbolic link"
        default: "a special file"
        }
    }

    /// Reads from `descriptor` until the end, or until more than `limit` bytes have come: then the
    /// result holds `limit + 1` bytes, so the caller can tell a file that is too large.
    public static func readAll(_ descriptor: Int32, limit: Int) -> Result<[UInt8], Problem> {
        var bytes: [UInt8] = []
        let wanted = limit < Int.max ? limit + 1 : limit
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < wanted {
            let room = min(chunk.count, wanted - bytes.count)
            let count = chunk.withUnsafeMutableBytes { buffer in
                retryingInterrupted { read(descriptor, buffer.baseAddress, room) }
            }
            if count < 0 { return .failure(.cannotOpen(reason: systemMessage(errno))) }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return .success(bytes)
    }
}
