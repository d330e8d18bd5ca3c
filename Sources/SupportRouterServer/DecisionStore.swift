import FileSafety
public import Foundation
import GRDB

/// The decision records in an SQLite file, created with migrations on first use.
///
/// A record is acknowledged only once it is durable: the file is in WAL mode with `synchronous =
/// FULL`, so a commit that returned survives a crash or a `kill -9`. Records that arrive together
/// are committed together (one transaction, one sync), which is what lets thousands of answers a
/// second each wait for its own durable write.
public final class DecisionStore: Sendable {
    private let database: DatabasePool
    private let batcher: CommitBatcher

    /// Why the store cannot be opened; nothing at the path was changed.
    public struct OpenError: Error, Sendable, CustomStringConvertible {
        /// One line naming the file and what to do.
        public let description: String
    }

    /// Opens the store at `path`, creating it (with its tables) when `create` allows and nothing is
    /// there. A folder, a device, a FIFO, or a file that is not an SQLite database is refused before
    /// SQLite touches it.
    public init(path: String, create: Bool = true) throws(OpenError) {
        if case .failure(let problem) = DatabaseFile.check(path, mayCreate: create) {
            throw OpenError(description: problem.message(for: path))
        }
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch let error as DatabaseError {
            throw OpenError(
                description: "cannot open the decision records `\(path)`: \(error.message ?? "\(error.resultCode)")")
        } catch {
            throw OpenError(description: "cannot open the decision records `\(path)`: \(error)")
        }
        batcher = CommitBatcher(database: database)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("decisions-v1") { db in
            try db.create(table: "decision") { table in
                table.column("id", .text).primaryKey()
                table.column("createdAt", .datetime).notNull()
                table.column("ruleSetID", .text).notNull()
                table.column("ruleSetVersion", .text).notNull()
                table.column("ruleSetSHA256", .text).notNull()
                table.column("toolVersion", .text).notNull()
                table.column("profile", .text).notNull()
                table.column("route", .text).notNull()
                table.column("decidingRules", .text).notNull()
                table.column("advice", .text).notNull()
                table.column("answer", .text).notNull()
            }
            try db.create(index: "decisionByTime", on: "decision", columns: ["createdAt"])
        }
        return migrator
    }

    /// Stores `record`, returning once it is durable.
    public func save(_ record: DecisionRecord) async throws {
        try await batcher.commit(record)
    }

    /// The record with this id.
    public func record(id: String) throws -> DecisionRecord? {
        try database.read { db in try Row.fetchOne(db, sql: "SELECT * FROM decision WHERE id = ?", arguments: [id]) }
            .map(Self.record)
    }

    /// The newest records first, at most `limit`.
    public func recent(limit: Int) throws -> [DecisionRecord] {
        try database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM decision ORDER BY createdAt DESC, id DESC LIMIT ?", arguments: [limit])
        }.map(Self.record)
    }

    /// The number of records.
    public func count() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM decision") ?? 0 }
    }

    static func insert(_ record: DecisionRecord, into db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO decision (id, createdAt, ruleSetID, ruleSetVersion, ruleSetSHA256, toolVersion, profile,
                  route, decidingRules, advice, answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                record.id, record.createdAt, record.ruleSetID, record.ruleSetVersion, record.ruleSetSHA256,
                record.toolVersion, record.profile, record.route, list(record.decidingRules), list(record.advice),
                record.answer,
            ])
    }

    private static func record(_ row: Row) -> DecisionRecord {
        DecisionRecord(
            id: row["id"], createdAt: row["createdAt"], ruleSetID: row["ruleSetID"],
            ruleSetVersion: row["ruleSetVersion"],
            ruleSetSHA256: row["ruleSetSHA256"], toolVersion: row["toolVersion"], profile: row["profile"],
            route: row["route"], decidingRules: unlist(row["decidingRules"]), advice: unlist(row["advice"]),
            answer: row["answer"])
    }

    /// Ids are identifiers, so a list is stored as its ids joined by spaces.
    private static func list(_ ids: [String]) -> String { ids.joined(separator: " ") }
    private static func unlist(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }
}
