import ArgumentParser

/// The server's executable: `serve` (the default) and `decisions`.
@main
struct SupportRouterServerCommand: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "support-router-server",
        abstract: "The web app and JSON API for routing schools, with a record of every answer.",
        version: "support-router-server \(version)",
        subcommands: [ServeCommand.self, DecisionsCommand.self],
        defaultSubcommand: ServeCommand.self)
}
