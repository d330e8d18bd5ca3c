import SupportRouting

/// A schema with a fact of every type, so parsed conditions reach the type checker's every branch.
let schema = FactSchema(facts: [
    Fact(
        name: "flag", type: .bool, defaultValue: nil, description: "", index: 0,
        location: .init(file: "", line: 1, column: 1)),
    Fact(
        name: "phase", type: .enumeration(values: ["primary", "secondary"], ordered: true), defaultValue: nil,
        description: "", index: 1, location: .init(file: "", line: 1, column: 1)),
    Fact(
        name: "score", type: .number(min: 0, max: 100, integer: false), defaultValue: nil, description: "", index: 2,
        location: .init(file: "", line: 1, column: 1)),
    Fact(
        name: "areas", type: .set(values: ["a", "b", "c"]), defaultValue: nil, description: "", index: 3,
        location: .init(file: "", line: 1, column: 1)),
    Fact(
        name: "dept", type: .string, defaultValue: nil, description: "", index: 4,
        location: .init(file: "", line: 1, column: 1)),
])

/// Parses arbitrary text as a condition and evaluates what parses, with every fact missing and set.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    if case .success(let condition) = ConditionParser.parse(
        text, schema: schema, at: .init(file: "c", line: 1, column: 1))
    {
        _ = CompiledCondition(condition).evaluate([nil, nil, nil, nil, nil])
        _ = CompiledCondition(condition).evaluate([
            .bool(true), .enumeration(1), .number(50), .set(0b101), .string("science"),
        ])
    }
    return 0
}
