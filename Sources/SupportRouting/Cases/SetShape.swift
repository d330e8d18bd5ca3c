/// How the cases of a set fact are formed near a profile's set, as masks: the same sets, in the
/// same order, as ``FactSplits/values(of:near:)``, without building arrays or sets on the way.
struct SetShape: Sendable {
    /// The members the rules test, in order.
    let tested: [Int]
    let testedMask: UInt64
    /// The members no rule tests.
    let untestedMask: UInt64
    /// The count region of each size from 0 to 64, as ``FactSplits/countRegion(of:fact:)`` numbers it.
    let regions: [Int]

    init(fact: Int, size: Int, domains: FactSplits) {
        tested = domains.testedMembers(of: fact)
        testedMask = tested.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }
        let all: UInt64 = size >= 64 ? ~0 : (1 << UInt64(size)) - 1
        untestedMask = all & ~testedMask
        regions = (0...64).map { domains.countRegion(of: $0, fact: fact) }
    }

    /// The case key of a set, as ``FactSplits/caseKey(of:_:)`` builds it.
    func key(of mask: UInt64) -> UInt64 {
        (mask & testedMask) | (UInt64(truncatingIfNeeded: regions[mask.nonzeroBitCount]) << 56)
    }

    /// Each case's set, each as close to `near` as its case allows: for every pattern of the tested
    /// members, the sizes nearest the unchanged one first, one set per count region, members the
    /// school already has added first.
    func cases(near: UInt64) -> [UInt64] {
        var sets: [UInt64] = []
        let kept = near & untestedMask
        let others = ~near & untestedMask
        let keptCount = kept.nonzeroBitCount
        let untestedCount = untestedMask.nonzeroBitCount
        for pattern in 0..<(1 << tested.count) {
            var base: UInt64 = 0
            for (bit, member) in tested.enumerated() where pattern & (1 << bit) != 0 { base |= 1 << UInt64(member) }
            let low = base.nonzeroBitCount
            let high = low + untestedCount
            let unchanged = low + keptCount
            func fill(_ size: Int) -> UInt64 {
                let extra = size - low
                if extra <= keptCount { return base | Self.lowest(extra, of: kept) }
                return base | kept | Self.lowest(extra - keptCount, of: others)
            }
            sets.append(fill(unchanged))
            // Regions grow with size and the sizes tried so far form an interval around the unchanged
            // one, so a size opens a new region exactly when its region lies beyond the interval's ends.
            var lowestRegion = regions[unchanged]
            var highestRegion = lowestRegion
            var distance = 1
            while unchanged - distance >= low || unchanged + distance <= high {
                let smaller = unchanged - distance
                if smaller >= low {
                    if regions[smaller] < lowestRegion { sets.append(fill(smaller)) }
                    lowestRegion = regions[smaller]
                }
                let larger = unchanged + distance
                if larger <= high {
                    if regions[larger] > highestRegion { sets.append(fill(larger)) }
                    highestRegion = regions[larger]
                }
                distance += 1
            }
        }
        return sets
    }

    /// The `count` lowest members of `mask`.
    private static func lowest(_ count: Int, of mask: UInt64) -> UInt64 {
        var rest = mask
        var result: UInt64 = 0
        for _ in 0..<count {
            let bit = rest & (0 &- rest)
            result |= bit
            rest &= rest &- 1
        }
        return result
    }
}
