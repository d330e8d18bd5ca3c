/// A packed profile that the explainer changes in place while it tries other values, with the
/// result of every path rule kept current: a change reruns only the rules that read the fact.
struct WorkingProfile {
    let path: WalkTable
    let machine: Machine
    /// The values being tried, and the profile's own.
    private(set) var values: PackedValues
    let given: PackedValues
    /// The result of each path rule for the values being tried, and for the profile's own.
    private var results: [UInt8]
    let givenResults: [UInt8]
    private var stack: [UInt8]

    /// Starts from the profile's own values and the path rules' results for them.
    init(path: WalkTable, machine: Machine, given: PackedValues, givenResults: [UInt8], stackSize: Int) {
        self.path = path
        self.machine = machine
        values = given
        self.given = given
        results = givenResults
        self.givenResults = givenResults
        stack = Array(repeating: 0, count: stackSize)
    }

    /// The walk for the values being tried.
    func walk() -> WalkTable.Walk { path.walk(results) }

    /// Tries `word` for `fact` (or no value, when `present` is false) and reruns the rules that read it.
    mutating func set(_ fact: Int, to word: UInt64, present isPresent: Bool = true) {
        values.words[fact] = word
        values.present[fact] = isPresent
        for rule in path.readers[fact] {
            results[rule] = machine.run(path.programs[rule], values, stack: &stack)
        }
    }

    /// Puts back the profile's own value of `fact` when every rule that reads it reads no other
    /// fact that differs from the profile's own, taking the rules' results as they were.
    mutating func restore(_ fact: Int) {
        values.words[fact] = given.words[fact]
        values.present[fact] = given.present[fact]
        for rule in path.readers[fact] { results[rule] = givenResults[rule] }
    }
}
