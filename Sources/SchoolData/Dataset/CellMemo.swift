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
    /// The first few texts of each slot, looked through in order before `outcomes`: a column of grades or
    /// flags has no more than these, and comparing a short text is cheaper than hashing it.
    private var recent: [[(text: String, outcome: Result<CellOutcome, CellError>)]]
    private var outcomes: [[String: Result<CellOutcome, CellError>]]
    private static let recentCapacity = 8

    /// The first few texts of each descriptive column (phase, grade, authority, region), handed out again
    /// rather than copied anew, since most rows repeat one of them.
    private var texts: [[String]]

    init(facts: Int, columns: Int = 0) {
        recent = Array(repeating: [], count: facts)
        outcomes = Array(repeating: [:], count: facts)
        texts = Array(repeating: [], count: columns)
    }

    /// The cell's text as a string, shared with an earlier row's of descriptive column `column` when the
    /// text is the same.
    func text(_ text: Substring, column: Int) -> String {
        for known in texts[column] where known == text { return known }
        let copy = String(text)
        if texts[column].count < Self.recentCapacity { texts[column].append(copy) }
        return copy
    }

    /// The outcome for `text` in mapping `slot`, computing it with `read` the first time.
    func outcome(
        _ text: Substring, slot: Int, read: (Substring) -> Result<CellOutcome, CellError>
    ) -> Result<CellOutcome, CellError> {
        for entry in recent[slot] where entry.text == text { return entry.outcome }
        let key = String(text)
        if let known = outcomes[slot][key] { return known }
        let found = read(text)
        if recent[slot].count < Self.recentCapacity {
            recent[slot].append((key, found))
        } else if outcomes[slot].count < Self.capacity {
            outcomes[slot][key] = found
        }
        return found
    }
}
