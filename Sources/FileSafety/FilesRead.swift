import Synchronization

/// Every file this process has opened for reading, so that no output is ever written over one of
/// them, however it is named (a symlink, a hard link, `./` or `../`).
public enum FilesRead {
    private static let identities = Mutex<Set<FileIdentity>>([])

    /// Notes that the file `identity` names is an input.
    public static func record(_ identity: FileIdentity) {
        identities.withLock { _ = $0.insert(identity) }
    }

    /// Whether the file `identity` names has been read.
    public static func contains(_ identity: FileIdentity) -> Bool {
        identities.withLock { $0.contains(identity) }
    }
}
