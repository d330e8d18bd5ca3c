import ArgumentParser
import Foundation
import SupportRouterServer
import SupportRouting

/// The server's executable: `serve` (the default) and `decisions`.
@main
struct SupportRouterServerCommand: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "support-router-server",
        abstract: "The web app and JSON API for routing schools, with a record of every answer.",
        discussion: """
            With no subcommand it serves (`serve`): `support-router-server help serve` lists its options \
            (--host, --port, --db, --rules, --token-file, --time-limit, --schools, --map). \
            `support-router-server decisions list|show|export` reads the records it keeps.
            """,
        version: "support-router-server \(version)",
        subcommands: [ServeCommand.self, DecisionsCommand.self],
        defaultSubcommand: ServeCommand.self)
}

extension RuleSetCatalog {
    /// The shipped rule sets and those in `files`, or their mistakes on standard error and exit code 2.
    static func loadReporting(files: [String]) throws -> RuleSetCatalog {
        switch load(files: files) {
        case .success(let catalog): return catalog
        case .failure(let list):
            for diagnostic in list.diagnostics { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
            throw ExitCode(2)
        }
    }
}
