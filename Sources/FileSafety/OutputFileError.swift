/// Why an output file cannot be written. Nothing was written over the target when this is thrown.
public struct OutputFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        /// The target is a folder.
        case folder
        /// The target is a file this command reads (the same file under any name).
        case input
        /// The folder that would hold the target does not exist.
        case missingFolder
        /// Symbolic links lead round in a circle, or too far.
        case symlinkLoop
        /// The system refused to create or open the file, for the reason given.
        case cannotCreate(String)
        /// Writing failed part way, for the reason given (such as `No space left on device`).
        case cannotWrite(String)
        /// The finished file could not be put in place of the target, for the reason given.
        case cannotReplace(String)
    }

    /// The path as the user gave it.
    public let path: String
    /// What went wrong.
    public let reason: Reason

    /// An error for `path`.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// One line, naming the path and what to do.
    public var description: String {
        switch reason {
        case .folder: "cannot write `\(path)`: it is a folder; give a file name"
        case .input: "cannot write `\(path)`: the command reads that file; write the output to another file"
        case .missingFolder: "cannot write `\(path)`: its folder does not exist"
        case .symlinkLoop: "cannot write `\(path)`: its symbolic links go round in a circle or too deep"
        case .cannotCreate(let why): "cannot write `\(path)`: \(why)"
        case .cannotWrite(let why): "cannot write `\(path)`: \(why)"
        case .cannotReplace(let why): "cannot put `\(path)` in place: \(why); the earlier file is left as it was"
        }
    }
}
