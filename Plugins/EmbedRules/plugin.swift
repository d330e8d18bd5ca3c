import Foundation
import PackagePlugin

/// Embeds the files a user gets from the binary alone into the target as Swift string constants: every rule
/// set and rule test file in `Rules/`, the sample profiles in `Samples/` and the JSON Schemas in `Schemas/`.
/// The shipped rules then travel inside the binary and work from any directory, and `init` can write a
/// rules repository from them.
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let root = context.package.directoryURL
        func files(_ folder: String, _ extensions: Set<String>) throws -> [URL] {
            try FileManager.default
                .contentsOfDirectory(at: root.appending(path: folder), includingPropertiesForKeys: nil)
                .filter { extensions.contains($0.pathExtension) }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        }
        // Each rule set's samples: those of the default set directly in Samples/, the others' in a
        // folder named after the set (the datasets folder holds data, not samples).
        let sampleFolders = try FileManager.default
            .contentsOfDirectory(at: root.appending(path: "Samples"), includingPropertiesForKeys: [.isDirectoryKey])
            .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            .map(\.lastPathComponent).filter { $0 != "datasets" }.sorted()
        let shipped =
            try files("Rules", ["yaml"]) + files("Samples", ["yaml", "json"])
            + sampleFolders.flatMap { try files("Samples/\($0)", ["yaml", "json"]) } + files("Schemas", ["json"])
        let output = context.pluginWorkDirectoryURL.appending(path: "ShippedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding shipped rule sets, tests, samples and schemas",
                executable: try context.tool(named: "EmbedRulesTool").url,
                arguments: [output.path, root.path] + shipped.map(\.path),
                inputFiles: shipped,
                outputFiles: [output]
            )
        ]
    }
}
