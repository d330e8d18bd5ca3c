import SupportRouting

/// Some of a profile's values written as bytes, for memos keyed by them: a tag for each value's case
/// (or none), then its payload, as short as the tag allows, so two lists of values are written alike
/// only when they are the same values. A number is written as its bits: `0` and `-0` are two keys,
/// with the same answer.
enum ValueKey {
    /// Calls `body` with the values of `slots` written as a key, on the stack (no allocation, no `Hasher`),
    /// each value as `written(slot, value)` gives it: the case a value falls in, for a memo of answers that
    /// only the cases decide.
    static func withBytes<Found>(
        _ values: [FactValue?], slots: [Int], as written: (Int, FactValue) -> FactValue,
        _ body: (UnsafeRawBufferPointer) -> Found
    ) -> Found {
        var size = 0
        for slot in slots {
            size += 9
            if let value = values[slot], case .string(let text) = written(slot, value) { size += text.utf8.count }
        }
        return withUnsafeTemporaryAllocation(byteCount: size, alignment: 8) { key in
            var offset = 0
            func put(_ tag: UInt8) {
                key[offset] = tag
                offset += 1
            }
            func put(_ tag: UInt8, _ payload: UInt64) {
                put(tag)
                key.storeBytes(of: payload, toByteOffset: offset, as: UInt64.self)
                offset += 8
            }
            for slot in slots {
                switch values[slot].map({ written(slot, $0) }) {
                case nil: put(0)
                case .bool(let value): put(value ? 2 : 1)
                case .enumeration(let index) where index >= 0 && index < 256:
                    put(3)
                    put(UInt8(index))
                case .enumeration(let index): put(4, UInt64(bitPattern: Int64(index)))
                case .number(let number): put(5, number.bitPattern)
                case .set(let members): put(6, members)
                case .string(let text):
                    put(7, UInt64(text.utf8.count))
                    for byte in text.utf8 { put(byte) }
                }
            }
            return body(UnsafeRawBufferPointer(rebasing: key[..<offset]))
        }
    }
}
