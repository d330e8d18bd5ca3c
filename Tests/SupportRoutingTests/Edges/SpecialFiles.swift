import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Devices, named pipes and links made inside a test's own temporary folder, never the system's.
enum SpecialFiles {
    /// Whether the tests run as root, which making a device node needs.
    static let canMakeDevices = getuid() == 0

    /// A character device like `/dev/null` (1, 3) at `name` in `folder`.
    @discardableResult
    static func nullDevice(_ name: String, in folder: TemporaryFolder) throws -> String {
        try device(name, in: folder, minor: 3)
    }

    /// A character device like `/dev/full` (1, 7): every write fails with "no space left on device".
    @discardableResult
    static func fullDevice(_ name: String, in folder: TemporaryFolder) throws -> String {
        try device(name, in: folder, minor: 7)
    }

    private static func device(_ name: String, in folder: TemporaryFolder, minor: Int) throws -> String {
        let path = folder.path(name)
        try #require(
            mknod(path, S_IFCHR | 0o666, dev_t(1 << 8 | minor)) == 0, "mknod: \(String(cString: strerror(errno)))")
        return path
    }

    /// A named pipe at `name` in `folder`.
    @discardableResult
    static func fifo(_ name: String, in folder: TemporaryFolder) throws -> String {
        let path = folder.path(name)
        try #require(mkfifo(path, 0o644) == 0)
        return path
    }

    /// A symbolic link at `name` in `folder` pointing at `destination`, as written.
    @discardableResult
    static func symlink(_ name: String, to destination: String, in folder: TemporaryFolder) throws -> String {
        let path = folder.path(name)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: destination)
        return path
    }

    /// The file type bits of what is at `path`, not following a link.
    static func kind(_ path: String) -> mode_t {
        var status = stat()
        guard lstat(path, &status) == 0 else { return 0 }
        return status.st_mode & S_IFMT
    }

    /// The permission bits of the file at `path`.
    static func permissions(_ path: String) -> mode_t {
        var status = stat()
        guard stat(path, &status) == 0 else { return 0 }
        return status.st_mode & 0o7777
    }

    /// The process's file-creation mask.
    static var creationMask: mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// Reads everything from the FIFO at `path` on a thread of its own (never a task: a blocked task
    /// could hold one of the few cooperative threads the writer's test needs), so a writer can open it.
    static func drain(_ path: String) -> FIFOReader { FIFOReader(path) }
}

/// A thread that reads a FIFO to its end.
final class FIFOReader: @unchecked Sendable {
    // Safe: `text` is written once by the thread before it signals `done`, and read only after `wait`.
    private var text = ""
    private let done = DispatchSemaphore(value: 0)

    init(_ path: String) {
        let thread = Thread { [self] in
            if let handle = FileHandle(forReadingAtPath: path) {
                text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
            }
            done.signal()
        }
        thread.start()
    }

    /// Everything read, once the writer has closed the FIFO; empty if that takes more than a minute.
    var value: String {
        guard done.wait(timeout: .now() + 60) == .success else { return "" }
        return text
    }
}
