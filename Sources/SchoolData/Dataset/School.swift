public import SupportRouting

/// One school read from a dataset: who and where it is, its profile facts and its measures.
public struct School: Sendable, Hashable {
    /// The school's id, such as its URN.
    public var id: String
    /// The school's name, or its id when the dataset has no name.
    public var name: String
    /// The phase as the dataset writes it.
    public var phase: String?
    /// Where the school is, when the dataset says.
    public var location: GeoPoint?
    /// The Ofsted grade as the dataset writes it.
    public var ofsted: String?
    /// The local authority.
    public var localAuthority: String?
    /// The region.
    public var region: String?
    /// The line of the dataset where the school's row starts.
    public var line: Int
    /// The profile's values by fact slot, with defaults applied; partner counts are filled in later.
    public var values: [FactValue?]
    /// Where each value came from, by slot.
    public var sources: [ValueSource]
    /// The mapping's measures, in its order, `nil` where the data has none.
    public var measures: [Double?]

    /// Creates a school.
    public init(
        id: String, name: String, phase: String?, location: GeoPoint?, ofsted: String?, localAuthority: String?,
        region: String?, line: Int, values: [FactValue?], sources: [ValueSource], measures: [Double?]
    ) {
        self.id = id
        self.name = name
        self.phase = phase
        self.location = location
        self.ofsted = ofsted
        self.localAuthority = localAuthority
        self.region = region
        self.line = line
        self.values = values
        self.sources = sources
        self.measures = measures
    }

}

/// Where a school's fact value came from, kept small (no text) since a batch makes one per fact per row.
public enum ValueSource: Sendable, Hashable {
    /// The fact's default.
    case defaulted
    /// No value and no default.
    case missing
    /// A cell, read through the mapping's fact entry at this position.
    case cell(mapping: Int)
    /// A blank or unlisted cell the mapping says means "not known".
    case unknownCell(mapping: Int)
    /// The mapping's `assume` entry at this position.
    case assumed(Int)
    /// Counted from the partner search, by the mapping's fact entry at this position.
    case counted(mapping: Int)
    /// Worked out by the rule set's derivation from the row's other facts.
    case derived
}
