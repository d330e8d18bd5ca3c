import ArgumentParser
import FileSafety

/// The `support-router` command: recommends how a school in difficulty should be supported.
@main
struct SupportRouter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "support-router",
        abstract: "Recommend how a school in difficulty should be supported, and explain why.",
        discussion: """
            Reads a school's profile (YAML or JSON), walks the escalation path of a rule set (by default \
            the shipped England 2008 partnership model: self-evaluation, in-school, local-family, \
            la-commissioned, nle-nss) and recommends one route with its reasons.

            Examples:
              support-router route Samples/riverside-high.yaml
              support-router explain Samples/riverside-high.yaml --format html > page.html
              support-router facts --template > my-school.yaml
              support-router batch Samples/datasets/riverside-area.csv -o routes.csv

            Profiles are YAML or JSON; `support-router facts` lists the facts they may give. A profile \
            path of - reads standard input. Whole datasets of schools (CSV or JSONL, read through a mapping \
            file) go through `batch`, `partners` and `capacity`.

            \(ExitStatus.helpText)
            """,
        version: "support-router 0.1.0",
        subcommands: [
            RouteCommand.self, ExplainCommand.self, FactsCommand.self, CheckCommand.self, TestCommand.self,
            DiffCommand.self, GraphCommand.self, BatchCommand.self, PartnersCommand.self, CapacityCommand.self,
            InitCommand.self, DecisionsCommand.self,
        ]
    )

    /// Runs the command, and turns every way it can end into a message and a documented exit code.
    /// Output that cannot be written ends the run with a message, never a crash.
    static func main() {
        StandardStream.reportClosedPipes()
        // Every command: a long read of a dataset shows a progress bar too, and an interrupt clears it.
        InterruptCleanup.install()
        var status: Int32
        var commandType: any ParsableCommand.Type = SupportRouter.self
        do {
            var command = try LongPathLists.parse(Array(CommandLine.arguments.dropFirst()))
            commandType = type(of: command)
            try command.run()
            status = 0
        } catch {
            status = exitStatus(after: error, in: commandType)
        }
        // A command that succeeded but could not say so on standard error has not really succeeded.
        if status == 0, Console.errorStreamFailed { status = ExitStatus.outputFailed.rawValue }
        exitProcess(status)
    }

    /// A mistake found while a subcommand ran, worded as the parser words one found before, with the
    /// subcommand's own usage line.
    private static func usageMistake(_ error: any Error, in command: any ParsableCommand.Type) -> String? {
        guard let mistake = error as? ValidationError, command != SupportRouter.self else { return nil }
        let name = command.configuration.commandName ?? "\(command)".lowercased()
        return """
            Error: \(mistake.message)
            Usage: support-router \(command.usageString())
              See 'support-router \(name) --help' for more information.
            """
    }

    private static func exitStatus(after error: any Error, in command: any ParsableCommand.Type) -> Int32 {
        switch error {
        case OutputFailure.closed: return ExitStatus.outputClosed.rawValue
        case OutputFailure.standardOutput(let reason):
            Console.error("error: cannot write to standard output: \(reason)")
            return ExitStatus.outputFailed.rawValue
        case OutputFailure.file(let failure):
            Console.error("error: \(failure)")
            return ExitStatus.outputFailed.rawValue
        default:
            // Help, version and usage mistakes, worded by the argument parser.
            let status = exitCode(for: error).rawValue
            let message = usageMistake(error, in: command) ?? fullMessage(for: error)
            guard !message.isEmpty else { return status }
            guard status == 0 else {
                Console.error(message)
                return status
            }
            do { try Console.print(message + "\n") } catch { return exitStatus(after: error, in: command) }
            return status
        }
    }
}
