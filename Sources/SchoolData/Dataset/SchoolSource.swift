import SupportRouting

/// Streams a dataset's rows through its mapping, one ``RowOutcome`` at a time.
enum SchoolSource {
    /// Calls `body` with every row's outcome in file order and answers the column names; fails only when
    /// the dataset, its header or its joined file cannot be read at all.
    static func read(
        _ options: DatasetOptions, ruleSet: RuleSet, pass: (Int, Int), progress: ((ReadProgress) -> Void)?,
        readingOnly facts: Set<Int>? = nil, body: (RowOutcome) -> Void
    ) -> Result<[String], DiagnosticList> {
        let mapping = options.mapping
        var joined: [String: [String]] = [:]
        if let join = mapping.join, let path = options.resolvedJoinPath {
            switch JoinTable.read(path: path, join: join, maximumRows: nil) {
            case .success(let table): joined = table
            case .failure(let list): return .failure(list)
            }
        }
        var reader: TableReader
        do {
            reader = try TableReader(
                path: options.path, options: TableReadOptions(maximumRows: options.maximumRows))
        } catch {
            return .failure(DiagnosticList([error.diagnostic]))
        }
        let plan: ColumnPlan
        if reader.format == .csv {
            switch ColumnPlan.resolve(mapping, header: reader.header.names, file: reader.file) {
            case .success(let found): plan = found
            case .failure(let list): return .failure(list)
            }
        } else {
            plan = ColumnPlan.byName(mapping)
        }
        let builder = SchoolBuilder(
            mapping: mapping, schema: ruleSet.schema, file: reader.file, plan: plan, joined: joined,
            reads: facts.map { facts in ruleSet.schema.facts.map { facts.contains($0.index) } })
        var rows = 0
        while let next = reader.next() {
            rows += 1
            switch next {
            case .success(let row): body(builder.build(row, line: row.line))
            case .failure(let diagnostic): body(.failed([diagnostic]))
            }
            if let progress, rows & 1023 == 0 {
                let read = reader.progress
                progress(ReadProgress(bytesRead: read.bytesRead, totalBytes: read.totalBytes, rows: rows, pass: pass))
            }
        }
        return .success(reader.header.names)
    }
}

extension TableRow: RowCells {
    func cell(_ column: Int) -> Substring? { value(at: column) }
    func cell(named name: String) -> Substring? { value(named: name) }
}
