import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `support-router decisions list|show|export`: the server's decision records, read by
/// `support-router-server decisions`, which this command runs when it is built beside it. The
/// records live in SQLite, and reading them here would put the server's database package into the
/// quick start's build.
struct DecisionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decisions",
        abstract: "Read the decision records the server keeps (runs support-router-server decisions).",
        discussion: """
            The same as `support-router-server decisions ARGUMENTS`: list the newest records, show one \
            with whether the current rules give the same answer, or export them all as JSON Lines. It \
            needs support-router-server built beside this program (`swift build`, or `swift run \
            support-router-server` once).

            Examples:
              support-router decisions list --db support-router.sqlite
              support-router decisions show 6bcb356c-70c9-4a93-80a5-fe8c624c0242
              support-router decisions export > decisions.jsonl

            Exit codes:
              0   done
              2   no records file, or no record with that id
              69  support-router-server is not built beside this program
            """)

    @Argument(parsing: .allUnrecognized, help: "list, show ID or export, with their options.")
    var arguments: [String] = []

    func run() throws {
        let server = Self.serverPath
        guard FileManager.default.isExecutableFile(atPath: server) else {
            Console.error(
                "error: the decision records are read by support-router-server, which is not built yet; "
                    + "run `swift run support-router-server decisions \(arguments.joined(separator: " "))`")
            throw ExitCode(69)
        }
        let argv = [server, "decisions"] + arguments
        var pointers = argv.map { strdup($0) } + [nil]
        execv(server, &pointers)
        Console.error("error: cannot run \(server): \(String(cString: strerror(errno)))")
        throw ExitCode(69)
    }

    /// `support-router-server` in the folder of this program.
    static var serverPath: String {
        let own =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent("support-router-server")
            .path
    }
}
