import FileSafety
import Foundation
import SupportRouting
import SupportRoutingYAML

#if canImport(Glibc)
    import Glibc
#endif

/// Builds a small folder of files, links, folders, FIFOs and (as root) device nodes from the input,
/// reads some of them as rule files and profiles under limits taken from the input (extremes
/// included), then writes an output to one of the names and commits or abandons it. After each
/// run it checks what the tool promises: no input changed, no link, FIFO or device replaced, a
/// replaced file holds exactly the new text with its old mode, an abandoned or failed output left
/// the old file as it was, and no hidden file is left behind. A broken promise stops the fuzzer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    var input = ByteStream(Array(UnsafeRawBufferPointer(start: start, count: count)))
    let folder = Scratch.fresh()
    defer { Scratch.remove(folder) }
    FilesRead.forgetAll()
    var plan = FolderPlan(folder: folder)
    plan.build(from: &input)
    let before = plan.snapshot()
    plan.noteRealPaths()
    let read = plan.readSome(from: &input)
    let target = plan.outputName(from: &input)
    let targetBefore = plan.realPath(target)
    let targetKind = plan.kindFollowingLinks(target)
    let targetIdentity = FileIdentity(path: folder + "/" + target)
    let text = String(decoding: input.take(Int(input.next() % 200) * 8), as: UTF8.self)
    let commits = input.next() % 4 != 0
    var succeeded = false
    do {
        let file = try OutputFile(path: folder + "/" + target)
        try file.write(text)
        if commits {
            try file.commit()
            succeeded = true
        } else {
            file.abandon()
        }
    } catch {}
    plan.drainFIFOs()
    plan.verify(
        before: before, read: read, target: target, targetBefore: targetBefore, targetKind: targetKind,
        targetIdentity: targetIdentity, wrote: succeeded ? text : nil)
    return 0
}

/// The fuzzer's bytes, read from the front; zeros once they run out.
struct ByteStream {
    private var bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() -> UInt8 {
        defer { position += 1 }
        return position < bytes.count ? bytes[position] : 0
    }

    mutating func take(_ count: Int) -> [UInt8] {
        let end = min(bytes.count, position + count)
        defer { position = max(position, end) }
        return position < end ? Array(bytes[position..<end]) : []
    }

    /// A limit, often an extreme one: zero, negative, the largest integer, or a small real value.
    mutating func limit(small: Int) -> Int {
        switch next() % 6 {
        case 0: Int.max
        case 1: Int.min
        case 2: 0
        case 3: -Int(next())
        case 4: Int(next()) * 64
        default: small
        }
    }
}

/// A temporary folder per run.
enum Scratch {
    static func fresh() -> String {
        var template = Array((NSTemporaryDirectory() + "/fuzz-output-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { fatalError("cannot make a temporary folder") }
        return String(cString: made)
    }

    static func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
