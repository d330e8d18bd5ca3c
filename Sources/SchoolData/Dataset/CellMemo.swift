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
    private var outcomes: [[String: Result<CellOutcome, CellError>]]

    init(facts: Int) { outcomes = Array(repeating: [:], count: facts) }

    /// The outcome for `text` in mapping `slot`, computing it with `read` the first time.
    func outcome(
        _ text: Substring, slot: Int, read: (Substring) -> Result<CellOutcome, CellError>
    ) -> Result<CellOutcome, CellError> {
        let key = String(text)
        if let known = outcomes[slot][key] { return known }
        let found = read(text)
        if outcomes[slot].count < Self.capacity { outcomes[slot][key] = found }
        return found
    }
}
