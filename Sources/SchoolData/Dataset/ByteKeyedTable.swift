#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A table from runs of bytes to values, for memos a worker consults once per cell: a key is looked up
/// from the bytes where they lie (a slice of a line), so a hit neither copies the text into a string
/// nor hashes it through `Hasher`; keys are copied once, into one buffer, when they are added.
///
/// Open addressing with linear probing; the table doubles as it fills, up to `capacity` keys, and
/// then stops growing, so a column of free text costs one hash and a failed probe per row.
struct ByteKeyedTable<Value> {
    /// Each place's key hash, with 0 for an empty place (a key's hash is never 0).
    private var hashes: [UInt64]
    /// Each place's key, as where it starts in `keyBytes` and how long it is, and its value's index.
    private var places: [(start: Int32, count: Int32, value: Int32)]
    private var keyBytes: [UInt8] = []
    private var values: [Value] = []
    private let capacity: Int
    /// Past this many bytes of keys, no key is added: a few long texts must not hold much memory.
    private let byteCapacity: Int

    init(capacity: Int, byteCapacity: Int = 1 << 20) {
        self.capacity = capacity
        self.byteCapacity = byteCapacity
        hashes = Array(repeating: 0, count: 16)
        places = Array(repeating: (0, 0, 0), count: 16)
    }

    /// How many keys the table holds.
    var count: Int { values.count }

    /// The value for `key`, if it was added.
    func value(for key: UnsafeRawBufferPointer) -> Value? {
        let hash = Self.hash(key)
        let mask = hashes.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = hashes[index]
            if found == 0 { return nil }
            if found == hash, matches(places[index], key) { return values[Int(places[index].value)] }
            index = (index + 1) & mask
        }
    }

    /// Adds `value` for `key`, which the table does not hold, unless the table is full.
    mutating func add(_ value: Value, for key: UnsafeRawBufferPointer) {
        guard values.count < capacity, keyBytes.count + key.count <= byteCapacity else { return }
        if (values.count + 1) * 2 > hashes.count { grow() }
        let hash = Self.hash(key)
        let mask = hashes.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while hashes[index] != 0 { index = (index + 1) & mask }
        hashes[index] = hash
        places[index] = (Int32(keyBytes.count), Int32(key.count), Int32(values.count))
        keyBytes.append(contentsOf: key)
        values.append(value)
    }

    private func matches(_ place: (start: Int32, count: Int32, value: Int32), _ key: UnsafeRawBufferPointer) -> Bool {
        guard Int(place.count) == key.count else { return false }
        guard key.count > 0, let base = key.baseAddress else { return true }
        return keyBytes.withUnsafeBytes { memcmp($0.baseAddress! + Int(place.start), base, key.count) == 0 }
    }

    private mutating func grow() {
        let oldHashes = hashes
        let oldPlaces = places
        hashes = Array(repeating: 0, count: oldHashes.count * 2)
        places = Array(repeating: (0, 0, 0), count: oldHashes.count * 2)
        let mask = hashes.count - 1
        for (old, hash) in oldHashes.enumerated() where hash != 0 {
            var index = Int(truncatingIfNeeded: hash) & mask
            while hashes[index] != 0 { index = (index + 1) & mask }
            hashes[index] = hash
            places[index] = oldPlaces[old]
        }
    }

    /// A hash of the bytes, eight at a time; never 0. The keys are a file's own cell texts, and a table
    /// stops growing at `capacity`, so crafted collisions cost probes, bounded by the table's size.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        if offset < bytes.count {
            if bytes.count >= 8 {
                // The last eight bytes, some of them hashed already: the length, mixed in first, keeps
                // keys apart that this would otherwise confuse.
                tail = bytes.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
            } else {
                var shift: UInt64 = 0
                while offset < bytes.count {
                    tail |= UInt64(bytes[offset]) << shift
                    shift += 8
                    offset += 1
                }
            }
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 31
        return hash == 0 ? 1 : hash
    }
}
