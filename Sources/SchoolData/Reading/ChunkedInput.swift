import FileSafety

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The path that stands for standard input, and the name used for it in messages.
enum StandardInput {
    static let path = "-"
    static let displayName = "<stdin>"
}

/// A dataset's bytes delivered one chunk at a time, so memory stays bounded whatever the file size.
struct ChunkedInput {
    private enum Source {
        /// A C stream, closed exactly once by ``close()``, after which the case is `closed`.
        case file(UnsafeMutablePointer<FILE>)
        case memory([UInt8], offset: Int)
        case closed
    }

    /// The name used in messages: the path as given, or `<stdin>`.
    let name: String
    /// The input's size in bytes, when it is a regular file or memory; a pipe's size is unknown.
    let totalBytes: Int?
    /// The bytes before the current chunk.
    private(set) var offsetOfChunk = 0
    private var source: Source
    // The buffer is reused from chunk to chunk; only its first `chunkCount` bytes are current.
    private var buffer: [UInt8]
    /// How many bytes of the buffer the current chunk holds.
    private(set) var chunkCount = 0
    /// How far into the current chunk the reader has got.
    var position = 0

    /// Opens the file at `path`, or standard input for `-`.
    static func open(path: String, chunkSize: Int) throws(TableReadError) -> ChunkedInput {
        let name = path == StandardInput.path ? StandardInput.displayName : path
        let descriptor: Int32
        if path == StandardInput.path {
            // A duplicate of standard input can be closed like any file without closing the process's own.
            descriptor = dup(STDIN_FILENO)
        } else {
            // Only a regular file: a FIFO would block the open and could not be read twice.
            switch InputFile.open(path) {
            case .success(let opened): descriptor = opened
            case .failure(.missing): throw .cannotOpen(name, systemReason: systemMessage(ENOENT))
            case .failure(.folder): throw .cannotOpen(name, systemReason: systemMessage(EISDIR))
            case .failure(.notRegular(let kind)):
                throw .cannotOpen(name, systemReason: "it is \(kind), not a regular file")
            case .failure(.cannotOpen(let reason)): throw .cannotOpen(name, systemReason: reason)
            }
        }
        guard descriptor >= 0, let file = fdopen(descriptor, "r") else {
            let reason = systemMessage(errno)
            if descriptor >= 0 { closeDescriptor(descriptor) }
            throw .cannotOpen(name, systemReason: reason)
        }
        var status = stat()
        guard fstat(fileno(file), &status) == 0 else {
            let reason = systemMessage(errno)
            fclose(file)
            throw .cannotOpen(name, systemReason: reason)
        }
        // fopen accepts a folder on Linux and fails only at the first read; say so up front.
        if status.st_mode & S_IFMT == S_IFDIR {
            fclose(file)
            throw .cannotOpen(name, systemReason: systemMessage(EISDIR))
        }
        let size = status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : nil
        return ChunkedInput(name: name, totalBytes: size, source: .file(file), chunkSize: chunkSize)
    }

    /// Input from bytes already in memory, under `name` for messages.
    init(bytes: [UInt8], name: String, chunkSize: Int) {
        self.init(name: name, totalBytes: bytes.count, source: .memory(bytes, offset: 0), chunkSize: chunkSize)
    }

    private init(name: String, totalBytes: Int?, source: Source, chunkSize: Int) {
        self.name = name
        self.totalBytes = totalBytes
        self.source = source
        // At least 4 bytes, so a byte-order mark always fits in the first chunk.
        let chunkSize = max(4, chunkSize)
        // A small file needs no more than its own size; a size of 0 may be a special file that is not empty.
        let size = totalBytes.map { $0 > 0 ? min($0, chunkSize) : chunkSize } ?? chunkSize
        self.buffer = [UInt8](repeating: 0, count: size)
    }

    /// The bytes consumed so far, for progress reports.
    var bytesConsumed: Int { offsetOfChunk + position }

    /// Calls `body` with the current chunk, valid only during the call (the array's own storage).
    func withChunk<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<chunkCount])) }
    }

    /// Replaces the current chunk with the next; `false` at the end of the input.
    mutating func advance() throws(TableReadError) -> Bool {
        let isFirstChunk = offsetOfChunk == 0 && chunkCount == 0
        defer { if isFirstChunk { skipByteOrderMark() } }
        offsetOfChunk += chunkCount
        chunkCount = 0
        position = 0
        switch source {
        case .closed:
            return false
        case .memory(let bytes, let offset):
            let end = min(bytes.count, offset + buffer.count)
            chunkCount = end - offset
            buffer.withUnsafeMutableBufferPointer { target in
                _ = target.update(fromContentsOf: bytes[offset..<end])
            }
            source = .memory(bytes, offset: end)
        case .file(let file):
            chunkCount = buffer.withUnsafeMutableBufferPointer { fread($0.baseAddress, 1, $0.count, file) }
            if chunkCount == 0, ferror(file) != 0 { throw .cannotRead(name, systemReason: Self.systemMessage(errno)) }
        }
        return chunkCount > 0
    }

    /// Steps over a UTF-8 byte-order mark at the start of the input, which spreadsheet programs
    /// often write and which would otherwise become part of the first column's name.
    private mutating func skipByteOrderMark() {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        if chunkCount >= mark.count, buffer[..<mark.count].elementsEqual(mark) { position = mark.count }
    }

    /// Closes the file, if there is one; later reads find the end of the input.
    mutating func close() {
        releaseFile()
        source = .closed
    }

    /// Closes the file, if there is one, for a holder that is going away and can no longer change.
    func releaseFile() {
        if case .file(let file) = source { fclose(file) }
    }

    /// The system's wording for an error number, such as `No such file or directory`.
    private static func systemMessage(_ code: Int32) -> String { String(cString: strerror(code)) }
}
