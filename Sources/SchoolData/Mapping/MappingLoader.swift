public import SupportRouting
public import SupportRoutingYAML

/// Reads mapping files (YAML) that say how a school dataset's columns become schools and facts.
public enum MappingLoader {
    /// The mapping in `text`, checked against `ruleSet`, or every mistake found in it.
    public static func load(
        text: String, file: String, ruleSet: RuleSet, limits: DocumentReader.Limits = .standard
    ) -> Result<DatasetMapping, DiagnosticList> {
        DocumentReader.read(text, file: file, limits: limits).flatMap {
            MappingDecoder.decode($0, ruleSet: ruleSet, file: file)
        }
    }

    /// The mapping in the file at `path`.
    public static func load(
        contentsOf path: String, ruleSet: RuleSet, limits: DocumentReader.Limits = .standard
    ) -> Result<DatasetMapping, DiagnosticList> {
        let file = FileInput.displayName(path)
        return FileInput.read(path, limits: limits).flatMap { DocumentReader.read($0, file: file, limits: limits) }
            .flatMap { MappingDecoder.decode($0, ruleSet: ruleSet, file: file) }
    }
}
