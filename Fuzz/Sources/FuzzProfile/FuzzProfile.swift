import Foundation
import SupportRouting
import SupportRoutingYAML

/// The shipped rules, read once from the repository.
let ruleSet: RuleSet? = {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules/england-2008.yaml").path
    return try? RuleSetLoader.load(contentsOf: path).get()
}()

/// Loads arbitrary bytes as a profile of the shipped rules and explains what loads.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let ruleSet else { fatalError("the shipped rules do not load") }
    let data = Data(bytes: start, count: count)
    let limits = DocumentReader.Limits(maximumBytes: 64 << 10, maximumDepth: 32, maximumNodes: 20_000)
    if case .success(let node) = DocumentReader.read(data, file: "fuzz.yaml", limits: limits),
        case .success(let profile) = ProfileDecoder.decode(node, ruleSet: ruleSet, file: "fuzz.yaml")
    {
        _ = ruleSet.explain(profile)
    }
    return 0
}
