import Foundation
public import Hummingbird
import SchoolData
import SupportRouting
import SupportRoutingRendering

/// The schools of a dataset served with `--schools`: found by id or by part of their name, and routed
/// with facts from the data and the partner search, in the API and on pages. Each answer is kept as
/// a decision record, like every other.
extension ServerRoutes {
    /// Adds `GET /v1/schools?q=`, `POST /v1/schools/{id}/route`, and the pages `/schools` and
    /// `/schools/{id}`.
    public func addSchools<Context: RequestContext>(to router: Router<Context>) {
        router.get("v1/schools") { request, _ in
            let directory = try answering.directory()
            return try json(directory.search(searchQuery(request)).map(SchoolListing.init))
        }
        router.post("v1/schools/:id/route") { _, context in
            try await routeSchool(try pathParameter("id", context)).response
        }
        router.get("schools") { request, _ in
            page("Find a school", try searchPage(searchQuery(request)))
        }
        router.get("schools/:id") { _, context in
            let ready = try answering.school(try pathParameter("id", context))
            let (record, _) = try await routeSchool(ready)
            let directory = try answering.directory()
            let explanation = directory.ruleSet.explain(ready.profile)
            let banner = """
                <div class="banner">\(HTML.escape(ready.school.name)) (\(HTML.code(ready.school.id))), from \(HTML.code(directory.fileName)) line \(ready.school.line), with facts from the data and the partner search (<a href="#partners">the candidate partners</a>). Kept as decision <a href="/decisions/\(record.id)">\(record.id.prefix(8))</a>. <a href="/schools">Find another school</a></div>
                """
            let html = HTMLRenderer.render(
                explanation, stylesheetLink: "/assets/style.css",
                counterfactualLink: { index, _ in "/decisions/\(record.id)/what-if/\(index)" },
                before: PageLayout.navigation + banner, after: PartnerMap.section(ready))
            return text(html, type: "text/html; charset=utf-8")
        }
    }

    /// The `q` of the request's query, decoded as a form encodes it (a space may come as `+`).
    private func searchQuery(_ request: Request) -> String {
        ProfileForm.fields(request.uri.query ?? "").last { $0.0 == "q" }?.1 ?? ""
    }

    /// Routes the school with `id` and keeps the record: the answer `route --schools DATA --id ID
    /// --format json` gives, with the record's link.
    private func routeSchool(_ id: String) async throws -> (record: DecisionRecord, response: Response) {
        try await routeSchool(try answering.school(id))
    }

    private func routeSchool(_ ready: DatasetSchool) async throws -> (record: DecisionRecord, response: Response) {
        let directory = try answering.directory()
        let explanation = directory.ruleSet.explain(ready.profile, counterfactuals: false)
        var answer = RouteAnswer(explanation)
        answer.partners = PartnerAnswer(ready)
        return try await keep(
            explanation, profileText: profileText(ready, directory), ruleSet: directory.ruleSet,
            answer: answer.compactJSON)
    }

    /// The profile a record keeps for a school from the dataset: its values as YAML, with where they
    /// came from in a comment, so the record reads the same without the dataset.
    private func profileText(_ ready: DatasetSchool, _ directory: SchoolDirectory) -> String {
        "# School \(ready.school.id.jsonQuoted) from \(directory.fileName.jsonQuoted) line \(ready.school.line), "
            + "with facts from the data and the partner search\n"
            + ProfileText.yaml(ready.profile, schema: directory.ruleSet.schema, overriding: [])
    }

    private func searchPage(_ query: String) throws -> String {
        guard let directory = answering.schools else {
            return """
                <header><h1>Find a school</h1>
                <p>This server was started without a school dataset. Start it with <code>--schools DATA</code> (and <code>--map MAP</code> when the mapping is not beside the data) to find schools by URN or name, with their facts taken from the data and their partners from the partner search.</p></header>
                """
        }
        let found = directory.search(query)
        let rows = found.map { school in
            """
            <tr><td><a href="/schools/\(HTML.escape(pathSegment(school.id)))">\(HTML.escape(school.name))</a></td>
            <td>\(HTML.code(school.id))</td><td>\(HTML.escape(school.phase ?? ""))</td><td>\(HTML.escape(school.localAuthority ?? ""))</td><td>\(HTML.escape(school.ofsted ?? ""))</td></tr>
            """
        }
        let results: String
        if query.trimmingCharacters(in: .whitespaces).isEmpty {
            results = ""
        } else if found.isEmpty {
            results = "<p>No school has the id or a name containing “\(HTML.escape(query))”.</p>"
        } else {
            results = """
                <p>\(found.count) school\(found.count == 1 ? "" : "s")\(found.count == 50 ? " (the first 50)" : ""). Opening one routes it and keeps the answer as a decision record.</p>
                <table class="list"><thead><tr><th scope="col">School</th><th scope="col">URN</th><th scope="col">Phase</th><th scope="col">Local authority</th><th scope="col">Ofsted</th></tr></thead>
                <tbody>\(rows.joined(separator: "\n"))</tbody></table>
                """
        }
        return """
            <header><p class="eyebrow">\(HTML.escape(directory.title)) · \(directory.schools.count) schools · answered with \(HTML.code(directory.ruleSet.id)) \(HTML.escape(directory.ruleSet.version))</p>
            <h1>Find a school</h1></header>
            <form method="get" action="/schools"><div class="fact"><label for="q">URN, or part of the school's name</label>
            <input type="text" id="q" name="q" value="\(HTML.escape(query))"></div>
            <p><button type="submit" id="find">Find</button></p></form>
            \(results)
            """
    }
}

/// A school as a search lists it.
struct SchoolListing: Encodable {
    let id: String
    let name: String
    let phase: String?
    let localAuthority: String?
    let ofsted: String?
    let url: String

    init(_ school: School) {
        id = school.id
        name = school.name
        phase = school.phase
        localAuthority = school.localAuthority
        ofsted = school.ofsted
        url = "/v1/schools/\(pathSegment(school.id))/route"
    }
}

/// `text` as one segment of a URL's path: every byte but ASCII letters, digits and `-._~` escaped.
func pathSegment(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
}

private let unreserved = CharacterSet(
    charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
