import Foundation
import SchoolData
import SupportRouting
import SupportRoutingYAML

/// The shipped rules, read once from the repository.
let ruleSet: RuleSet? = {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules/england-2008.yaml").path
    return try? RuleSetLoader.load(contentsOf: path).get()
}()

/// Reads arbitrary bytes as a CSV dataset, a JSON Lines dataset (with small chunks, so records
/// straddle chunk boundaries) and a mapping file of the shipped rules; the first byte picks which.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let ruleSet else { fatalError("the shipped rules do not load") }
    guard count > 0 else { return 0 }
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let mode = bytes[0] % 3
    let body = Array(bytes.dropFirst())
    if mode == 2 {
        let limits = DocumentReader.Limits(maximumBytes: 64 << 10, maximumDepth: 32, maximumNodes: 20_000)
        _ = MappingLoader.load(
            text: String(decoding: body, as: UTF8.self), file: "fuzz.map.yaml", ruleSet: ruleSet, limits: limits)
        return 0
    }
    let options = TableReadOptions(maximumRows: 10_000, maximumRecordBytes: 4096, chunkSize: 16)
    guard
        var reader = try? TableReader(
            bytes: body, name: "fuzz", format: mode == 0 ? .csv : .jsonl, options: options)
    else { return 0 }
    var fields = 0
    while let next = reader.next() {
        if case .success(let row) = next {
            for column in 0..<row.count { fields += row.value(at: column)?.utf8.count ?? 0 }
        }
    }
    return fields == -1 ? 1 : 0
}
