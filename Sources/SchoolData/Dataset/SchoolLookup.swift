public import SupportRouting

/// One school of a dataset found by its id, with the partner search its answer needs, read without holding
/// the dataset.
///
/// The first pass keeps the school and the counts, the second only the high-performing schools of its phase
/// within reach of it, so memory stays small however many rows the file has. A dataset read whole
/// (``SchoolDataset``) holds every school; this holds one and its neighbours.
public struct SchoolLookup: Sendable {
    /// The school with the id, as its row gives it (partner facts not yet counted); `nil` when no row has it.
    public var school: School?
    /// The partner search over the candidates within reach of the school; `nil` when the mapping has no
    /// `partners` section, and with no candidates when the school has no place or is not found.
    public var finder: PartnerFinder?
    /// One diagnostic per problem in a row, each at the row's line; those rows are skipped.
    public var problems: [Diagnostic] = []
    /// Rows read, counted as ``SchoolDataset/rows`` counts them.
    public var rows = 0
    /// Rows that became schools.
    public var schools = 0
    /// Rows the mapping's `keep` rules leave out.
    public var leftOut = 0
    /// Rows skipped with problems, each line inside a quote never closed counted as a row.
    public var skippedRows = 0
    /// The dataset's column names, for citing cells.
    public var header: [String] = []

    /// Finds the school with `id`, and the candidates that could be its partners: high-performing, of its
    /// phase and within the policy's radius for the phase, or within `radius` kilometres when that is further.
    public static func find(
        id: String, in options: DatasetOptions, ruleSet: RuleSet, radius: Double? = nil,
        progress: ((ReadProgress) -> Void)? = nil
    ) -> Result<SchoolLookup, DiagnosticList> {
        let policy = options.mapping.partners
        let passes = policy == nil ? 1 : 2
        var lookup = SchoolLookup()
        var ids = RepeatedIDs()
        let first = SchoolSource.readBatches(
            options, ruleSet: ruleSet, pass: (1, passes), progress: progress, workers: BatchRouter.workers,
            ids: &ids,
            transform: { outcome -> Seen in
                switch outcome {
                case .school(let school): school.id == id ? .target(school) : .school
                case .leftOut: .leftOut
                case .failed(let problems, let rows): .failed(problems, rows: rows)
                }
            },
            body: { lookup.count($0) })
        switch first {
        case .success(let header): lookup.header = header
        case .failure(let list): return .failure(list)
        }
        guard let policy else { return .success(lookup) }
        guard let school = lookup.school, let place = school.location else {
            lookup.finder = PartnerFinder(candidates: [], policy: policy)
            return .success(lookup)
        }
        let phase = school.phase?.lowercased() ?? ""
        let reach = max(policy.radius(forPhase: school.phase), radius ?? 0)
        var candidates: [School] = []
        let second = SchoolSource.readBatches(
            options, ruleSet: ruleSet, pass: (2, 2), progress: progress, workers: BatchRouter.workers, ids: &ids,
            transform: { outcome -> School? in
                guard case .school(let candidate) = outcome, let point = candidate.location,
                    candidate.phase?.lowercased() ?? "" == phase, policy.admits(candidate),
                    point.distance(to: place) <= reach
                else { return nil }
                return candidate.asCandidate
            },
            body: { candidates += $0.compactMap { $0 } })
        if case .failure(let list) = second { return .failure(list) }
        lookup.finder = PartnerFinder(candidates: candidates, policy: policy)
        return .success(lookup)
    }

    /// What the first pass keeps of a row: the school sought, or only what it counts as.
    private enum Seen: Sendable {
        case target(School)
        case school
        case leftOut
        case failed([Diagnostic], rows: Int)
    }

    private mutating func count(_ batch: [Seen]) {
        for seen in batch {
            switch seen {
            case .target(let found):
                if school == nil { school = found }
                schools += 1
            case .school: schools += 1
            case .leftOut: leftOut += 1
            case .failed(let found, let count):
                problems += found
                // A stop at the row limit is said by its problem; it skips no row.
                if found.first?.id != "too-many-rows" { skippedRows += count }
            }
            if case .failed(_, let count) = seen { rows += count } else { rows += 1 }
        }
    }
}
