import Foundation
import HTTPTypes
public import Hummingbird
import NIOCore
import SupportRouting
import SupportRoutingRendering
import SupportRoutingYAML

/// The pages: the rule sets, a form generated from a rule set's facts, the answer at its record's
/// permalink with links that try each change that would alter it, and the records. Server-rendered
/// HTML, no script, every text escaped.
extension ServerRoutes {
    /// Adds the pages to `router`.
    public func addPages<Context: RequestContext>(to router: Router<Context>) {
        router.get("/") { _, _ in page("Rule sets", home) }
        router.get("assets/style.css") { _, _ in text(PageLayout.stylesheet, type: "text/css; charset=utf-8") }
        router.get("login") { request, _ in
            let wrong = request.uri.query == "wrong" ? "<p class=\"banner warn\">That is not the token.</p>" : ""
            let body = """
                <header><h1>This server needs its token</h1><p>Ask the person who runs it. You are asked once; the browser keeps it for this site.</p></header>
                \(wrong)<form method="post" action="/login"><div class="fact"><label for="token">Token</label>
                <input type="password" id="token" name="token" autocomplete="current-password"></div>
                <p><button type="submit">Log in</button></p></form>
                """
            return page("Log in", body)
        }
        router.get("rulesets/:id") { request, context in
            let ruleSet = try answering.ruleSet(try pathParameter("id", context))
            let (csrf, setCookie) = CSRFCookie.value(for: request)
            let body = """
                <header><p class="eyebrow">\(HTML.escape(ruleSet.title)) · version \(HTML.escape(ruleSet.version))</p>
                <h1>Recommend a route</h1>
                <p>Say what you know about the school; leave the rest not known. The answer is kept as a decision record with a permalink.</p></header>
                \(ProfileForm.render(ruleSet, csrf: csrf))
                """
            var response = page("Recommend a route", body)
            if let setCookie { response.headers[.setCookie] = setCookie }
            return response
        }
        router.post("rulesets/:id/answer") { request, context in
            var request = request
            let ruleSet = try answering.ruleSet(try pathParameter("id", context))
            let body = try await request.collectBody(upTo: ServerRoutes.maximumBody)
            let fields = try FormBody.fields(body, contentType: request.headers[.contentType])
            try CSRFCookie.check(fields, request)
            let profileText = ProfileForm.profile(from: fields, ruleSet: ruleSet)
            let profile: Profile
            do {
                profile = try answering.profile(profileText, ruleSet: ruleSet)
            } catch {
                return page(
                    "The profile has mistakes", mistakes(error, profileText, ruleSet: ruleSet.id),
                    status: .unprocessableContent)
            }
            let explanation = ruleSet.explain(profile, counterfactuals: false)
            let (record, _) = try await keep(
                explanation, profileText: profileText, ruleSet: ruleSet, answer: RouteAnswer(explanation).compactJSON)
            return Response(status: .seeOther, headers: [.location: "/decisions/\(record.id)"])
        }
        router.get("decisions") { _, _ in page("Decisions", try recent()) }
        router.get("rulesets/:id/graph") { _, context in
            let ruleSet = try answering.ruleSet(try pathParameter("id", context))
            let facts = ruleSet.schema.facts.map { fact in
                "<tr><td>\(HTML.code(fact.name))</td><td>\(HTML.escape(fact.description))</td></tr>"
            }
            let body = """
                <header><p class="eyebrow">\(HTML.escape(ruleSet.title)) · version \(HTML.escape(ruleSet.version))</p>
                <h1>The escalation path</h1><p>A school starts at the lowest rung, or where a rule on the left says, and climbs while a rule on an arrow holds.</p></header>
                \(LadderPicture.svg(ruleSet))
                <h2>The facts a profile may give</h2>
                <table class="list"><thead><tr><th scope="col">Fact</th><th scope="col">What it says</th></tr></thead>
                <tbody>\(facts.joined(separator: "\n"))</tbody></table>
                """
            return page("The escalation path", body)
        }
        router.get("decisions/:id") { _, context in
            let (record, ruleSet, profile) = try load(try pathParameter("id", context))
            let recheck = answering.recheck(record)
            let explanation = ruleSet.explain(profile)
            let html = HTMLRenderer.render(
                explanation, stylesheetLink: "/assets/style.css",
                counterfactualLink: { index, _ in "/decisions/\(record.id)/what-if/\(index)" },
                before: PageLayout.navigation + banner(record, recheck))
            return text(html, type: "text/html; charset=utf-8")
        }
        router.get("decisions/:id/what-if/:index") { request, context in
            let (record, ruleSet, profile) = try load(try pathParameter("id", context))
            let index = try context.parameters.require("index", as: Int.self)
            let explanation = ruleSet.explain(profile)
            guard explanation.counterfactuals.indices.contains(index) else {
                throw Problem.notFound("no change \(index) for decision `\(record.id)`")
            }
            let changes = explanation.counterfactuals[index].changes
            let changed = ProfileText.yaml(profile, schema: ruleSet.schema, overriding: changes)
            let tried = try answering.profile(changed, ruleSet: ruleSet)
            let (csrf, setCookie) = CSRFCookie.value(for: request)
            let described = changes.map { "\(HTML.code($0.fact)) were \(HTML.escape($0.to))" }.joined(
                separator: " and ")
            let keep = """
                <div class="banner">Tried: if \(described). This answer is not kept until you keep it.
                <form method="post" action="/rulesets/\(HTML.escape(ruleSet.id))/answer">
                <input type="hidden" name="csrf" value="\(HTML.escape(csrf))">
                <textarea name="profile" hidden>\(HTML.escape(changed))</textarea>
                <button type="submit">Keep this as a decision</button> <a href="/decisions/\(record.id)">Back to the decision</a>
                </form></div>
                """
            let html = HTMLRenderer.render(
                ruleSet.explain(tried, counterfactuals: false), stylesheetLink: "/assets/style.css",
                counterfactualLink: nil, before: PageLayout.navigation + keep)
            var response = text(html, type: "text/html; charset=utf-8")
            if let setCookie { response.headers[.setCookie] = setCookie }
            return response
        }
        router.get("decisions/:id/download/:format") { _, context in
            let (record, ruleSet, profile) = try load(try pathParameter("id", context))
            let explanation = ruleSet.explain(profile)
            let format = try context.parameters.require("format")
            let (body, type, suffix): (String, String, String) =
                switch format {
                case "json": (try ServerRoutes.encode(explanation) + "\n", "application/json", "json")
                case "markdown": (MarkdownRenderer.render(explanation), "text/markdown; charset=utf-8", "md")
                case "html": (HTMLRenderer.render(explanation), "text/html; charset=utf-8", "html")
                default: throw Problem.notFound("no download as `\(format)`; there are json, markdown and html")
                }
            var response = text(body, type: type)
            response.headers[.contentDisposition] = "attachment; filename=\"decision-\(record.id).\(suffix)\""
            return response
        }
    }

    private var home: String {
        let rows = answering.catalog.ruleSets.map { ruleSet in
            """
            <tr><td><a href="/rulesets/\(HTML.escape(ruleSet.id))">\(HTML.escape(ruleSet.title))</a></td>
            <td>\(HTML.code(ruleSet.id))</td><td>\(HTML.escape(ruleSet.version))</td>
            <td>\(ruleSet.routes.map { HTML.code($0.id) }.joined(separator: " → "))</td>
            <td><a href="/rulesets/\(HTML.escape(ruleSet.id))/graph">the path and its facts</a></td></tr>
            """
        }
        return """
            <header><p class="eyebrow">support-router</p><h1>Recommend how a school should be supported</h1>
            <p>Choose a rule set, say what you know about the school, and get one recommended route with its reasons. Every answer is kept, with the exact rules that gave it.</p></header>
            <table class="list"><thead><tr><th scope="col">Rule set</th><th scope="col">Id</th><th scope="col">Version</th><th scope="col">The ladder</th><th scope="col">Picture</th></tr></thead>
            <tbody>\(rows.joined(separator: "\n"))</tbody></table>
            """
    }

    private func recent() throws -> String {
        let rows = try store.recent(limit: 50).map { record in
            """
            <tr><td><a href="/decisions/\(record.id)">\(record.id.prefix(8))</a></td>
            <td>\(HTML.escape(ISO8601DateFormatter().string(from: record.createdAt)))</td>
            <td>\(HTML.code(record.ruleSetID)) \(HTML.escape(record.ruleSetVersion))</td><td>\(HTML.code(record.route))</td></tr>
            """
        }
        return """
            <header><h1>The newest decisions</h1></header>
            <table class="list"><thead><tr><th scope="col">Record</th><th scope="col">Given</th><th scope="col">Rules</th><th scope="col">Route</th></tr></thead>
            <tbody>\(rows.joined(separator: "\n"))</tbody></table>
            """
    }

    private func load(_ id: String) throws -> (DecisionRecord, RuleSet, Profile) {
        guard let record = try store.record(id: id) else { throw Problem.notFound("no decision `\(id)`") }
        let ruleSet = try answering.ruleSet(record.ruleSetID)
        return (record, ruleSet, try answering.profile(record.profile, ruleSet: ruleSet))
    }

    private func banner(_ record: DecisionRecord, _ recheck: Answering.Recheck) -> String {
        let time = ISO8601DateFormatter().string(from: record.createdAt)
        let now: String
        if let note = recheck.note {
            now = HTML.escape(note)
        } else if recheck.sameAnswer {
            now =
                "The current rules give the same answer\(recheck.sameRules ? ", from the same rule file" : ", though the rule file has changed")."
        } else {
            now =
                "The current rules give \(HTML.code(recheck.route ?? "no answer")) now; these rules differ: \(recheck.rulesThatDiffer.map(HTML.code).joined(separator: ", "))."
        }
        return """
            <div class="banner\(recheck.sameAnswer ? "" : " warn")">Decision \(HTML.code(record.id)), given \(HTML.escape(time)) with \(HTML.code(record.ruleSetID)) \(HTML.escape(record.ruleSetVersion)) (SHA-256 \(HTML.code(String(record.ruleSetSHA256.prefix(12))))…). \(now)
            Download: <a href="/decisions/\(record.id)/download/json">JSON</a> · <a href="/decisions/\(record.id)/download/markdown">Markdown</a> · <a href="/decisions/\(record.id)/download/html">HTML</a></div>
            """
    }

    private func mistakes(_ error: any Error, _ profileText: String, ruleSet: String) -> String {
        let items =
            (error as? Problem)?.diagnostics?.map {
                "<li>line \($0.line), column \($0.column): \(HTML.escape($0.message))</li>"
            } ?? []
        return """
            <header><h1>The profile has mistakes</h1></header>
            <ul>\(items.joined(separator: "\n"))</ul>
            <pre>\(HTML.escape(profileText))</pre>
            <p><a href="/rulesets/\(HTML.escape(ruleSet))">Back to the form</a></p>
            """
    }
}

/// A page response.
func page(_ title: String, _ body: String, status: HTTPResponse.Status = .ok) -> Response {
    var response = text(PageLayout.document(title: title, body: body), type: "text/html; charset=utf-8")
    response.status = status
    return response
}

/// A profile written back as YAML, one dotted fact a line, with some facts changed: what a page's
/// "try it" link answers.
enum ProfileText {
    static func yaml(_ profile: Profile, schema: FactSchema, overriding changes: [Explanation.Change]) -> String {
        var lines: [String] = []
        if let name = profile.name { lines.append("about:\n  name: \(name.jsonQuoted)") }
        for fact in schema.facts {
            if let change = changes.first(where: { $0.fact == fact.name }), let example = change.example {
                lines.append("\(fact.name): \(example)")
                continue
            }
            switch profile.origins[fact.index] {
            case .given:
                if let value = profile.values[fact.index] {
                    lines.append("\(fact.name): \(WitnessBuilder.yaml(value, fact.type))")
                }
            case .unknown: lines.append("\(fact.name): null")
            case .defaulted, .missing, .derived: continue
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
