import Foundation
import SupportRouting
import SupportRoutingYAML

/// Loads arbitrary bytes as a rule file and, when they load, checks the rule set: any crash, trap or
/// hang is a bug, while diagnostics are the expected outcome.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let limits = DocumentReader.Limits(maximumBytes: 64 << 10, maximumDepth: 32, maximumNodes: 20_000)
    if case .success(let node) = DocumentReader.read(data, file: "fuzz.yaml", limits: limits),
        case .success(let ruleSet) = RuleSetDecoder.decode(node, file: "fuzz.yaml"),
        ruleSet.schema.count <= 8, ruleSet.allRules.count <= 16
    {
        _ = RuleSetChecker.analyse(ruleSet)
    }
    return 0
}
