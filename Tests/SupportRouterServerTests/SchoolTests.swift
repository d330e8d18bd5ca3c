import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SupportRouterServer
import Testing

/// With `--schools`: schools found by URN or by part of their name, routed with facts from the data
/// and the partner search (the answer the command line gives), kept as records, and shown on a page
/// with their candidate partners on a map; hostile names escaped everywhere.
struct SchoolTests {
    static let dataset = ServerFixture.root.appendingPathComponent("Samples/datasets/riverside-area.csv").path

    /// The command line's `route --schools riverside-area.csv --id ID --format json`, run beside the data.
    static func commandLineAnswer(_ id: String) throws -> [String: Any] {
        let output = try ServerFixture.commandLine(
            ["route", "--schools", "riverside-area.csv", "--id", id, "--format", "json"],
            in: ServerFixture.root.appendingPathComponent("Samples/datasets"))
        return try #require((try JSONSerialization.jsonObject(with: output) as? [[String: Any]])?.first, "\(id)")
    }

    @Test func aSchoolIsFoundByItsURNOrByPartOfItsName() async throws {
        let server = try ServerFixture(schools: Self.dataset)
        defer { server.remove() }
        try await server.test { client in
            // The rows of the file, as id and name, to find the expected schools by hand.
            let rows = try String(contentsOfFile: Self.dataset, encoding: .utf8).split(separator: "\n").dropFirst()
                .map { $0.split(separator: ",", omittingEmptySubsequences: false) }.map {
                    (String($0[0]), String($0[1]))
                }
            for (query, encoded) in [
                ("200028", "200028"), ("castle primary school 3", "castle+primary+school+3"),
                ("CASTLE Primary", "CASTLE%20Primary"), ("  ", "+%20"), ("nowhere", "nowhere"),
            ] {
                let expected =
                    rows.contains { $0.0 == query }
                    ? [query]
                    : rows.filter {
                        !query.trimmingCharacters(in: .whitespaces).isEmpty
                            && $0.1.lowercased().contains(query.lowercased())
                    }.map(\.0)
                try await client.execute(uri: "/v1/schools?q=\(encoded)", method: .get) { response in
                    #expect(response.status == .ok)
                    let found = try #require(
                        try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
                            as? [[String: Any]])
                    #expect(found.compactMap { $0["id"] as? String } == expected, "\(query)")
                }
            }
            #expect(rows.filter { $0.1.lowercased().contains("castle primary") }.count > 3)
        }
    }

    @Test(arguments: ["200005", "200008", "200023", "200028", "200032", "200064", "200094", "200144"])
    func aSchoolGetsTheAnswerTheCommandLineGivesAndItIsKept(id: String) async throws {
        let server = try ServerFixture(schools: Self.dataset)
        defer { server.remove() }
        try await server.test { client in
            let expected = try Self.commandLineAnswer(id)
            try await client.execute(uri: "/v1/schools/\(id)/route", method: .post) { response in
                #expect(response.status == .ok)
                var answer = try ServerFixture.json(response)
                let decision = try #require(answer["decision"] as? [String: Any])
                answer["decision"] = nil
                #expect(NSDictionary(dictionary: answer) == NSDictionary(dictionary: expected), "\(id)")
                // The record keeps the school's values as a profile of its own, which the rules answer alike.
                let recordID = try #require(decision["id"] as? String)
                let record = try #require(try server.store.record(id: recordID))
                #expect(record.route == ((expected["route"] as? [String: Any])?["id"] as? String ?? "undecided"))
                #expect(record.profile.hasPrefix("# School \"\(id)\" from \"riverside-area.csv\" line "))
                #expect(server.answering.recheck(record).sameAnswer)
            }
        }
    }

    @Test func theSchoolPageShowsTheAnswerAndTheCandidatePartnersOnAMap() async throws {
        let server = try ServerFixture(schools: Self.dataset)
        defer { server.remove() }
        try await server.test { client in
            try await client.execute(uri: "/schools?q=brook+primary+school+28", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<a href=\"/schools/200028\">Brook Primary School 28</a>"))
                #expect(page.contains("value=\"brook primary school 28\""))
            }
            try await client.execute(uri: "/schools/200028", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("<code>local-family</code>"))
                #expect(page.contains("from <code>riverside-area.csv</code> line 30"))
                #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 400\""))
                #expect(page.contains("aria-label=\"Brook Primary School 28 and 3 candidate partners within 3.0 km\""))
                #expect(page.contains("<title>1. Castle Primary School 30</title>"))
                #expect(page.contains("<strong>1. Castle Primary School 30</strong> (<code>200030</code>, 1.2 km)"))
                let link = try #require(page.range(of: "Kept as decision <a href=\"/decisions/"))
                let id = String(page[link.upperBound...].prefix(36))
                #expect(try server.store.record(id: id)?.route == "local-family")
            }
        }
    }

    @Test func anUnknownSchoolOrNoDatasetIsAProblem() async throws {
        let withData = try ServerFixture(schools: Self.dataset)
        defer { withData.remove() }
        try await withData.test { client in
            try await client.execute(uri: "/v1/schools/999999/route", method: .post) { response in
                #expect(response.status == .notFound)
                let problem = try ServerFixture.json(response)
                #expect(problem["detail"] as? String == "no school with id `999999` in riverside-area.csv")
            }
            try await client.execute(uri: "/schools/999999", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("No school with id `999999` in riverside-area.csv."))
            }
        }
        let without = try ServerFixture()
        defer { without.remove() }
        try await without.test { client in
            for (uri, method) in [("/v1/schools?q=a", HTTPRequest.Method.get), ("/v1/schools/200028/route", .post)] {
                try await client.execute(uri: uri, method: method) { response in
                    #expect(response.status == .notFound)
                    let problem = try ServerFixture.json(response)
                    #expect(problem["type"] as? String == "/v1/problems/no-dataset")
                }
            }
            try await client.execute(uri: "/schools", method: .get) { response in
                #expect(String(buffer: response.body).contains("started without a school dataset"))
            }
        }
        #expect(try without.store.count() == 0)
    }

    @Test func hostileNamesInTheDataAreEscapedOnEveryPage() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("support-router-hostile-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = "<script>alert(1)</script> & \"Co\""
        var csv = try String(contentsOfFile: Self.dataset, encoding: .utf8)
        // The school in need and its first partner get hostile names.
        for name in ["Brook Primary School 28", "Castle Primary School 30"] {
            csv = csv.replacingOccurrences(
                of: ",\(name),", with: ",\"\(hostile.replacingOccurrences(of: "\"", with: "\"\"")) \(name.suffix(2))\","
            )
        }
        let data = folder.appendingPathComponent("area.csv").path
        try csv.write(toFile: data, atomically: true, encoding: .utf8)
        let server = try ServerFixture(
            schools: data,
            map: ServerFixture.root.appendingPathComponent("Samples/datasets/riverside-area.map.yaml").path)
        defer { server.remove() }
        try await server.test { client in
            for uri in ["/schools?q=script", "/schools/200028"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    let page = String(buffer: response.body)
                    #expect(!page.contains("<script>"), "\(uri)")
                    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"), "\(uri)")
                }
            }
        }
    }
}
