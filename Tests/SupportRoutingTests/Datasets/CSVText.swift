/// A small RFC 4180 reader for checking the files the commands write, independent of the package's own reader.
enum CSVText {
    /// The records of `text`, each a list of fields; `nil` when a quote is left open.
    static func records(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" && field.isEmpty {
                quoted = true
            } else if character == "," {
                record.append(field)
                field = ""
            } else if character == "\n" || character == "\r\n" {
                record.append(field)
                records.append(record)
                (record, field) = ([], "")
            } else {
                field.append(character)
            }
        }
        if quoted { return nil }
        if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
        return records
    }

    /// The records after the header as dictionaries by column name; `nil` unless every record fits the header.
    static func table(_ text: String) -> (header: [String], rows: [[String: String]])? {
        guard let records = records(text), let header = records.first,
            records.dropFirst().allSatisfy({ $0.count == header.count })
        else { return nil }
        return (header, records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) })
    }
}
