import ArgumentParser
import Foundation
import SupportRouterServer
import SupportRouting

/// `support-router-server decisions list|show|export`: the decision records from the command line.
struct DecisionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decisions",
        abstract: "Read the decision records the server keeps.",
        subcommands: [List.self, Show.self, Export.self])

    struct Store: ParsableArguments {
        @Option(help: ArgumentHelp("The SQLite file of decision records.", valueName: "file"))
        var db = "support-router.sqlite"

        /// The store, which must exist already; reading never creates one.
        func open() throws -> DecisionStore {
            do {
                return try DecisionStore(path: db, create: false)
            } catch {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitCode(2)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The newest records, one a line.")
        @OptionGroup var store: Store
        @Option(help: "How many records.") var limit = 20

        func run() throws {
            for record in try store.open().recent(limit: limit) {
                let time = ISO8601DateFormatter().string(from: record.createdAt)
                print("\(record.id)  \(time)  \(record.ruleSetID) \(record.ruleSetVersion)  \(record.route)")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One record, with whether the current rules give the same answer.")
        @OptionGroup var store: Store
        @Argument(help: "The record's id.") var id: String
        @Option(
            name: .customLong("rules"), help: ArgumentHelp("Another rule set the server serves.", valueName: "file"))
        var ruleFiles: [String] = []

        func run() throws {
            guard let record = try store.open().record(id: id) else {
                FileHandle.standardError.write(Data("error: no decision `\(id)`\n".utf8))
                throw ExitCode(2)
            }
            let catalog = try RuleSetCatalog.loadReporting(files: ruleFiles)
            let recheck = Answering(catalog: catalog, toolVersion: SupportRouterServerCommand.version).recheck(record)
            print(try DecisionText.render(record, recheck))
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every record as JSON Lines, newest first.")
        @OptionGroup var store: Store

        func run() throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            for record in try store.open().recent(limit: Int.max) {
                print(String(decoding: try encoder.encode(record), as: UTF8.self))
            }
        }
    }
}

/// A record in words.
enum DecisionText {
    static func render(_ record: DecisionRecord, _ recheck: Answering.Recheck) throws -> String {
        var lines = [
            "decision \(record.id)",
            "  given: \(ISO8601DateFormatter().string(from: record.createdAt)) by support-router \(record.toolVersion)",
            "  rules: \(record.ruleSetID) \(record.ruleSetVersion) (sha256 \(record.ruleSetSHA256))",
            "  route: \(record.route)",
            "  deciding rules: \(record.decidingRules.joined(separator: ", "))",
            "  advice: \(record.advice.joined(separator: ", "))",
        ]
        if let note = recheck.note {
            lines.append("  now: \(note)")
        } else if recheck.sameAnswer {
            lines.append(
                "  now: the current rules give the same answer\(recheck.sameRules ? " (the same rule file)" : " (the rule file has changed)")"
            )
        } else {
            lines.append(
                "  now: the current rules give \(recheck.route ?? "no answer"); these differ: \(recheck.rulesThatDiffer.joined(separator: ", "))"
            )
        }
        lines.append("  profile:")
        lines += record.profile.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }
        return lines.joined(separator: "\n")
    }
}
