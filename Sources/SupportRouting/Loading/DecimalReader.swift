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
    package static func read(_ text: Substring) -> Result<Double, Problem> {
        read(text, bytes: text.utf8.span)
    }

    /// The number `text` writes, or why it is not read as one.
    package static func read(_ text: String) -> Result<Double, Problem> { read(Substring(text)) }

    /// The double of a plain decimal that is read the quick way (see `quickValue`), or `nil`: for a
    /// caller that takes any number Swift reads, and reads only the others the slow way.
    package static func quickValue(_ text: Substring) -> Double? {
        let bytes = text.utf8.span
        return WrittenDecimal(bytes)?.quickValue(bytes)
    }

    private static func read(_ text: Substring, bytes: Span<UInt8>) -> Result<Double, Problem> {
        guard let written = WrittenDecimal(bytes) else {
            return Double(text) == nil ? .failure(.notANumber) : .failure(.notDecimal)
        }
        if let value = written.quickValue(bytes) { return .success(value) }
        guard let value = Double(text) else { return .failure(.notANumber) }
        guard value.isFinite else { return .failure(.tooLarge) }
        if written.count == 0 { return .success(0) }
        guard value.magnitude >= Double.leastNormalMagnitude else { return .failure(.tooSmall) }
        if written.count <= exactDigits { return .success(value) }
        // A longer text stands for its double alone only when it is the double's shortest text.
        let shortest = value.description
        let description = shortest.utf8.span
        let same = WrittenDecimal(description).map {
            $0.scale == written.scale && $0.digits(description) == written.digits(bytes)
        }
        return same == true ? .success(value) : .failure(.tooPrecise(readsAs: value))
    }
}

/// Where a plain decimal number's significant digits are in its text, and the power of ten of the first.
private struct WrittenDecimal {
    /// How many digits there are from the first to the last that is not zero; 0 for zero.
    let count: Int
    /// The power of ten of the first of them; 0 for zero.
    let scale: Int
    /// Where the first and the last of them are in the text.
    private let first: Int, last: Int

    /// The decimal the text writes: a sign, digits with at most one point, and an exponent; `nil` for any
    /// other text.
    init?(_ text: Span<UInt8>) {
        var index = 0
        func isSign(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") }
        if index < text.count, isSign(text[index]) { index += 1 }
        var point: Int?
        var first: Int?
        var last = 0
        var digits = 0
        while index < text.count, Self.isDigit(text[index]) || (text[index] == UInt8(ascii: ".") && point == nil) {
            if text[index] == UInt8(ascii: ".") {
                point = index
            } else {
                digits += 1
                if text[index] != UInt8(ascii: "0") {
                    if first == nil { first = index }
                    last = index
                }
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        let mantissaEnd = index
        var exponent = 0
        if index < text.count, text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") {
            index += 1
            let negative = index < text.count && text[index] == UInt8(ascii: "-")
            if index < text.count, isSign(text[index]) { index += 1 }
            guard index < text.count, Self.isDigit(text[index]) else { return nil }
            while index < text.count, Self.isDigit(text[index]) {
                // No finite double's text needs more; bounded, the sum cannot overflow.
                exponent = min(exponent * 10 + Int(text[index] - UInt8(ascii: "0")), 1_000_000)
                index += 1
            }
            if negative { exponent = -exponent }
        }
        guard index == text.count else { return nil }
        guard let first else {
            (count, scale, self.first, self.last) = (0, 0, 0, -1)
            return
        }
        let dot = point ?? mantissaEnd
        count = last - first + 1 - (first < dot && dot < last ? 1 : 0)
        scale = (first < dot ? dot - first - 1 : dot - first) + exponent
        self.first = first
        self.last = last
    }

    /// The number, when its significant digits fit a double exactly (at most 15) and so does the power of
    /// ten that scales them (at most 22 either way): one multiplication or division of two exact doubles is
    /// then rounded once, correctly, so this is the double that `Double(text)` reads, without its cost.
    /// `nil` for zero and for any other number.
    func quickValue(_ text: Span<UInt8>) -> Double? {
        guard count > 0, count <= DecimalReader.exactDigits else { return nil }
        let power = scale - (count - 1)
        guard power >= -22, power <= 22 else { return nil }
        var mantissa = 0
        for index in first..<(last + 1) where text[index] != UInt8(ascii: ".") {
            mantissa = mantissa * 10 + Int(text[index] - UInt8(ascii: "0"))
        }
        let magnitude = Double(mantissa)
        let value = power >= 0 ? magnitude * Self.powersOfTen[power] : magnitude / Self.powersOfTen[-power]
        return text[0] == UInt8(ascii: "-") ? -value : value
    }

    /// 1 to 1e22, each exactly a double.
    private static let powersOfTen: [Double] = (0...22).map { power in
        (0..<power).reduce(1.0) { value, _ in value * 10 }
    }

    /// The significant digits themselves, read from the text they were found in.
    func digits(_ text: Span<UInt8>) -> [UInt8] {
        var digits: [UInt8] = []
        for index in first..<(last + 1) where text[index] != UInt8(ascii: ".") { digits.append(text[index]) }
        return digits
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
