import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a file so that readers see either the old file or the whole new one, never half of it.
///
/// The text goes to a hidden file beside the target, which is renamed over the target only when
/// ``commit()`` succeeds; ``abandon()``, or an interrupt that calls ``removePartialFiles()``, removes it.
public final class AtomicFileWriter {
    /// The file being written.
    public let path: String
    /// The hidden file that holds the text until it is committed.
    public let partialPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 20

    /// Opens the hidden file beside `path`.
    public init(path: String) throws(AtomicWriteError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw AtomicWriteError(message: "`\(path)` is a folder; expected a file to write")
        }
        self.path = path
        self.partialPath = folder + "/." + url.lastPathComponent + ".partial-\(getpid())"
        descriptor = open(partialPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw AtomicWriteError(message: "cannot write in `\(folder)`: \(String(cString: strerror(errno)))")
        }
        buffer.reserveCapacity(Self.flushSize + 4096)
        PartialFiles.shared.add(partialPath)
    }

    /// Appends text.
    public func write(_ text: String) throws(AtomicWriteError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes what is buffered, syncs it to disk and renames the hidden file over the target.
    public func commit() throws(AtomicWriteError) {
        try flush()
        fsync(descriptor)
        close(descriptor)
        descriptor = -1
        guard rename(partialPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            abandon()
            throw AtomicWriteError(message: "cannot replace `\(path)`: \(reason)")
        }
        PartialFiles.shared.remove(partialPath)
    }

    /// Removes the hidden file, leaving any earlier target untouched.
    public func abandon() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(partialPath)
        PartialFiles.shared.remove(partialPath)
    }

    private func flush() throws(AtomicWriteError) {
        var offset = 0
        while offset < buffer.count {
            let count = buffer[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else {
                let reason = String(cString: strerror(errno))
                abandon()
                throw AtomicWriteError(message: "cannot write `\(path)`: \(reason)")
            }
            offset += count
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { if descriptor >= 0 { abandon() } }

    /// Removes every hidden file still open; safe to call from a signal handler's path to exit.
    public static func removePartialFiles() { PartialFiles.shared.removeAll() }
}

/// Why a file could not be written.
public struct AtomicWriteError: Error, Sendable, CustomStringConvertible {
    /// One line saying what failed.
    public let message: String
    /// The message.
    public var description: String { message }
}

/// The hidden files open now, so an interrupt can remove them.
private final class PartialFiles: @unchecked Sendable {
    static let shared = PartialFiles()
    private let lock = NSLock()
    private var paths: Set<String> = []

    func add(_ path: String) { lock.withLock { _ = paths.insert(path) } }
    func remove(_ path: String) { lock.withLock { _ = paths.remove(path) } }
    func removeAll() {
        // No lock: this runs as the process is being interrupted, and a held lock must not stop the cleanup.
        for path in paths { unlink(path) }
    }
}
