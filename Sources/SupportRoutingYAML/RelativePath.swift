/// Paths written in one file, resolved against the folder that holds it, without touching the disk.
package enum RelativePath {
    /// `path` as seen from the folder holding `file`; an absolute `path` is kept as written.
    static func resolve(_ path: String, from file: String) -> String {
        guard !path.hasPrefix("/") else { return normalize(path) }
        let folder = folder(of: file)
        return normalize(folder.isEmpty ? path : folder + "/" + path)
    }

    /// The folder part of a path, empty for a bare file name.
    static func folder(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "" }
        return slash == file.startIndex ? "/" : String(file[..<slash])
    }

    /// The path with `.` and `name/..` steps and repeated slashes taken out: `Rules/../Samples/a.yaml`
    /// is `Samples/a.yaml`.
    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute {
                continue  // Above the root is the root.
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// `name` inside `folder`, with one slash between them.
    package static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
