import Foundation
import SupportRouting
import SupportRoutingYAML

/// Expands command-line paths into rule files.
///
/// A folder means the rule files directly in it: every `*.yaml` or `*.yml` that is not a test
/// file (`*.tests.yaml`, `*.tests.yml`), sorted. Subfolders are not searched, so drafts or old
/// versions kept in a subfolder are never checked by surprise; a folder with no rule files is an
/// error that names any subfolders that hold some, so a CI gate cannot pass by checking nothing.
enum RuleFiles {
    static func expand(_ paths: [String]) -> Result<[String], DiagnosticList> {
        var files: [String] = []
        var problems: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = ruleFileNames(in: path)
            if found.isEmpty {
                problems.append(
                    Diagnostic(
                        id: "no-rule-files", message: emptyFolderMessage(path),
                        location: SourceLocation(file: path, line: 1, column: 1)))
            }
            files += found.map { RelativePath.join(path, $0) }
        }
        return problems.isEmpty ? .success(files) : .failure(DiagnosticList(problems))
    }

    private static func isRuleFileName(_ name: String) -> Bool {
        (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !name.hasSuffix(".tests.yaml")
            && !name.hasSuffix(".tests.yml") && !name.hasPrefix(".")
    }

    private static func ruleFileNames(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            let full = RelativePath.join(folder, name)
            return isRuleFileName(name) && FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    private static func emptyFolderMessage(_ folder: String) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let subfolders = names.sorted().filter { name in
            var isDirectory: ObjCBool = false
            let full = RelativePath.join(folder, name)
            return FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) && isDirectory.boolValue
                && !ruleFileNames(in: full).isEmpty
        }
        let base = "no rule files (`*.yaml` or `*.yml`, other than `*.tests.yaml`) in the folder `\(folder)`"
        guard !subfolders.isEmpty else { return base }
        let named = subfolders.prefix(3).map { "`\(RelativePath.join(folder, $0))`" }.joined(separator: ", ")
        return base + "; subfolders are not searched: name \(named) to check the rules there"
    }
}
