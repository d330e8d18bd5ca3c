/// A place in a source file: the file's name and a 1-based line and column.
///
/// Columns count Unicode scalars, as an editor does. Model types keep a location beside each value
/// but leave it out of equality, so two rule sets that mean the same compare equal whatever their layout.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file name as the user gave it.
    public var file: String
    /// The line, counting from 1.
    public var line: Int
    /// The column, counting from 1.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and CI systems understand.
    public var description: String { "\(file):\(line):\(column)" }

    /// The location `offset` columns to the right, for a place inside a one-line string.
    func advanced(byColumns offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + offset)
    }
}
