/// Finds the rows whose school id an earlier row has, so that they are refused: an id names one school, and
/// two answers under one id could not be told apart.
///
/// The first pass over a file remembers the line where each id was first read; it then keeps only the
/// repeats it found, which later passes over the same file look up by line, so a second pass holds no ids.
struct RepeatedIDs {
    private var firstLines: [String: Int] = [:]
    /// Ids written as plain numbers (URNs are), kept as numbers: hashing one is cheaper than hashing text,
    /// and this search runs on one thread for every row of the file.
    private var firstLinesByNumber: [Int: Int] = [:]
    /// Each repeating row's line, and the line of the first row with its id.
    private var repeats: [Int: Int] = [:]
    private var settled = false

    /// The line of the first row with `id`, when the row on `line` repeats it; `nil` for the first.
    mutating func firstLine(of id: String, at line: Int) -> Int? {
        if settled { return repeats.isEmpty ? nil : repeats[line] }
        if let number = Self.number(id) {
            if let first = firstLinesByNumber[number] {
                repeats[line] = first
                return first
            }
            firstLinesByNumber[number] = line
            return nil
        }
        if let first = firstLines[id] {
            repeats[line] = first
            return first
        }
        firstLines[id] = line
        return nil
    }

    /// Makes room for `count` ids at once in the table the ids so far went to (numbers or text), so a
    /// large file's ids are not rehashed each time the table doubles, nor held twice while it does.
    mutating func reserve(_ count: Int) {
        guard !settled else { return }
        if firstLinesByNumber.count >= firstLines.count {
            firstLinesByNumber.reserveCapacity(count)
        } else {
            firstLines.reserveCapacity(count)
        }
    }

    /// Lets the ids go once a pass is over, keeping the repeats found, for further passes over the same file.
    mutating func settle() {
        firstLines = [:]
        firstLinesByNumber = [:]
        settled = true
    }

    /// The id as a number when it is written as one with no leading zero and no sign, so that two ids
    /// are the same number only when they are the same text.
    private static func number(_ id: String) -> Int? {
        let digits = id.utf8
        guard let first = digits.first, first != UInt8(ascii: "0") || digits.count == 1, digits.count <= 18 else {
            return nil
        }
        var value = 0
        for digit in digits {
            guard digit >= UInt8(ascii: "0") && digit <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }
}
