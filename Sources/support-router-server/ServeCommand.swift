import ArgumentParser
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import SupportRouterServer
import SupportRouting

/// `support-router-server [serve]`: the web app and JSON API on 127.0.0.1:8080 by default.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the JSON API (and pages) for routing schools, keeping a record of every answer.",
        discussion: """
            Serves every rule set the tool ships, and any given with --rules, on 127.0.0.1:8080 unless told \
            otherwise. Every answer is stored in an SQLite file (--db, created on first use) before it is \
            sent, so a record survives a crash; `support-router-server decisions` reads the same file.

            Binding to any address but loopback needs --token-file: a file holding the token that \
            clients send as `Authorization: Bearer TOKEN`. Request bodies are limited to 1 MiB, and \
            profiles to the command line's input limits, and a request that takes longer than --time-limit \
            (10 s) is answered with a time-limit problem. SIGINT or SIGTERM stops the server after the \
            requests in flight are answered.

            With --schools DATA (and --map MAP when the mapping is not beside it), schools can be found by \
            URN or by part of their name, at /schools and GET /v1/schools?q=, and routed with facts from the \
            data and the partner search, with their candidate partners on a small map.

            Examples:
              support-router-server
              support-router-server --schools Samples/datasets/riverside-area.csv
              support-router-server --port 9000 --rules my-rules.yaml --db decisions.sqlite
              support-router-server --host 0.0.0.0 --token-file /etc/support-router/token

            Exit codes:
              0   stopped by SIGINT or SIGTERM
              1   cannot listen: the port is in use, or the host is not this machine's
              2   bad input: a rule file, the token file, the dataset or its mapping
                  has mistakes; or --db names a folder, a device, a FIFO or a file
                  that is not an SQLite database (it is left untouched)
              64  usage: an unknown option or rule set, or a non-loopback address
                  without --token-file
            """)

    @Option(help: "The address to bind.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @Option(
        name: .customLong("rules"), help: ArgumentHelp("Another rule set to serve; may be repeated.", valueName: "file")
    )
    var ruleFiles: [String] = []
    @Option(help: ArgumentHelp("The SQLite file of decision records.", valueName: "file"))
    var db = "support-router.sqlite"
    @Option(help: ArgumentHelp("A file holding the bearer token clients must send.", valueName: "file"))
    var tokenFile: String?
    @Option(
        help: ArgumentHelp(
            "Answer a request that takes longer than this (0.1 to 3600) with a time-limit problem (503).",
            valueName: "seconds"))
    var timeLimit = 10.0
    @Option(
        help: ArgumentHelp(
            "A school dataset (CSV or JSONL) whose schools can be found by URN or name and routed.",
            valueName: "data"))
    var schools: String?
    @Option(
        help: ArgumentHelp(
            "The dataset's mapping; default: the dataset's path with .map.yaml for its extension.", valueName: "map"))
    var map: String?
    @Option(
        help: ArgumentHelp(
            "The rule set the mapping's facts belong to; default: the default rule set.", valueName: "id"))
    var schoolsRuleset: String?

    /// Whether `host` is this machine alone: `localhost`, `::1` or any address in 127.0.0.0/8.
    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    func validate() throws {
        guard (1...65535).contains(port) || port == 0 else { throw ValidationError("--port must be from 1 to 65535") }
        guard (0.1...3600).contains(timeLimit) else {
            throw ValidationError("--time-limit must be from 0.1 to 3600 seconds")
        }
        if schools == nil, map != nil || schoolsRuleset != nil {
            throw ValidationError("--map and --schools-ruleset need --schools DATA")
        }
        if host.isEmpty { throw ValidationError("--host needs an address, such as 127.0.0.1 or 0.0.0.0") }
        if !Self.isLoopback(host) && tokenFile == nil {
            throw ValidationError(
                "binding to \(host), beyond this machine, needs --token-file FILE with the token clients must send")
        }
    }

    func run() async throws {
        let token: String?
        do {
            token = try tokenFile.map(TokenFile.read)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let catalog = try RuleSetCatalog.loadReporting(files: ruleFiles)
        let store: DecisionStore
        do {
            store = try DecisionStore(path: db)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let directory = try schools.map { try loadSchools($0, catalog: catalog) }
        let answering = Answering(
            catalog: catalog, toolVersion: SupportRouterServerCommand.version, schools: directory)
        let responder = Server.responder(
            answering: answering, store: store, token: token, timeLimit: .milliseconds(Int(timeLimit * 1000)))
        var logger = Logger(label: "support-router-server")
        logger.logLevel = .info
        // A client that stops sending (a slow body, an open connection) is cut off after 30 seconds; the
        // work on a request is bounded by the input limits and by the time limit.
        let (host, db) = (host, db)
        let found = directory.map { ", \($0.schools.count) schools from \($0.fileName)" } ?? ""
        let served = catalog.ruleSets.map(\.id).joined(separator: ", ") + found
        let app = Application(
            router: responder, server: .http1(configuration: .init(idleTimeout: .seconds(30))),
            configuration: .init(address: .hostname(host, port: port), serverName: "support-router"),
            onServerRunning: { channel in
                // Said once the socket is listening, with the port it got (`--port 0` picks one).
                let listening = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                FileHandle.standardOutput.write(
                    Data(
                        "support-router-server: serving \(served) on http://\(shown):\(listening)/ (records in \(db))\n"
                            .utf8))
            }, logger: logger)
        do {
            try await app.runService()
        } catch let error as IOError {
            FileHandle.standardError.write(
                Data("error: cannot listen on \(host):\(port): \(String(cString: strerror(error.errnoCode)))\n".utf8))
            throw ExitCode(1)
        } catch let error as SocketAddressError {
            FileHandle.standardError.write(Data("error: cannot listen on \(host):\(port): \(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// The dataset at `path`, read through its mapping for the rule set `--schools-ruleset` names.
    private func loadSchools(_ path: String, catalog: RuleSetCatalog) throws -> SchoolDirectory {
        let ruleSet: RuleSet
        if let id = schoolsRuleset {
            guard let named = catalog[id] else {
                let ids = catalog.ruleSets.map(\.id)
                FileHandle.standardError.write(
                    Data(
                        ("error: --schools-ruleset: no rule set `\(id)`; there are \(ids.joined(separator: ", "))"
                            + Suggestion.didYouMean(id, among: ids) + "\n").utf8))
                throw ExitCode(64)
            }
            ruleSet = named
        } else {
            ruleSet = catalog.defaultRuleSet
        }
        switch SchoolDirectory.load(dataset: path, map: map, ruleSet: ruleSet) {
        case .success(let (directory, skipped)):
            if skipped > 0 {
                FileHandle.standardError.write(
                    Data("warning: \(skipped) row\(skipped == 1 ? "" : "s") of \(path) skipped with problems\n".utf8))
            }
            return directory
        case .failure(let error):
            for message in error.messages { FileHandle.standardError.write(Data("\(message)\n".utf8)) }
            throw ExitCode(2)
        }
    }
}
