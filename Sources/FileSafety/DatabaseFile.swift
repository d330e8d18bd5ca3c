#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks a path before an SQLite database is opened there, so a mistyped `--db` never turns a
/// user's file into a database or writes pages into a device.
///
/// SQLite writes to the file it is given and beside it (`-wal`, `-shm`, `-journal`). The path must
/// lead, through any symbolic links, to nothing yet (when the caller may create a database) or to a
/// regular file that is empty or starts with SQLite's header; and each companion file must be a
/// regular file or absent.
public enum DatabaseFile {
    /// Why a path cannot hold the database.
    public enum Problem: Error, Sendable, Hashable {
        /// Nothing is at the path, and the caller only reads.
        case missing
        /// The path names a folder.
        case folder
        /// The folder that would hold the file does not exist.
        case missingFolder
        /// Symbolic links lead round in a circle, or too far.
        case symlinkLoop
        /// The path (or the companion file named) is a FIFO, a device or a socket, described in words.
        case notRegular(kind: String, companion: String?)
        /// The file holds something that is not an SQLite database.
        case notSQLite
        /// The system refused to look at it, for the reason given.
        case cannotOpen(reason: String)

        /// One line naming the path and what to do.
        public func message(for path: String) -> String {
            switch self {
            case .missing: "no decision records at `\(path)`: the file does not exist"
            case .folder: "`\(path)` is a folder; give the name of an SQLite file"
            case .missingFolder: "cannot create `\(path)`: its folder does not exist"
            case .symlinkLoop: "cannot open `\(path)`: its symbolic links go round in a circle or too deep"
            case .notRegular(let kind, nil): "`\(path)` is \(kind), not a regular file; give the name of an SQLite file"
            case .notRegular(let kind, let companion?):
                "`\(companion)`, which SQLite would write beside `\(path)`, is \(kind); move it away first"
            case .notSQLite:
                "`\(path)` is not an SQLite database, and is left untouched; give a new file name or the server's records file"
            case .cannotOpen(let reason): "cannot open `\(path)`: \(reason)"
            }
        }
    }

    /// The first 16 bytes of every SQLite database file.
    static let header = Array("SQLite format 3\0".utf8)

    /// Whether `path` may be opened as an SQLite database; `mayCreate` when a missing file may be made.
    public static func check(_ path: String, mayCreate: Bool) -> Result<Void, Problem> {
        let target: OutputTarget
        do {
            target = try OutputTarget.resolve(path)
        } catch {
            switch error.reason {
            case .folder: return .failure(.folder)
            case .missingFolder: return .failure(mayCreate ? .missingFolder : .missing)
            case .symlinkLoop: return .failure(.symlinkLoop)
            case .cannotCreate(let why), .cannotWrite(let why), .cannotReplace(let why):
                return .failure(.cannotOpen(reason: why))
            case .input: return .failure(.notSQLite)
            }
        }
        guard let existing = target.existing else {
            guard mayCreate else { return .failure(.missing) }
            return companions(of: target.resolvedPath)
        }
        guard existing.st_mode & S_IFMT == S_IFREG else {
            return .failure(.notRegular(kind: InputFile.describe(existing.st_mode & S_IFMT), companion: nil))
        }
        if existing.st_size > 0 {
            switch startsWithHeader(target.resolvedPath) {
            case .success(true): break
            case .success(false): return .failure(.notSQLite)
            case .failure(let problem): return .failure(problem)
            }
        }
        return companions(of: target.resolvedPath)
    }

    /// Whether each file SQLite keeps beside `path` is a regular file or absent.
    private static func companions(of path: String) -> Result<Void, Problem> {
        for suffix in ["-wal", "-shm", "-journal"] {
            var status = stat()
            guard lstat(path + suffix, &status) == 0 else { continue }
            let kind = status.st_mode & S_IFMT
            if kind != S_IFREG {
                return .failure(.notRegular(kind: InputFile.describe(kind), companion: path + suffix))
            }
        }
        return .success(())
    }

    /// Whether the regular file at `path` begins with SQLite's header.
    private static func startsWithHeader(_ path: String) -> Result<Bool, Problem> {
        switch InputFile.open(path) {
        case .success(let descriptor):
            defer { close(descriptor) }
            var bytes = [UInt8](repeating: 0, count: header.count)
            let count = bytes.withUnsafeMutableBytes { buffer in
                retryingInterrupted { read(descriptor, buffer.baseAddress, header.count) }
            }
            return .success(count == header.count && bytes == header)
        case .failure(let problem):
            return .failure(.cannotOpen(reason: problem.message(for: path)))
        }
    }
}
