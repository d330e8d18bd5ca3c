public import SupportRouting
import SupportRoutingYAML

/// Reads mapping files (YAML) that say how a school dataset's columns become schools and facts.
public enum MappingLoader {
    /// The mapping in `text`, checked against `ruleSet`, or every mistake found in it.
    public static func load(text: String, file: String, ruleSet: RuleSet) -> Result<DatasetMapping, DiagnosticList> {
        DocumentReader.read(text, file: file).flatMap { MappingDecoder.decode($0, ruleSet: ruleSet, file: file) }
    }

    /// The mapping in the file at `path`.
    public static func load(contentsOf path: String, ruleSet: RuleSet) -> Result<DatasetMapping, DiagnosticList> {
        let file = FileInput.displayName(path)
        return FileInput.read(path, limits: .standard).flatMap { DocumentReader.read($0, file: file) }
            .flatMap { MappingDecoder.decode($0, ruleSet: ruleSet, file: file) }
    }
}
