import Foundation
import PackagePlugin

/// Embeds every rule set in the package's `Rules/` folder into the target as Swift string constants,
/// so the shipped rules travel inside the binary and it works from any directory.
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let rulesDirectory = context.package.directoryURL.appending(path: "Rules")
        let ruleFiles = try FileManager.default
            .contentsOfDirectory(at: rulesDirectory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" && !$0.lastPathComponent.hasSuffix(".tests.yaml") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRuleSets.swift")
        return [
            .buildCommand(
                displayName: "Embedding shipped rule sets",
                executable: try context.tool(named: "EmbedRulesTool").url,
                arguments: [output.path] + ruleFiles.map(\.path),
                inputFiles: ruleFiles,
                outputFiles: [output]
            )
        ]
    }
}
