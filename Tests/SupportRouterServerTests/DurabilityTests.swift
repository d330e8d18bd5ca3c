import Foundation
import SupportRouterServer
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The real server, as a process: an answer is acknowledged only once its record is durable, so a
/// `kill -9` loses none, the records survive a restart, and `decisions show` reproduces one.
struct DurabilityTests {
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("support-router-server")

    /// A server process on a free port, with records in `database`.
    final class Running {
        let process = Process()
        let port: Int

        init(database: String, arguments: [String] = []) throws {
            port = Int.random(in: 20_000...60_000)
            process.executableURL = DurabilityTests.executable
            process.arguments = ["--port", "\(port)", "--db", database] + arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        func url(_ path: String) -> URL { DurabilityTests.url(port, path) }

        /// Waits for the health probe to answer, for up to ten seconds.
        func waitUntilReady() async throws {
            for _ in 0..<100 {
                if let (_, response) = try? await URLSession.shared.data(from: url("/health")),
                    (response as? HTTPURLResponse)?.statusCode == 200
                {
                    return
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            Issue.record("the server did not start")
        }

        func get(_ path: String) async throws -> [String: Any] {
            let (data, _) = try await URLSession.shared.data(from: url(path))
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }

        func kill9() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    static func url(_ port: Int, _ path: String) -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    /// The id of the record of routing `body` on the server at `port`.
    static func route(port: Int, _ body: String) async throws -> String? {
        var request = URLRequest(url: url(port, "/v1/route"))
        request.httpMethod = "POST"
        request.httpBody = Data(body.utf8)
        let (data, _) = try await URLSession.shared.data(for: request)
        let answer = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (answer?["decision"] as? [String: Any])?["id"] as? String
    }

    @Test func aKillNineLosesNoAcknowledgedRecordAndARestartServesThem() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "support-router-durability-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("records.sqlite").path
        let profile = try ServerFixture.read("Samples/kingsdown-school.yaml")

        let server = try Running(database: database)
        try await server.waitUntilReady()
        var acknowledged: [String] = []
        // Answers in flight together, so records are committed in batches, as under load.
        let port = server.port
        try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<60 {
                group.addTask { try await Self.route(port: port, profile) }
            }
            for try await id in group { if let id { acknowledged.append(id) } }
        }
        #expect(acknowledged.count == 60)
        server.kill9()

        let store = try DecisionStore(path: database)
        for id in acknowledged { #expect(try store.record(id: id)?.route == "local-family", "lost \(id)") }

        let again = try Running(database: database)
        try await again.waitUntilReady()
        let record = try await again.get("/v1/decisions/\(acknowledged[0])")
        #expect((record["current"] as? [String: Any])?["sameAnswer"] as? Bool == true)
        again.kill9()

        let show = Process()
        show.executableURL = Self.executable
        show.arguments = ["decisions", "show", acknowledged[0], "--db", database]
        let pipe = Pipe()
        show.standardOutput = pipe
        try show.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        show.waitUntilExit()
        #expect(show.terminationStatus == 0)
        #expect(output.contains("  route: local-family"))
        #expect(output.contains("  now: the current rules give the same answer (the same rule file)"))
        #expect(output.contains("    phase: secondary"))

        // The command line's `decisions` runs the server's, so both read the records alike.
        let viaCommandLine = try ServerFixture.commandLine(["decisions", "show", acknowledged[0], "--db", database])
        #expect(String(decoding: viaCommandLine, as: UTF8.self) == output)
    }

    @Test func theCommandLineSaysHowToReadRecordsWhenTheServerIsNotBuilt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("support-router-alone-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let alone = folder.appendingPathComponent("support-router")
        try FileManager.default.copyItem(
            at: Self.executable.deletingLastPathComponent().appendingPathComponent("support-router"), to: alone)
        let process = Process()
        process.executableURL = alone
        process.arguments = ["decisions", "list"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 69)
        #expect(text.contains("run `swift run support-router-server decisions list`"))
    }
}
