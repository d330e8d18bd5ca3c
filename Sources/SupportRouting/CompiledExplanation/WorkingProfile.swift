/// A packed profile that the explainer changes in place while it tries other values, with the
/// result of every path rule kept current: a change reruns only the rules that read the fact.
/// All storage is borrowed from a ``Scratch``, so trying a value allocates nothing.
struct WorkingProfile {
    let path: PathView
    let machine: Machine
    let scratch: Scratch

    /// The walk for the values being tried.
    @inline(__always)
    func walk() -> PathView.Walk { path.walk(scratch.results) }

    /// Tries `word` for `fact` (or no value, when `present` is false) and reruns the rules that read it.
    @inline(__always)
    func set(_ fact: Int, to word: UInt64, present isPresent: Bool = true) {
        scratch.words[fact] = word
        scratch.present[fact] = isPresent
        for reader in path.readerStarts[fact]..<path.readerStarts[fact + 1] {
            let rule = path.readers[reader]
            scratch.results[rule] = machine.run(path.program(rule))
        }
    }

    /// Puts back the profile's own value of `fact` and reruns the rules that read it.
    func reset(_ fact: Int) {
        set(fact, to: scratch.givenWords[fact], present: scratch.givenPresent[fact])
    }

    /// Puts back the profile's own value of `fact` when every rule that reads it reads no other
    /// fact that differs from the profile's own, taking the rules' results as they were.
    func restore(_ fact: Int) {
        scratch.words[fact] = scratch.givenWords[fact]
        scratch.present[fact] = scratch.givenPresent[fact]
        for reader in path.readerStarts[fact]..<path.readerStarts[fact + 1] {
            let rule = path.readers[reader]
            scratch.results[rule] = scratch.givenResults[rule]
        }
    }
}
