#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a file is, whatever name reaches it: its device and inode. Two paths, a symlink and its
/// target, or two hard links name the same file exactly when their identities are equal.
public struct FileIdentity: Sendable, Hashable {
    /// The device that holds the file.
    public let device: UInt64
    /// The file's number on that device.
    public let inode: UInt64

    /// The identity of the file `path` names, following symlinks; `nil` when there is none.
    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The identity of an open file.
    public init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
