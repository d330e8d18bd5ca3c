/// The working storage of one explanation, in one allocation: packed values to try and the profile's
/// own, the facts the walk uses, the machine's results and stack, and the other cases of each path
/// fact.
struct Scratch {
    /// How much of each kind of storage an explanation needs.
    struct Sizes {
        let facts: Int
        let instructions: Int
        let rules: Int
        let depth: Int
        let pathFacts: Int
        let alternatives: Int
    }

    let words: UnsafeMutableBufferPointer<UInt64>
    let givenWords: UnsafeMutableBufferPointer<UInt64>
    let present: UnsafeMutableBufferPointer<Bool>
    let givenPresent: UnsafeMutableBufferPointer<Bool>
    /// Whether the walk reads each fact.
    let used: UnsafeMutableBufferPointer<Bool>
    /// The result of every instruction of a traced run.
    let trace: UnsafeMutableBufferPointer<UInt8>
    let results: UnsafeMutableBufferPointer<UInt8>
    let givenResults: UnsafeMutableBufferPointer<UInt8>
    let stack: UnsafeMutableBufferPointer<UInt8>
    /// Where each value came from, by slot (see ``ProfileWording/Origin``).
    let origins: UnsafeMutableBufferPointer<UInt8>
    /// The other cases of path fact `i` (by position in the explainer's path facts) are
    /// `alternatives[alternativeStarts[i]..<alternativeStarts[i + 1]]`: packed words, and positions
    /// in ``FactCases/cases`` (-1 for sets, whose cases are formed near the profile's set).
    let alternatives: UnsafeMutableBufferPointer<UInt64>
    let alternativePositions: UnsafeMutableBufferPointer<Int>
    let alternativeStarts: UnsafeMutableBufferPointer<Int>
    /// The path facts that the walk after each alternative alone reads (see ``PathView/reads(_:)``),
    /// and the rungs it visits (see ``PathView/span(_:)``).
    let alternativeReads: UnsafeMutableBufferPointer<UInt64>
    let alternativeSpans: UnsafeMutableBufferPointer<Int>
    /// The facts a search for possible routes splits on, in order.
    let deciding: UnsafeMutableBufferPointer<Int>

    /// All the storage, in one allocation; see ``deallocate()``.
    private let memory: UnsafeMutableRawPointer

    /// Zeroed storage of these sizes, to be given back with ``deallocate()``.
    init(_ sizes: Sizes) {
        let facts = sizes.facts
        let wordCount = 2 * facts + 2 * sizes.alternatives
        let intCount = 2 * sizes.alternatives + sizes.pathFacts + 1 + facts
        let flagCount = 3 * facts
        let byteCount = sizes.instructions + 2 * sizes.rules + sizes.depth + facts
        // Widest first, so each part is aligned.
        let total = 8 * (wordCount + intCount) + flagCount + byteCount
        memory = UnsafeMutableRawPointer.allocate(byteCount: max(total, 1), alignment: 8)
        memory.initializeMemory(as: UInt8.self, repeating: 0, count: total)
        var words = Parts(memory.bindMemory(to: UInt64.self, capacity: wordCount), wordCount)
        var ints = Parts((memory + 8 * wordCount).bindMemory(to: Int.self, capacity: intCount), intCount)
        var flags = Parts(
            (memory + 8 * (wordCount + intCount)).bindMemory(to: Bool.self, capacity: flagCount), flagCount)
        var bytes = Parts(
            (memory + 8 * (wordCount + intCount) + flagCount).bindMemory(to: UInt8.self, capacity: byteCount), byteCount
        )
        self.words = words.next(facts)
        givenWords = words.next(facts)
        alternatives = words.next(sizes.alternatives)
        alternativeReads = words.next(sizes.alternatives)
        alternativePositions = ints.next(sizes.alternatives)
        alternativeStarts = ints.next(sizes.pathFacts + 1)
        alternativeSpans = ints.next(sizes.alternatives)
        deciding = ints.next(facts)
        present = flags.next(facts)
        givenPresent = flags.next(facts)
        used = flags.next(facts)
        trace = bytes.next(sizes.instructions)
        results = bytes.next(sizes.rules)
        givenResults = bytes.next(sizes.rules)
        stack = bytes.next(sizes.depth)
        origins = bytes.next(facts)
    }

    /// Where the alternatives of the path fact at `position` are.
    func alternatives(ofPathFact position: Int) -> Range<Int> {
        alternativeStarts[position]..<alternativeStarts[position + 1]
    }

    /// Gives the storage back; the scratch must not be used afterwards.
    func deallocate() { memory.deallocate() }

    /// Cuts a buffer into consecutive parts.
    private struct Parts<Element> {
        let buffer: UnsafeMutableBufferPointer<Element>
        var used = 0

        init(_ start: UnsafeMutablePointer<Element>, _ count: Int) {
            buffer = UnsafeMutableBufferPointer(start: start, count: count)
        }

        mutating func next(_ count: Int) -> UnsafeMutableBufferPointer<Element> {
            defer { used += count }
            return UnsafeMutableBufferPointer(rebasing: buffer[used..<(used + count)])
        }
    }
}
