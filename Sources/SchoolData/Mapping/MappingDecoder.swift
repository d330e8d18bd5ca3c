import SupportRouting

/// Reads a mapping file's tree into a ``DatasetMapping``, checked against a rule set's facts.
enum MappingDecoder {
    static func decode(_ root: SourceNode, ruleSet: RuleSet, file: String) -> Result<DatasetMapping, DiagnosticList> {
        var context = DecodingContext()
        guard context.acceptsFormat(root, supported: [1], kind: "mapping") else {
            return .failure(DiagnosticList(context.diagnostics))
        }
        guard
            let fields = context.fields(
                root, of: "the mapping", keys: MappingKeys.mapping)
        else { return .failure(DiagnosticList(context.diagnostics)) }
        let title = context.text(fields["title"]?.value, of: "`title`")
        let columns = fields["columns"].flatMap { decodeColumns($0.value, &context) }
        let join = fields["join"].flatMap { decodeJoin($0.value, &context) }
        let keep = fields["keep"].map { decodeKeep($0.value, &context) } ?? []
        let facts = FactMappingDecoder(schema: ruleSet.schema)
        let mapped = fields["facts"].map { facts.decodeFacts($0.value, &context) } ?? []
        let assumed = fields["assume"].map { facts.decodeAssumptions($0.value, &context) } ?? []
        let partners = fields["partners"].flatMap { facts.decodePartners($0.value, &context) }
        if fields["partners"] == nil, let needing = mapped.first(where: { $0.source.column == nil }) {
            context.error(
                "needs-partners",
                "`\(ruleSet.schema.facts[needing.fact].name)` counts partners, so the mapping needs a `partners` section",
                at: needing.location)
        }
        guard context.diagnostics.isEmpty, let columns else { return .failure(DiagnosticList(context.diagnostics)) }
        return .success(
            DatasetMapping(
                file: file, title: title, columns: columns, join: join, keep: keep, facts: mapped, assumptions: assumed,
                partners: partners))
    }

    private static func decodeColumns(_ node: SourceNode, _ context: inout DecodingContext) -> IdentityColumns? {
        guard
            let fields = context.fields(
                node, of: "`columns`", keys: MappingKeys.columns)
        else { return nil }
        func column(_ key: String) -> String? { context.text(fields[key]?.value, of: "`columns.\(key)`") }
        let (latitude, longitude) = (column("latitude"), column("longitude"))
        let (easting, northing) = (column("easting"), column("northing"))
        var location: LocationColumns?
        switch (latitude, longitude, easting, northing) {
        case (let latitude?, let longitude?, nil, nil):
            location = .latitudeLongitude(latitude: latitude, longitude: longitude)
        case (nil, nil, let easting?, let northing?):
            location = .nationalGrid(easting: easting, northing: northing)
        case (nil, nil, nil, nil): location = nil
        default:
            context.error(
                "location-columns", "give either `latitude` and `longitude` or `easting` and `northing`, as a pair",
                at: node.location)
        }
        guard let id = column("id") else { return nil }
        return IdentityColumns(
            id: id, name: column("name"), phase: column("phase"), location: location, ofsted: column("ofsted"),
            localAuthority: column("local_authority"), region: column("region"))
    }

    private static func decodeJoin(_ node: SourceNode, _ context: inout DecodingContext) -> Join? {
        guard let fields = context.fields(node, of: "`join`", keys: MappingKeys.join) else { return nil }
        let file = context.text(fields["file"]?.value, of: "`join.file`")
        let id = context.text(fields["id"]?.value, of: "`join.id`")
        let columns = fields["columns"].flatMap { context.items($0.value, of: "`join.columns`") }?
            .compactMap { context.text($0, of: "a joined column") }
        guard let file, let id, let columns else { return nil }
        return Join(file: file, id: id, columns: columns, location: node.location)
    }

    private static func decodeKeep(_ node: SourceNode, _ context: inout DecodingContext) -> [KeepRule] {
        (context.entries(node, of: "`keep`") ?? []).compactMap { entry in
            guard let items = context.items(entry.value, of: "the texts that keep a row") else { return nil }
            // Plain YAML turns `Yes` and `No` into text here, as wanted: a column's text is matched as written.
            let values = items.compactMap { $0.scalar?.text }
            return KeepRule(column: entry.key, values: Set(values))
        }
    }
}
