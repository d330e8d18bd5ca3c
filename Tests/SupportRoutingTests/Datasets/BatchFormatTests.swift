import Foundation
import Testing

extension BatchCommandTests {
    /// JSON Lines and JSON output parse as JSON and give the same answers as the CSV.
    struct BatchFormatTests {
        /// Each object's id, route, needs and partner ids, checked against the routes worked out by hand.
        static func expectHandRoutes(_ objects: [[String: Any]], sourceLocation: SourceLocation = #_sourceLocation) {
            var routes: [String: String] = [:]
            for object in objects {
                guard let id = object["id"] as? String, let route = object["route"] as? String else {
                    Issue.record("an object lacks its id or route: \(object)", sourceLocation: sourceLocation)
                    continue
                }
                routes[id] = route
            }
            #expect(routes == HandMadeArea.routes, sourceLocation: sourceLocation)
            #expect(objects.map { $0["line"] as? Int } == (2...9).map { $0 }, sourceLocation: sourceLocation)
            let birch = objects.first { $0["id"] as? String == "300002" }
            let partners = birch?["partners"] as? [[String: Any]] ?? []
            #expect(partners.map { $0["id"] as? String } == ["300001", "300003"], sourceLocation: sourceLocation)
            let distances = partners.compactMap { $0["distanceKm"] as? Double }
            #expect(distances.count == 2 && abs(distances[0] - 1.5) < 0.01 && abs(distances[1] - 1.2) < 0.01)
            let elm = objects.first { $0["id"] as? String == "300005" }
            #expect(elm?["needs"] as? [String] == ["ofsted.category"], sourceLocation: sourceLocation)
            #expect(
                (elm?["reasons"] as? [String])?.last
                    == "Undecided: the profile does not give ofsted.category, which decides between la-commissioned, nle-nss."
            )
        }

        @Test func theFormatOptionGivesOneJSONObjectPerLine() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(
                ["batch", "schools.csv", "--map", "map.yaml", "--format", "jsonl", "--output", "routes.txt"],
                in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let text = try #require(folder.read("routes.txt"))
            #expect(text.hasSuffix("}\n"))
            let lines = text.split(separator: "\n")
            #expect(lines.count == 8)
            let objects = try lines.map { line in
                try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            }
            Self.expectHandRoutes(objects)
        }

        @Test func aJSONOutputIsOneArray() throws {
            let folder = try HandMadeArea.folder()
            let result = try HandMadeArea.run(
                ["batch", "schools.csv", "--map", "map.yaml", "--output", "routes.json"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let data = try #require(folder.read("routes.json")).data(using: .utf8) ?? Data()
            let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            #expect(objects.count == 8)
            Self.expectHandRoutes(objects)
        }
    }
}
