import Foundation
import Hummingbird
import HummingbirdTesting
import SupportRouterServer
import Testing

/// A server over the shipped rule sets with records in a fresh file, for the tests to drive.
struct ServerFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    let folder: URL
    let store: DecisionStore
    let answering: Answering

    /// A fixture; with `schools`, serving that dataset (read through `map`, by default the one beside it).
    init(schools: String? = nil, map: String? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("support-router-server-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try DecisionStore(path: folder.appendingPathComponent("records.sqlite").path)
        guard case .success(let catalog) = RuleSetCatalog.load(files: []) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        let directory = try schools.map { path in
            try SchoolDirectory.load(dataset: path, map: map, ruleSet: catalog.defaultRuleSet).get().directory
        }
        answering = Answering(catalog: catalog, toolVersion: "test", schools: directory)
    }

    /// Runs `body` against the router, with requests checked for `token` when given.
    func test(token: String? = nil, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void)
        async throws
    {
        // A limit far above the server's: tests that run processes hold the pool's few threads for many
        // seconds at a time, which would make the time limit answer for work that was merely waiting.
        let app = Application(
            router: Server.responder(answering: answering, store: store, token: token, timeLimit: .seconds(600)))
        try await app.test(.router, body)
    }

    /// What the command line `support-router` writes on standard output, run with `arguments` in `folder`.
    static func commandLine(_ arguments: [String], in folder: URL = root) throws -> Data {
        let process = Process()
        process.executableURL = DurabilityTests.executable.deletingLastPathComponent()
            .appendingPathComponent("support-router")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return output
    }

    /// The text of a repository file.
    static func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// A response's body as JSON.
    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
