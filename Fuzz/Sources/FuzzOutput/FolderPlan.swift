import FileSafety
import Foundation
import SupportRouting
import SupportRoutingYAML

#if canImport(Glibc)
    import Glibc
#endif

/// The folder a run builds, and the promises checked against it afterwards.
struct FolderPlan {
    /// What one name in the folder is, as seen without following links.
    struct Entry: Equatable {
        var kind: mode_t
        var mode: mode_t
        var content: Data?
        var link: String?
    }

    static let names = ["a.yaml", "b.yaml", "c.csv", "d", "sub/e.yaml"]
    let folder: String
    private var fifoReaders: [Int32] = []
    /// Where each name led before the write, so a replaced file can be told from one that must not change.
    var realPathBefore: [String: String] = [:]

    init(folder: String) {
        self.folder = folder
        mkdir(folder + "/sub", 0o755)
    }

    func path(_ name: String) -> String { folder + "/" + name }

    /// Makes each name one kind of thing, or leaves it absent.
    mutating func build(from input: inout ByteStream) {
        for name in Self.names {
            let choice = input.next()
            let path = path(name)
            switch choice % 9 {
            case 0: break
            case 1, 2:
                FileManager.default.createFile(atPath: path, contents: Data(input.take(Int(choice % 40))))
                chmod(path, mode_t(0o600 + (Int(input.next()) % 8) * 0o10 + Int(input.next() % 2) * 4))
            case 3: symlink(Self.names[Int(input.next()) % Self.names.count], path)
            case 4: symlink("missing/nowhere", path)
            case 5:
                mkfifo(path, 0o644)
                // Held open for reading and writing, so a writer never blocks waiting for a reader.
                let reader = open(path, O_RDWR | O_NONBLOCK)
                if reader >= 0 { fifoReaders.append(reader) }
            case 6: mkdir(path, 0o755)
            case 7: link(self.path(Self.names[Int(input.next()) % Self.names.count]), path)
            default:
                // /dev/null (1, 3) or /dev/full (1, 7), made here; only root can.
                if getuid() == 0 { mknod(path, S_IFCHR | 0o666, dev_t(1 << 8 | (choice % 2 == 0 ? 3 : 7))) }
            }
        }
    }

    /// Notes where each name leads now.
    mutating func noteRealPaths() {
        for name in Self.names { realPathBefore[name] = realPath(name) }
    }

    /// What is at each name now.
    func snapshot() -> [String: Entry] {
        var entries: [String: Entry] = [:]
        for name in Self.names {
            var status = stat()
            guard lstat(path(name), &status) == 0 else { continue }
            let kind = status.st_mode & S_IFMT
            entries[name] = Entry(
                kind: kind, mode: status.st_mode & 0o7777,
                content: kind == S_IFREG ? FileManager.default.contents(atPath: path(name)) : nil,
                link: kind == S_IFLNK ? try? FileManager.default.destinationOfSymbolicLink(atPath: path(name)) : nil)
        }
        return entries
    }

    /// Reads some names as rule files under fuzzed limits; the identities of the files read.
    func readSome(from input: inout ByteStream) -> Set<FileIdentity> {
        var read: Set<FileIdentity> = []
        let limits = DocumentReader.Limits(
            maximumBytes: input.limit(small: 4096), maximumDepth: input.limit(small: 16),
            maximumNodes: input.limit(small: 1000), maximumStringLength: input.limit(small: 256))
        for name in Self.names where input.next() % 3 == 0 {
            _ = RuleSetLoader.load(contentsOf: path(name), limits: limits)
            if case .success(let descriptor) = InputFile.open(path(name)) {
                if let id = FileIdentity(descriptor: descriptor) { read.insert(id) }
                close(descriptor)
            }
        }
        return read
    }

    /// The name to write: one of the names, or a new one, or one in a missing folder.
    func outputName(from input: inout ByteStream) -> String {
        let choice = Int(input.next())
        if choice % 8 == 7 { return "missing/out.csv" }
        if choice % 8 == 6 { return "new.csv" }
        return Self.names[choice % Self.names.count]
    }

    /// Empties and closes the FIFOs' readers.
    mutating func drainFIFOs() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        for reader in fifoReaders {
            while read(reader, &buffer, buffer.count) > 0 {}
            close(reader)
        }
        fifoReaders = []
    }

    /// Where `name` leads: the real file's path, or for a link to nothing, where the link points.
    func realPath(_ name: String) -> String? {
        var current = path(name)
        for _ in 0..<10 {
            if let resolved = realpath(current, nil) {
                defer { free(resolved) }
                return String(cString: resolved)
            }
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                // Nothing there: the path itself, with its folder made real.
                guard let folder = realpath((current as NSString).deletingLastPathComponent, nil) else { return nil }
                defer { free(folder) }
                return String(cString: folder) + "/" + (current as NSString).lastPathComponent
            }
            current =
                destination.hasPrefix("/")
                ? destination : (current as NSString).deletingLastPathComponent + "/" + destination
        }
        return nil
    }

    /// The kind of file `name` leads to, following links; `nil` when there is none.
    func kindFollowingLinks(_ name: String) -> mode_t? {
        var status = stat()
        guard stat(path(name), &status) == 0 else { return nil }
        return status.st_mode & S_IFMT
    }

    /// Checks every promise; stops the fuzzer on the first one broken.
    func verify(
        before: [String: Entry], read: Set<FileIdentity>, target: String, targetBefore: String?,
        targetKind: mode_t?, targetIdentity: FileIdentity?, wrote text: String?
    ) {
        let after = snapshot()
        if let text {
            if let targetIdentity, read.contains(targetIdentity) { fail("wrote over an input") }
            if targetKind == nil || targetKind == S_IFREG,
                FileManager.default.contents(atPath: realPath(target) ?? path(target)) != Data(text.utf8)
            {
                fail("the output \(target) does not hold the text")
            }
        }
        for name in Self.names {
            let old = before[name]
            let new = after[name]
            let wasTarget = targetBefore != nil && realPathBefore[name] == targetBefore
            if text != nil, wasTarget, old == nil || old?.kind == S_IFREG {
                guard let new, new.content == Data(text!.utf8) else { fail("\(name) does not hold the output") }
                if let old, new.mode != old.mode { fail("\(name) lost its mode \(old.mode), now \(new.mode)") }
                continue
            }
            if new != old { fail("\(name) changed: \(String(describing: old)) to \(String(describing: new))") }
        }
        for folderPath in [folder, folder + "/sub"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folderPath)) ?? []
            if let hidden = names.first(where: { $0.contains(".partial-") }) {
                fail("a hidden file is left: \(hidden)")
            }
        }
    }

    private func fail(_ message: String) -> Never { fatalError("broken promise: \(message)") }
}
