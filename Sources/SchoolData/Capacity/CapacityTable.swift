import SupportRouting

/// NFER's view of capacity: how many high-performing schools there are for the schools in need, and how
/// many are near each one, by phase and area.
public struct CapacityTable: Sendable, Hashable {
    /// How rows are grouped besides phase.
    public enum Grouping: String, Sendable, CaseIterable {
        /// One row per phase for the whole dataset.
        case none
        /// By local authority.
        case la
        /// By region.
        case region
    }

    /// One group's figures.
    public struct Row: Sendable, Hashable, Codable {
        /// The area, or `All` without grouping.
        public var area: String
        /// The phase as the dataset writes it.
        public var phase: String
        /// Schools for which `high_performing` holds.
        public var highPerforming: Int
        /// Schools for which `in_need` holds.
        public var inNeed: Int
        /// High-performing schools per school in need; `nil` when none is in need.
        public var ratio: Double?
        /// The median count of high-performing same-phase schools within the radius of each school in need
        /// that has a place; `nil` when none has.
        public var medianNearby: Double?
    }

    /// The rows, by area then phase; the last rows are the totals by phase when grouped.
    public var rows: [Row]
    /// Schools in need without a place, left out of the medians.
    public var inNeedWithoutPlace: Int

    /// Builds the table for `schools`, counting nearby partners with `finder`.
    public init(schools: [School], finder: PartnerFinder, by grouping: Grouping) {
        let policy = finder.policy
        var groups: [GroupKey: Tally] = [:]
        var withoutPlace = 0
        // Phases group as the partner search compares them, ignoring case; the first spelling met is shown.
        var spellings: [String: String] = [:]
        for school in schools {
            let written = school.phase ?? "Unknown"
            let phase = spellings[written.lowercased(), default: written]
            spellings[written.lowercased()] = phase
            let highPerforming = policy.highPerformingTest.evaluate(school.values) == .yes
            let inNeed = policy.inNeedTest.evaluate(school.values) == .yes
            guard highPerforming || inNeed else { continue }
            var nearby: Int?
            if inNeed {
                if school.location == nil { withoutPlace += 1 } else { nearby = finder.count(for: school) }
            }
            var keys = [GroupKey(area: "All", phase: phase)]
            if grouping != .none { keys.insert(GroupKey(area: Self.area(of: school, grouping), phase: phase), at: 0) }
            for key in keys {
                groups[key, default: Tally()].add(highPerforming: highPerforming, inNeed: inNeed, nearby: nearby)
            }
        }
        let ordered = groups.keys.sorted {
            ($0.area == "All" ? 1 : 0, $0.area, $0.phase) < ($1.area == "All" ? 1 : 0, $1.area, $1.phase)
        }
        rows = ordered.map { key in groups[key]!.row(area: key.area, phase: key.phase) }
        inNeedWithoutPlace = withoutPlace
    }

    private static func area(of school: School, _ grouping: Grouping) -> String {
        switch grouping {
        case .la: return school.localAuthority ?? "Unknown"
        case .region: return school.region ?? "Unknown"
        case .none: return "All"
        }
    }

    private struct GroupKey: Hashable {
        let area: String
        let phase: String
    }

    private struct Tally {
        var highPerforming = 0
        var inNeed = 0
        var nearby: [Int] = []

        mutating func add(highPerforming isHigh: Bool, inNeed isInNeed: Bool, nearby count: Int?) {
            if isHigh { highPerforming += 1 }
            if isInNeed { inNeed += 1 }
            if let count { nearby.append(count) }
        }

        func row(area: String, phase: String) -> Row {
            let sorted = nearby.sorted()
            var median: Double?
            if !sorted.isEmpty {
                let middle = sorted.count / 2
                median =
                    sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
            }
            return Row(
                area: area, phase: phase, highPerforming: highPerforming, inNeed: inNeed,
                ratio: inNeed == 0 ? nil : Double(highPerforming) / Double(inNeed), medianNearby: median)
        }
    }
}
