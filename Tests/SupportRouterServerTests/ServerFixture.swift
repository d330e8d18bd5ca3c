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

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("support-router-server-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try DecisionStore(path: folder.appendingPathComponent("records.sqlite").path)
        guard case .success(let catalog) = RuleSetCatalog.load(files: []) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        answering = Answering(catalog: catalog, toolVersion: "test")
    }

    /// Runs `body` against the router, with requests checked for `token` when given.
    func test(token: String? = nil, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void)
        async throws
    {
        let app = Application(router: Server.responder(answering: answering, store: store, token: token))
        try await app.test(.router, body)
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
