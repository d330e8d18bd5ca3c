import Foundation

/// Expands command-line paths into rule files: a folder means every `*.yaml` in it that is not a
/// test file (`*.tests.yaml`), sorted.
enum RuleFiles {
    static func expand(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [path]
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".tests.yaml") }.sorted()
                .map { URL(fileURLWithPath: path).appendingPathComponent($0).relativePath(from: path) }
        }
    }
}

extension URL {
    /// The path as the user would write it: relative when the folder was given relatively.
    fileprivate func relativePath(from folder: String) -> String {
        folder.hasPrefix("/") ? path : (folder.hasSuffix("/") ? folder : folder + "/") + lastPathComponent
    }
}
