/// A file shipped in the repository's `Rules/`, `Samples/` or `Schemas/` folder, embedded in the binary at
/// build time, so the tool has its rules, their tests, the samples and the schemas wherever it runs.
public struct ShippedFile: Sendable, Hashable {
    /// The path from the package root, such as `Rules/england-2008.yaml`.
    public let path: String
    /// The file's text, exactly as shipped.
    public let text: String

    /// The shipped file at `path`, if there is one.
    public static func named(_ path: String) -> ShippedFile? { all.first { $0.path == path } }
}
