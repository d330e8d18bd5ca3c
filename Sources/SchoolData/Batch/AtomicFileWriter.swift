import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a file so that readers see either the old file or the whole new one, never half of it.
///
/// The text goes to a hidden file beside the target, which is renamed over the target only when
/// ``commit()`` succeeds; ``abandon()``, or an interrupt that calls ``removePartialFileFromSignalHandler()``,
/// removes it.
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
        // Named for the interrupt handler before the file exists, so no moment leaves it unnamed.
        PartialFileSlot.set(partialPath)
        descriptor = open(partialPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw AtomicWriteError(message: "cannot write in `\(folder)`: \(String(cString: strerror(errno)))")
        }
        buffer.reserveCapacity(Self.flushSize + 4096)
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
        PartialFileSlot.clear()
    }

    /// Removes the hidden file, leaving any earlier target untouched.
    public func abandon() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(partialPath)
        PartialFileSlot.clear()
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

    /// Makes the interrupt path ready; call before installing a signal handler that calls
    /// ``removePartialFileFromSignalHandler()``, so the handler never initialises anything.
    public static func prepareForInterrupts() { PartialFileSlot.prepare() }

    /// Removes the hidden file being written, if any. Async-signal-safe once prepared: it reads a
    /// fixed C buffer and calls `unlink`, allocating nothing and taking no lock.
    public static func removePartialFileFromSignalHandler() { PartialFileSlot.removeFile() }
}

/// Why a file could not be written.
public struct AtomicWriteError: Error, Sendable, CustomStringConvertible {
    /// One line saying what failed.
    public let message: String
    /// The message.
    public var description: String { message }
}

/// The path of the hidden file being written, as a C string in memory allocated once, which a signal
/// handler can read without allocating, locking or initialising anything. One slot: a process writes
/// one output at a time.
private enum PartialFileSlot {
    private static let capacity = 4096
    nonisolated(unsafe) private static let path: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        buffer.initialize(repeating: 0, count: capacity)
        return buffer
    }()

    static func prepare() { path[0] = path[0] }

    static func set(_ text: String) {
        let bytes = Array(text.utf8)
        // A path too long for the slot is not named; the worst case is a leftover hidden file.
        guard bytes.count < capacity else { return clear() }
        path[0] = 0
        for (index, byte) in bytes.enumerated().dropFirst() { path[index] = CChar(bitPattern: byte) }
        path[bytes.count] = 0
        if let first = bytes.first { path[0] = CChar(bitPattern: first) }
    }

    static func clear() { path[0] = 0 }

    static func removeFile() { if path[0] != 0 { unlink(path) } }
}
