/// Remembers what each distinct cell text became, per mapped fact: a dataset repeats a few texts
/// (grades, phases, yes and no) hundreds of thousands of times, and looking one up is cheaper than
/// reading it again.
///
/// One memo serves one pass over one file, on one thread.
// Unchecked: `SchoolSource` makes one `SchoolBuilder`, and so one memo, per worker, and worker `w`
// only ever uses `builders[w]`; no two threads touch one memo, so it needs no lock.
final class CellMemo: @unchecked Sendable {
    /// Columns of free numbers would fill a memo without ever hitting it, so each stops growing here.
    private static let capacity = 4096
    /// Each slot's outcomes, looked up by the cell's bytes where they lie. Held outside the object, so that
    /// a lookup, once per cell, is not also an exclusivity check on a stored property.
    private let outcomes: UnsafeMutableBufferPointer<ByteKeyedTable<Result<CellOutcome, CellError>>>
    private static let recentCapacity = 8

    /// The first few texts of each descriptive column (phase, grade, authority, region), handed out again
    /// rather than copied anew, since most rows repeat one of them.
    private var texts: [[String]]

    init(facts: Int, columns: Int = 0) {
        outcomes = .allocate(capacity: facts)
        outcomes.initialize(repeating: ByteKeyedTable(capacity: Self.capacity))
        texts = Array(repeating: [], count: columns)
    }

    deinit {
        _ = outcomes.deinitialize()
        outcomes.deallocate()
    }

    /// The cell's text as a string, shared with an earlier row's of descriptive column `column` when the
    /// text is the same.
    func text(_ text: Substring, column: Int) -> String {
        for known in texts[column] where known == text { return known }
        let copy = String(text)
        if texts[column].count < Self.recentCapacity { texts[column].append(copy) }
        return copy
    }

    /// The outcome for `text` in mapping `slot`, computing it with `read` the first time. Texts are the same
    /// when they are but for spaces and tabs around them, which `read` must ignore too.
    func outcome(
        _ text: Substring, slot: Int, read: (Substring) -> Result<CellOutcome, CellError>
    ) -> Result<CellOutcome, CellError> {
        if let found = text.utf8.withContiguousStorageIfAvailable({
            outcome(UnsafeRawBufferPointer($0), slot: slot, read: read)
        }) {
            return found
        }
        var copy = String(text)
        return copy.withUTF8 { outcome(UnsafeRawBufferPointer($0), slot: slot, read: read) }
    }

    /// The same for a cell's text given as its UTF-8 bytes, which are valid UTF-8; `read` is given them
    /// as text the first time only.
    func outcome(
        _ bytes: UnsafeRawBufferPointer, slot: Int, read: (Substring) -> Result<CellOutcome, CellError>
    ) -> Result<CellOutcome, CellError> {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        let key = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
        // Through the pointer, so the table is used where it is rather than copied out of the buffer.
        let table = outcomes.baseAddress.unsafelyUnwrapped + slot
        if let known = table.pointee.value(for: key) { return known }
        let found = read(Substring(String(decoding: bytes, as: UTF8.self)))
        table.pointee.add(found, for: key)
        return found
    }
}
