package import SupportRouting

/// The keys each part of a mapping file may hold: written once here, read by the decoders, and held
/// equal to `Schemas/mapping.schema.json` by a test.
package enum MappingKeys {
    /// The mapping file.
    package static let mapping = FileKeys.Keys(
        required: ["columns"], optional: ["format", "title", "join", "keep", "facts", "assume", "partners"])
    /// `columns`.
    package static let columns = FileKeys.Keys(
        required: ["id"],
        optional: [
            "name", "phase", "latitude", "longitude", "easting", "northing", "ofsted", "local_authority", "region",
        ])
    /// `join`.
    package static let join = FileKeys.Keys(required: ["file", "id", "columns"], optional: [])
    /// One fact's mapping.
    package static let fact = FileKeys.Keys(
        required: [], optional: ["column", "values", "blank", "otherwise", "separator", "strong_partners_at_least"])
    /// `partners`.
    package static let partners = FileKeys.Keys(
        required: ["high_performing", "in_need"], optional: ["radius_km", "limit", "measures"])
    /// One of the partner search's measures.
    package static let measure = FileKeys.Keys(
        required: ["name", "column", "better", "weak_beyond", "strong_from"], optional: [])
}
