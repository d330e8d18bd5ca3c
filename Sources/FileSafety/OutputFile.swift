internal import CSystemCalls

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes an output where the user pointed it, without ever harming what is there.
///
/// - A regular file, or a name with nothing there yet, is replaced whole or not at all: the text
///   goes to a hidden file beside it (`.NAME.partial-PID`, readable by its owner only while it is
///   written), which takes the old file's mode and, where allowed, its owner, and is renamed over it
///   by ``commit()``. ``abandon()``, an error or an interrupt (see ``PartialFiles``) removes it and
///   leaves the old file as it was. Hidden files left by a process that was killed are swept away.
/// - A symbolic link is followed to the file it names, which is written as above; the link stays.
/// - A device, a named pipe or a socket is written directly: it is never replaced by a file.
/// - A folder, a missing folder, and any file this process has read (``FilesRead``), checked when
///   the output opens and again before it is put in place, are refused.
public final class OutputFile {
    private enum Mode {
        case replacing(target: String, partial: String, slot: Int?, mode: mode_t, owner: (uid_t, gid_t)?)
        case direct
        case finished
    }

    /// The path as the user gave it.
    public let path: String
    private var mode: Mode

    /// Whether what is written is kept only if ``commit()`` is reached: true for a file replaced whole,
    /// false for a device, pipe or socket, which sees each write as it happens.
    public var keepsOnlyOnCommit: Bool {
        if case .direct = mode { return false }
        return true
    }
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 20
    /// How many bytes have been written, and how many of them the system was asked to put on disk: a file
    /// replaced whole is written to disk as it grows, so that the fsync before the rename has little
    /// left to do.
    private var written = 0
    private var writtenBack = 0
    private static let writebackSize = 8 << 20

    /// Opens the output at `path`; nothing is written over an existing file until ``commit()``.
    public init(path: String) throws(OutputFileError) {
        self.path = path
        let target = try OutputTarget.resolve(path)
        if let existing = target.existing, FilesRead.contains(FileIdentity(existing)) {
            throw OutputFileError(path: path, reason: .input)
        }
        guard target.isReplaceable else {
            descriptor = openDescriptor(target.resolvedPath, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw OutputFileError(path: path, reason: .cannotCreate(systemMessage(errno)))
            }
            mode = .direct
            return
        }
        // Renaming would get round a file the user made read-only; respect it as `cp` would.
        if target.existing != nil, access(target.resolvedPath, W_OK) != 0 {
            throw OutputFileError(path: path, reason: .cannotCreate(systemMessage(errno)))
        }
        let folder = OutputTarget.folder(of: target.resolvedPath)
        let name = OutputTarget.name(of: target.resolvedPath)
        Self.sweepLeftovers(of: name, in: folder)
        let partial = folder + "/." + name + ".partial-\(getpid())"
        // Named for the interrupt handler before the file exists, so no moment leaves it unnamed.
        let slot = PartialFiles.claim(partial)
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        var opened = openDescriptor(partial, flags, 0o600)
        if opened < 0, errno == EEXIST {
            // Left by an earlier process that had this process's number.
            unlink(partial)
            opened = openDescriptor(partial, flags, 0o600)
        }
        guard opened >= 0 else {
            let reason = systemMessage(errno)
            if let slot { PartialFiles.release(slot) }
            throw OutputFileError(path: path, reason: .cannotCreate("cannot create a file in `\(folder)`: \(reason)"))
        }
        descriptor = opened
        let finalMode = target.existing.map { $0.st_mode & 0o7777 } ?? (0o666 & ~Self.creationMask)
        mode = .replacing(
            target: target.resolvedPath, partial: partial, slot: slot, mode: finalMode,
            owner: target.existing.map { ($0.st_uid, $0.st_gid) })
        buffer.reserveCapacity(Self.flushSize + 4096)
    }

    /// Appends text.
    public func write(_ text: some StringProtocol) throws(OutputFileError) {
        if text.utf8.withContiguousStorageIfAvailable({ buffer.append(contentsOf: $0) }) == nil {
            buffer.append(contentsOf: text.utf8)
        }
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes what is left, then puts the new file in place of the target (or closes a device).
    public func commit() throws(OutputFileError) {
        try flush()
        switch mode {
        case .finished: return
        case .direct:
            close(descriptor)
            descriptor = -1
            mode = .finished
        case .replacing(let target, let partial, _, let finalMode, let owner):
            if let owner { _ = fchown(descriptor, owner.0, owner.1) }
            // After chown, which clears set-user-id bits, so the mode is the old file's own.
            _ = fchmod(descriptor, finalMode)
            guard fsync(descriptor) == 0 else { return try fail(.cannotWrite(systemMessage(errno))) }
            // An input read after the output opened (a file a test names, say) is still protected.
            if let now = FileIdentity(path: target), FilesRead.contains(now) { return try fail(.input) }
            guard rename(partial, target) == 0 else { return try fail(.cannotReplace(systemMessage(errno))) }
            Self.syncFolder(of: target)
            finish()
        }
    }

    /// Removes the hidden file, leaving any earlier target untouched; closes a device.
    public func abandon() {
        if case .replacing(_, let partial, _, _, _) = mode { unlink(partial) }
        finish()
    }

    deinit { abandon() }

    private func finish() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        if case .replacing(_, _, let slot?, _, _) = mode { PartialFiles.release(slot) }
        mode = .finished
    }

    private func fail(_ reason: OutputFileError.Reason) throws(OutputFileError) {
        abandon()
        throw OutputFileError(path: path, reason: reason)
    }

    private func flush() throws(OutputFileError) {
        guard !buffer.isEmpty, descriptor >= 0 else { return }
        let failure = buffer.withUnsafeBytes { writeAll(descriptor, $0) }
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
        if let failure { try fail(.cannotWrite(systemMessage(failure))) }
        if case .replacing = mode, written - writtenBack >= Self.writebackSize {
            // Only a hint: a failure here leaves the work to fsync, which reports it.
            _ = start_writeback(descriptor, Int64(writtenBack), Int64(written - writtenBack))
            writtenBack = written
        }
    }

    /// The process's file-creation mask, read once, before any worker thread could create a file.
    private static let creationMask: mode_t = {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }()

    /// Makes the rename durable; a failure here loses nothing that was not already at risk.
    private static func syncFolder(of path: String) {
        let folder = openDescriptor(OutputTarget.folder(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return }
        fsync(folder)
        close(folder)
    }

    /// Removes `.NAME.partial-PID` files beside the target whose process no longer runs.
    private static func sweepLeftovers(of name: String, in folder: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefix = "." + name + ".partial-"
        while let entry = readdir(directory) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard entryName.hasPrefix(prefix), let pid = pid_t(entryName.dropFirst(prefix.count)), pid > 0,
                pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            unlink(folder + "/" + entryName)
        }
    }
}
