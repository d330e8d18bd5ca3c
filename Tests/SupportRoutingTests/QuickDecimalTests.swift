import Foundation
import Testing

@testable import SupportRouting

/// Plain decimals of at most 15 significant digits scaled by at most 22 powers of ten are read by arithmetic
/// rather than by the C library; the double must be the very one the library reads.
struct QuickDecimalTests {
    /// A plain decimal text: a sign or none, digits with a point somewhere or nowhere, an exponent or none.
    static func text(_ generator: inout SplitMix64) -> String {
        let digits = Int.random(in: 1...17, using: &generator)
        var text = Int.random(in: 0..<4, using: &generator) == 0 ? "-" : ""
        let point = Int.random(in: 0...digits + 1, using: &generator)
        for position in 0..<digits {
            if position == point { text += "." }
            text += String(Int.random(in: 0...9, using: &generator))
        }
        if Int.random(in: 0..<3, using: &generator) == 0 { text += "e\(Int.random(in: -30...30, using: &generator))" }
        return text
    }

    @Test func theQuickValueIsTheDoubleTheLibraryReads() throws {
        var generator = SplitMix64(seed: 2008)
        var quick = 0
        for _ in 0..<50_000 {
            let text = Self.text(&generator)
            let expected = try #require(Double(text), "\(text)")
            if let value = DecimalReader.quickValue(Substring(text)) {
                quick += 1
                #expect(value.bitPattern == expected.bitPattern || (value == 0 && expected == 0), "\(text)")
            }
            // The quick way and the slow one agree on every text the reader takes.
            if case .success(let read) = DecimalReader.read(text) { #expect(read == expected, "\(text)") }
        }
        // Most texts take the quick way; the rest are too long or scaled too far.
        #expect(quick > 25_000)
    }

    @Test(arguments: ["1234567890123456", "1e23", "1e-23", "0", "-0.000", "SUPP", "1.2.3", "nan", "inf", "0x1F"])
    func textsOutsideTheQuickWayAreLeftToTheLibrary(_ text: String) {
        #expect(DecimalReader.quickValue(Substring(text)) == nil)
    }

    @Test func theQuickWayKeepsTheSignAndThePoint() {
        #expect(DecimalReader.quickValue("-0.43") == -0.43)
        #expect(DecimalReader.quickValue("+51.50") == 51.5)
        #expect(DecimalReader.quickValue(".5") == 0.5)
        #expect(DecimalReader.quickValue("430000") == 430_000)
        #expect(DecimalReader.quickValue("1.5e3") == 1500)
    }
}
