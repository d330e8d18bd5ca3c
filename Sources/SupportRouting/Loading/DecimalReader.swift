/// Reads a decimal number exactly, or not at all: the one rule for every number the engine compares, in
/// rules, profiles, mappings and dataset cells alike.
///
/// A text is read only when no other number reads as the same double. A decimal of at most 15
/// significant digits always qualifies, since a double holds 15 digits exactly; so does the shortest
/// text that reads back as its double, which is what programs print (`33.333333333333336`). Any other
/// text shares its double with a different number: `29.999999999999999999` reads as the double of
/// `30`, and `x >= 30` would then hold for a value below 30. Such a text is refused, so no two numbers
/// read ever share a double, and comparing the doubles compares the decimals as written.
///
/// Only plain decimals are numbers (`-12`, `0.5`, `.5`, `1e-3`): not `nan`, `inf` or hexadecimal, which
/// Swift would read, nor a value beyond the largest double or closer to zero than a double holds exactly.
package enum DecimalReader {
    /// Why a text is not read as a number.
    package enum Problem: Error, Sendable, Hashable {
        /// Not written as a number at all, such as `SUPP` or `1_000`.
        case notANumber
        /// Not a plain decimal though Swift would read it: `nan`, `inf`, `0x1F`.
        case notDecimal
        /// Beyond the largest double, about 1.8e308.
        case tooLarge
        /// Not zero, yet closer to zero than a double holds exactly (about 2.2e-308).
        case tooSmall
        /// Reads as the same double as a different number, `readsAs`.
        case tooPrecise(readsAs: Double)

        /// Whether the text is a decimal number written well that a double cannot hold exactly.
        package var losesPrecision: Bool {
            switch self {
            case .tooSmall, .tooPrecise: true
            case .notANumber, .notDecimal, .tooLarge: false
            }
        }

        /// The problem as one line about `text`, naming what the number is for (such as `` `score` ``).
        package func message(_ text: some StringProtocol, for what: String? = nil) -> String {
            let purpose = what.map { " for \($0)" } ?? ""
            switch self {
            case .notANumber:
                return "`\(text)` is not a number\(purpose)"
            case .notDecimal:
                return "`\(text)` is not a finite decimal number\(purpose)"
            case .tooLarge:
                return "`\(text)` is too large a number\(purpose): the largest is about 1.8e308"
            case .tooSmall:
                return "`\(text)` is too small a number\(purpose) to hold exactly: the smallest is about 2.2e-308;"
                    + " write 0 for zero"
            case .tooPrecise(let value):
                return "`\(text)` is too precise a number\(purpose): it would be read as `\(FactValue.format(value))`;"
                    + " write at most \(DecimalReader.exactDigits) significant digits"
            }
        }
    }

    /// The significant digits a double always holds exactly.
    static let exactDigits = 15

    /// The number `text` writes, or why it is not read as one.
    package static func read(_ text: some StringProtocol) -> Result<Double, Problem> {
        guard let written = WrittenDecimal(text.utf8) else {
            return Double(text) == nil ? .failure(.notANumber) : .failure(.notDecimal)
        }
        guard let value = Double(text) else { return .failure(.notANumber) }
        guard value.isFinite else { return .failure(.tooLarge) }
        if written.digits.isEmpty { return .success(0) }
        guard value.magnitude >= Double.leastNormalMagnitude else { return .failure(.tooSmall) }
        // A longer text stands for its double alone only when it is the double's shortest text.
        guard written.digits.count <= exactDigits || WrittenDecimal(value.description.utf8) == written else {
            return .failure(.tooPrecise(readsAs: value))
        }
        return .success(value)
    }
}

/// A plain decimal number's significant digits and the power of ten of the first, read from its text.
private struct WrittenDecimal: Equatable {
    /// The digits from the first to the last that is not zero; none for zero.
    let digits: [UInt8]
    /// The power of ten of the first digit; 0 for zero.
    let scale: Int

    /// The decimal `text` writes: a sign, digits with at most one point, and an exponent; `nil` for any
    /// other text.
    init?(_ text: some Collection<UInt8>) {
        var rest = text[...]
        if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { rest.removeFirst() }
        var digits: [UInt8] = []
        var seenDigit = false, seenPoint = false
        // The power of ten of the digit about to be read, counted from the first digit that is not zero.
        var wholeDigits = 0, leadingFractionZeros = 0
        while let byte = rest.first, Self.isDigit(byte) || (byte == UInt8(ascii: ".") && !seenPoint) {
            rest.removeFirst()
            if byte == UInt8(ascii: ".") {
                seenPoint = true
                continue
            }
            seenDigit = true
            if digits.isEmpty, byte == UInt8(ascii: "0") {
                if seenPoint { leadingFractionZeros += 1 }
                continue
            }
            if !seenPoint { wholeDigits += 1 }
            digits.append(byte)
        }
        guard seenDigit else { return nil }
        var exponent = 0
        if let letter = rest.first, letter == UInt8(ascii: "e") || letter == UInt8(ascii: "E") {
            rest.removeFirst()
            var sign = 1
            if let byte = rest.first, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                sign = byte == UInt8(ascii: "-") ? -1 : 1
                rest.removeFirst()
            }
            guard let first = rest.first, Self.isDigit(first) else { return nil }
            while let byte = rest.first, Self.isDigit(byte) {
                // No finite double's text needs more; bounded, the sum cannot overflow.
                exponent = min(exponent * 10 + Int(byte - UInt8(ascii: "0")), 1_000_000)
                rest.removeFirst()
            }
            exponent *= sign
        }
        guard rest.isEmpty else { return nil }
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        self.digits = digits
        scale = digits.isEmpty ? 0 : (wholeDigits > 0 ? wholeDigits - 1 : -(leadingFractionZeros + 1)) + exponent
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
