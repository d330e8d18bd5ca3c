import Foundation
import SupportRouting

/// Writes a ``CapacityTable`` as aligned text, Markdown or CSV.
public enum CapacityRenderer {
    private static let headings = [
        "Area", "Phase", "High-performing", "In need", "Ratio", "Median high-performing nearby",
    ]

    /// Columns padded to line up, for a terminal.
    public static func text(_ table: CapacityTable) -> String {
        let cells = [headings] + table.rows.map(cells)
        let widths = headings.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
        var lines = cells.map { row in
            row.enumerated().map { column, cell in
                column < 2
                    ? cell.padding(widths[column]) : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ").trailingSpacesRemoved
        }
        lines.insert(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "), at: 1)
        return lines.joined(separator: "\n") + "\n" + footnote(table)
    }

    /// A Markdown table.
    public static func markdown(_ table: CapacityTable) -> String {
        var lines = ["| " + headings.joined(separator: " | ") + " |", "|---|---|---:|---:|---:|---:|"]
        lines += table.rows.map { "| " + cells($0).map { $0.replacingPipes }.joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n") + "\n\n" + footnote(table)
    }

    /// CSV with a header row; ratios and medians blank where there is no figure.
    public static func csv(_ table: CapacityTable) -> String {
        var lines = ["area,phase,high_performing,in_need,ratio,median_high_performing_nearby"]
        lines += table.rows.map { row in
            [
                row.area, row.phase, String(row.highPerforming), String(row.inNeed), ratio(row.ratio),
                figure(row.medianNearby),
            ]
            .map(CSVField.escape).joined(separator: ",")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The cells as text for people: names from the dataset with their control characters escaped.
    private static func cells(_ row: CapacityTable.Row) -> [String] {
        [
            row.area.escapingControlCharacters, row.phase.escapingControlCharacters, String(row.highPerforming),
            String(row.inNeed), ratio(row.ratio),
            figure(row.medianNearby),
        ]
    }

    /// A ratio always with two decimals, so a column of them lines up.
    private static func ratio(_ value: Double?) -> String { value.map { Partner.format($0) } ?? "" }

    private static func figure(_ value: Double?) -> String {
        guard let value else { return "" }
        return value.rounded() == value ? String(Int(value)) : Partner.format(value)
    }

    private static func footnote(_ table: CapacityTable) -> String {
        guard table.inNeedWithoutPlace > 0 else { return "" }
        let count = table.inNeedWithoutPlace
        return count == 1
            ? "1 school in need has no place in the data and is left out of the medians.\n"
            : "\(count) schools in need have no place in the data and are left out of the medians.\n"
    }
}

/// Quoting for one CSV field.
enum CSVField {
    /// The text, quoted when it holds a comma, a quote or a line break.
    static func escape(_ text: String) -> String {
        guard needsQuotes(text) else { return text }
        var quoted = ""
        append(text, to: &quoted)
        return quoted
    }

    /// Appends the text to `output`, quoted when it holds a comma, a quote or a line break.
    static func append(_ text: String, to output: inout String) {
        guard needsQuotes(text) else { return output += text }
        output += "\""
        // Quotes are doubled by copying the text between them whole, which is far cheaper than a
        // character at a time.
        var rest = Substring(text)
        while let quote = rest.utf8.firstIndex(of: 0x22) {
            output += rest[...quote]
            output += "\""
            rest = rest[rest.utf8.index(after: quote)...]
        }
        output += rest
        output += "\""
    }

    private static func needsQuotes(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }

    fileprivate var trailingSpacesRemoved: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    fileprivate var replacingPipes: String { replacingOccurrences(of: "|", with: "\\|") }
}
