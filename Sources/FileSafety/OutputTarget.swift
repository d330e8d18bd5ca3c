#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where an output path really leads, and what is there now.
struct OutputTarget {
    /// The path after following every symbolic link, whether or not a file is there yet.
    let resolvedPath: String
    /// What is at the resolved path now; `nil` when nothing is.
    let existing: stat?

    /// Follows `path` through symbolic links, as `open` would, without creating anything.
    static func resolve(_ path: String) throws(OutputFileError) -> OutputTarget {
        guard !path.isEmpty else {
            throw OutputFileError(path: path, reason: .cannotCreate("an empty path names no file"))
        }
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0 else {
                let code = errno
                if code == ENOENT {
                    var folderStatus = stat()
                    guard stat(folder(of: current), &folderStatus) == 0, folderStatus.st_mode & S_IFMT == S_IFDIR else {
                        throw OutputFileError(path: path, reason: .missingFolder)
                    }
                    return OutputTarget(resolvedPath: current, existing: nil)
                }
                if code == ENOTDIR { throw OutputFileError(path: path, reason: .missingFolder) }
                throw OutputFileError(path: path, reason: .cannotCreate(systemMessage(code)))
            }
            guard status.st_mode & S_IFMT == S_IFLNK else {
                if status.st_mode & S_IFMT == S_IFDIR { throw OutputFileError(path: path, reason: .folder) }
                return OutputTarget(resolvedPath: current, existing: status)
            }
            guard let destination = readLink(current) else {
                throw OutputFileError(path: path, reason: .cannotCreate(systemMessage(errno)))
            }
            current = destination.hasPrefix("/") ? destination : folder(of: current) + "/" + destination
        }
        throw OutputFileError(path: path, reason: .symlinkLoop)
    }

    /// Whether the target is a regular file or nothing yet: then it is replaced whole, else written through.
    var isReplaceable: Bool {
        guard let existing else { return true }
        return existing.st_mode & S_IFMT == S_IFREG
    }

    /// The folder part of `path`: `.` for a bare name, `/` for a file at the root.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last part of `path`.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    private static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
