/// Finds the rows whose school id an earlier row has, so that they are refused: an id names one school, and
/// two answers under one id could not be told apart.
///
/// The first pass over a file remembers the line where each id was first read; it then keeps only the
/// repeats it found, which later passes over the same file look up by line, so a second pass holds no ids.
struct RepeatedIDs {
    private var firstLines: [String: Int] = [:]
    /// Each repeating row's line, and the line of the first row with its id.
    private var repeats: [Int: Int] = [:]
    private var settled = false

    /// The line of the first row with `id`, when the row on `line` repeats it; `nil` for the first.
    mutating func firstLine(of id: String, at line: Int) -> Int? {
        if settled { return repeats[line] }
        if let first = firstLines[id] {
            repeats[line] = first
            return first
        }
        firstLines[id] = line
        return nil
    }

    /// Lets the ids go once a pass is over, keeping the repeats found, for further passes over the same file.
    mutating func settle() {
        firstLines = [:]
        settled = true
    }
}
