import Synchronization

/// Every file this process has opened for reading, so that no output is ever written over one of
/// them, however it is named (a symlink, a hard link, `./` or `../`).
///
/// A file is known by its identity and the path it was read through. An identity alone would not
/// do: once a file is deleted its inode number can be given to a new file, which was never read.
/// So a match counts only while the path read still names that same file.
public enum FilesRead {
    private static let paths = Mutex<[FileIdentity: Set<String>]>([:])

    /// Notes that the file `identity` names, read through `path`, is an input.
    public static func record(_ identity: FileIdentity, path: String) {
        paths.withLock { _ = $0[identity, default: []].insert(path) }
    }

    /// Whether the file `identity` names has been read, and is still the file at a path it was read through.
    public static func contains(_ identity: FileIdentity) -> Bool {
        let readThrough = paths.withLock { $0[identity] ?? [] }
        return readThrough.contains { FileIdentity(path: $0) == identity }
    }

    /// Forgets every file read, for a process that runs one piece of work after another (a server, a
    /// fuzzer) and must not let one's inputs protect files from the next.
    public static func forgetAll() {
        paths.withLock { $0.removeAll() }
    }
}
