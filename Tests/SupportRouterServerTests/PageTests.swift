import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SupportRouterServer
import SupportRoutingRendering
import Testing

/// The pages: the form made from the facts, a post that is kept and answered at a permalink, the
/// links that try a change, the downloads, forgery refused, and hostile text escaped everywhere.
struct PageTests {
    /// The cookie and the form's hidden value, from showing the form.
    static func csrf(_ client: any TestClientProtocol, _ ruleSet: String) async throws -> (
        cookie: String, value: String
    ) {
        try await client.execute(uri: "/rulesets/\(ruleSet)", method: .get) { response in
            #expect(response.status == .ok)
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            let value = String(cookie.split(separator: ";")[0].split(separator: "=")[1])
            let page = String(buffer: response.body)
            #expect(page.contains("name=\"csrf\" value=\"\(value)\""))
            return (String(cookie.split(separator: ";")[0]), value)
        }
    }

    static func post(
        _ client: any TestClientProtocol, _ ruleSet: String, _ form: String, cookie: String
    ) async throws -> TestResponse {
        try await client.execute(
            uri: "/rulesets/\(ruleSet)/answer", method: .post,
            headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: form))
    }

    @Test func theFormIsMadeFromTheFacts() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            try await client.execute(uri: "/rulesets/england-2026", method: .get) { response in
                let page = String(buffer: response.body)
                // An enum is a choice, with "not known"; a bool is yes / no / not known; a number is bounded.
                #expect(page.contains("<select id=\"f.report_card.leadership_and_governance\""))
                #expect(
                    page.contains("<option value=\"\" selected>not known</option><option value=\"true\">yes</option>"))
                #expect(
                    page.contains(
                        "type=\"number\" id=\"f.rise.months_in_targeted\" name=\"f.rise.months_in_targeted\" min=\"0\" max=\"120\""
                    ))
                // A derived fact is worked out unless the officer says otherwise.
                #expect(
                    page.contains(
                        "<select id=\"f.ofsted.category\" name=\"f.ofsted.category\"><option value=\"\" selected>work it out</option>"
                    ))
                #expect(page.contains("Ofsted&#39;s report-card grade for inclusion at the last inspection."))
            }
            try await client.execute(uri: "/rulesets/england-2008", method: .get) { response in
                #expect(
                    String(buffer: response.body).contains(
                        "type=\"checkbox\" name=\"f.weak_areas\" value=\"behaviour\""))
            }
        }
    }

    @Test func aPostedFormIsKeptAndAnsweredAtItsPermalink() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            let (cookie, value) = try await Self.csrf(client, "england-2008")
            let form = [
                "csrf=\(value)", "about.name=Kingsdown", "f.phase=secondary",
                "f.self_evaluation.needs_external_help=true",
                "f.weak_areas=behaviour", "f.weak_areas=teaching_and_learning",
                "f.in_school.leader_with_capacity=false",
                "f.local_family.partnership_healthy=true", "f.local_family.strong_partner_within_reach=true",
                "f.local_family.staff_time_committed=true",
            ].joined(separator: "&")
            let location = try #require(
                try await Self.post(client, "england-2008", form, cookie: cookie).headers[.location])
            #expect(location.hasPrefix("/decisions/"))
            let id = String(location.dropFirst("/decisions/".count))
            #expect(try server.store.record(id: id)?.route == "local-family")
            try await client.execute(uri: location, method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<code>local-family</code>"))
                #expect(page.contains("The current rules give the same answer, from the same rule file."))
                #expect(page.contains("<link rel=\"stylesheet\" href=\"/assets/style.css\">"))
                #expect(!page.contains("<style>"))
                #expect(page.contains("<a href=\"/decisions/\(id)/what-if/0\">Try it</a>"))
            }
            // The first change that would alter the answer, tried.
            try await client.execute(uri: "\(location)/what-if/0", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("Tried: if <code>self_evaluation.needs_external_help</code> were false."))
                #expect(page.contains("<code>self-evaluation</code>"))
            }
            for format in ["json", "markdown", "html"] {
                try await client.execute(uri: "\(location)/download/\(format)", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
                }
            }
        }
    }

    /// A form sent as `multipart/form-data`, as a browser sends one with a file to upload.
    static func multipart(_ parts: [(name: String, filename: String?, value: [UInt8])]) -> (String, ByteBuffer) {
        let boundary = "----formboundary7MA4YWxkTrZu0gW"
        var body = ByteBuffer()
        for part in parts {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\"")
            if let filename = part.filename {
                body.writeString("; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream")
            }
            body.writeString("\r\n\r\n")
            body.writeBytes(part.value)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        return ("multipart/form-data; boundary=\(boundary)", body)
    }

    @Test func anUploadedProfileIsUsedInsteadOfTheFields() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        let kingsdown = try ServerFixture.read("Samples/kingsdown-school.yaml")
        try await server.test { client in
            let (cookie, value) = try await Self.csrf(client, "england-2008")
            let (type, body) = Self.multipart([
                ("csrf", nil, Array(value.utf8)), ("f.phase", nil, Array("primary".utf8)),
                ("profile", nil, []), ("upload", "kingsdown-school.yaml", Array(kingsdown.utf8)),
            ])
            let location = try await client.execute(
                uri: "/rulesets/england-2008/answer", method: .post, headers: [.cookie: cookie, .contentType: type],
                body: body
            ) { response in
                #expect(response.status == .seeOther)
                return try #require(response.headers[.location])
            }
            let record = try #require(try server.store.record(id: String(location.dropFirst("/decisions/".count))))
            #expect(record.route == "local-family")
            #expect(record.profile == kingsdown)
        }
    }

    @Test func aBrokenOrBinaryUploadIsAProblem() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            let (cookie, value) = try await Self.csrf(client, "england-2008")
            let (type, body) = Self.multipart([
                ("csrf", nil, Array(value.utf8)), ("upload", "photo.yaml", [0xFF, 0xD8, 0xFF, 0xE0, 0x00]),
            ])
            try await client.execute(
                uri: "/rulesets/england-2008/answer", method: .post, headers: [.cookie: cookie, .contentType: type],
                body: body
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(
                    String(buffer: response.body).contains(
                        "The field `upload` is not UTF-8 text; upload a YAML or JSON profile."))
            }
            let broken: [(String, String)] = [
                ("multipart/form-data", "the multipart body's content type has no boundary"),
                ("multipart/form-data; boundary=zzz", "the multipart body never opens with its boundary"),
                ("multipart/form-data; boundary=\"----formboundary7MA4YWxkTrZu0gW\"", "a part's headers never end"),
            ]
            for (brokenType, detail) in broken {
                var truncated = body
                truncated.moveWriterIndex(to: 60)
                try await client.execute(
                    uri: "/rulesets/england-2008/answer", method: .post,
                    headers: [.cookie: cookie, .contentType: brokenType], body: truncated
                ) { response in
                    #expect(response.status == .badRequest)
                    let page = String(buffer: response.body)
                    #expect(page.contains("<h1>The form could not be read</h1>"))
                    #expect(page.contains(HTML.escape(detail.prefix(1).uppercased() + detail.dropFirst()) + "."))
                }
            }
            #expect(try server.store.count() == 0)
        }
    }

    @Test func aFormWithoutItsCookieIsRefused() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            let response = try await Self.post(
                client, "england-2008", "csrf=0123456789abcdef0123456789abcdef&f.phase=primary",
                cookie: "support-router-csrf=fedcba9876543210fedcba9876543210")
            #expect(response.status == .forbidden)
            #expect(try server.store.count() == 0)
        }
    }

    @Test func hostileTextIsEscapedOnEveryPage() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            let (cookie, value) = try await Self.csrf(client, "england-2008")
            let hostile = "<script>alert(1)</script>"
            let profile = """
                about:
                  name: "\(hostile)"
                phase: secondary
                weak_department: "\(hostile)"
                weak_areas: [department]
                self_evaluation: { needs_external_help: true }
                in_school: { leader_with_capacity: true }
                """
            let form = "csrf=\(value)&profile=" + profile.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let location = try #require(
                try await Self.post(client, "england-2008", form, cookie: cookie).headers[.location])
            for uri in [location, "/decisions", "\(location)/what-if/0"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let page = String(buffer: response.body)
                    #expect(!page.contains("<script"), "\(uri)")
                    #expect(response.headers[.contentSecurityPolicy] == "default-src 'self'")
                }
            }
            // A mistake shows the profile back, escaped.
            let bad =
                "csrf=\(value)&profile=" + "phase: \"\(hostile)\"".addingPercentEncoding(
                    withAllowedCharacters: .alphanumerics)!
            let response = try await Self.post(client, "england-2008", bad, cookie: cookie)
            #expect(response.status == .unprocessableContent)
            #expect(!String(buffer: response.body).contains("<script"))
        }
    }

    @Test func withATokenThePagesAskForItOnceAndKeepItInACookie() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        let token = "a-token-of-some-length"
        try await server.test(token: token) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/login")
            }
            try await client.execute(uri: "/login", method: .get) { #expect($0.status == .ok) }
            let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            try await client.execute(
                uri: "/login", method: .post, headers: form, body: ByteBuffer(string: "token=nope")
            ) {
                #expect($0.headers[.location] == "/login?wrong")
                #expect($0.headers[.setCookie] == nil)
            }
            let cookie = try await client.execute(
                uri: "/login", method: .post, headers: form, body: ByteBuffer(string: "token=\(token)")
            ) { response in
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
                return String(cookie.split(separator: ";")[0])
            }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .ok) }
        }
    }

    @Test func theGraphPageDrawsThePathAsAPictureWithItsFacts() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(String(buffer: response.body).contains("<a href=\"/rulesets/england-2026/graph\">"))
            }
            try await client.execute(uri: "/rulesets/england-2026/graph", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
                for route in [
                    "self-improvement", "responsible-body-support", "rise-engagement", "rise-targeted", "structural",
                ] {
                    #expect(page.contains(route), "\(route)")
                }
                #expect(page.contains(">targeted-without-progress</text>"))
                #expect(page.contains(">or not-at-expected-after-two-years</text>"))
                #expect(page.contains("significant-improvement-from-september-2026"))
                #expect(page.contains("<code>report_card.leadership_and_governance</code>"))
                #expect(!page.contains("style="))
            }
            try await client.execute(uri: "/rulesets/nope/graph", method: .get) { #expect($0.status == .notFound) }
        }
    }
}
