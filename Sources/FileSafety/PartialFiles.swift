import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The hidden files being written, named where a signal handler can find and remove them.
///
/// A handler may run between any two instructions, so it must not allocate, lock or initialise
/// anything. The names therefore live in one block of C memory allocated when the type is first
/// used (``prepare()`` forces that before a handler is installed): `slotCount` slots of
/// `slotCapacity` bytes, each holding a NUL-terminated path or starting with NUL when free.
///
/// Why the unsafe memory is safe here: the block is allocated once and never freed or moved, so
/// the handler's pointer is always valid. Slots are claimed and released only under `claims`, so
/// two writers never share one. A writer fills its slot's bytes after the first and writes the
/// first byte last; it frees the slot by zeroing the first byte. A handler that runs meanwhile
/// therefore sees either an empty slot or a whole path, never half of one. A writer beyond the
/// slots, or with a path longer than a slot, is simply not named: the worst case is a hidden file
/// that the next run sweeps away (``OutputFile`` removes leftovers whose process is gone).
public enum PartialFiles {
    static let slotCount = 16
    static let slotCapacity = 4096
    private static let claims = Mutex<[Bool]>(Array(repeating: false, count: slotCount))
    // Unsafe by need: a signal handler may read only plain memory, never a lock. The block is
    // allocated once and never freed; writers touch only the slot `claims` gave them, in the order
    // described above, and the handler only reads.
    nonisolated(unsafe) private static let memory: UnsafeMutablePointer<CChar> = {
        let block = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotCapacity)
        block.initialize(repeating: 0, count: slotCount * slotCapacity)
        return block
    }()

    /// Allocates the slots now; call before installing a handler that calls ``removeAllFromSignalHandler()``.
    public static func prepare() { memory[0] = memory[0] }

    /// Names `path` in a free slot; the slot's number, or `nil` when it cannot be named.
    static func claim(_ path: String) -> Int? {
        let bytes = Array(path.utf8)
        guard bytes.count < slotCapacity, let first = bytes.first else { return nil }
        guard
            let slot = claims.withLock({ taken -> Int? in
                guard let free = taken.firstIndex(of: false) else { return nil }
                taken[free] = true
                return free
            })
        else { return nil }
        let start = memory + slot * slotCapacity
        for (index, byte) in bytes.enumerated().dropFirst() { start[index] = CChar(bitPattern: byte) }
        start[bytes.count] = 0
        start[0] = CChar(bitPattern: first)
        return slot
    }

    /// Frees a slot from ``claim(_:)``.
    static func release(_ slot: Int) {
        memory[slot * slotCapacity] = 0
        claims.withLock { $0[slot] = false }
    }

    /// Whether any hidden file is named now. Async-signal-safe.
    public static var anyNamed: Bool {
        var slot = 0
        while slot < slotCount {
            if memory[slot * slotCapacity] != 0 { return true }
            slot += 1
        }
        return false
    }

    /// Removes every hidden file named now. Async-signal-safe: it reads the block and calls `unlink`.
    public static func removeAllFromSignalHandler() {
        for slot in 0..<slotCount where memory[slot * slotCapacity] != 0 {
            unlink(memory + slot * slotCapacity)
        }
    }
}
