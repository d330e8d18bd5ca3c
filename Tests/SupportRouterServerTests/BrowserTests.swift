import Foundation
import Testing

/// The pages in a real browser: headless Chromium, driven through chromedriver, against the server
/// running as a process. `.ci/run` installs Debian's `chromium` and `chromium-driver` when missing.
/// With `RECORD_SCREENSHOTS=1` the screenshots are written to `docs/screenshots/`.
@Suite(.serialized)
struct BrowserTests {
    static func screenshot(_ browser: WebDriver, _ name: String) async throws {
        guard ProcessInfo.processInfo.environment["RECORD_SCREENSHOTS"] != nil else { return }
        let folder = ServerFixture.root.appendingPathComponent("docs/screenshots")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try await browser.screenshot().write(to: folder.appendingPathComponent("\(name).png"))
    }

    /// Runs `body` with the address of a server started as a process, with records in a fresh file.
    static func withServer(arguments: [String] = [], _ body: (String) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("support-router-browser-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try DurabilityTests.Running(
            database: folder.appendingPathComponent("records.sqlite").path, arguments: arguments)
        defer { server.kill9() }
        try await server.waitUntilReady()
        try await body("http://127.0.0.1:\(server.port)")
    }

    @Test(.enabled(if: WebDriver.available, "needs Debian's chromium and chromium-driver"))
    func anOfficerRoutesAKingsdownLikeSchoolTriesAChangeAndOpensTheRecord() async throws {
        try await Self.withServer { site in
            let browser = try await WebDriver()

            try await browser.open(site + "/")
            #expect(
                try await browser.text.contains("Support for schools in difficulty (England, 2008 partnership model)"))
            try await Self.screenshot(browser, "home")

            // The form, filled in for a school like Kingsdown: weak behaviour and teaching, no leader free
            // inside, a healthy partnership with a strong partner near and staff time on both sides.
            try await browser.click("a[href='/rulesets/england-2008']")
            try await browser.click("[id='about.name']")
            try await browser.press("Kingsdown School, Wigan")
            for (field, value) in [
                ("f.phase", "secondary"), ("f.self_evaluation.needs_external_help", "true"),
                ("f.in_school.leader_with_capacity", "false"), ("f.local_family.partnership_healthy", "true"),
                ("f.local_family.strong_partner_within_reach", "true"), ("f.local_family.staff_time_committed", "true"),
            ] {
                try await browser.click("[id='\(field)'] option[value='\(value)']")
            }
            for member in ["behaviour", "teaching_and_learning"] {
                try await browser.click("input[name='f.weak_areas'][value='\(member)']")
            }
            try await Self.screenshot(browser, "form")
            try await browser.click("button[type='submit']")
            #expect(try await browser.url.contains("/decisions/"))
            let answer = try await browser.text
            #expect(answer.contains("local-family"))
            #expect(answer.contains("The current rules give the same answer"))
            try await Self.screenshot(browser, "answer")

            // A change that would alter the answer, tried from its link: the route changes.
            try await browser.click("a[href$='/what-if/0']")
            let tried = try await browser.text
            #expect(tried.contains("Tried: if"))
            #expect(!tried.contains("Support from the local family of schools\nStep 3"))
            try await browser.click("button[type='submit']")
            let kept = try await browser.url
            #expect(kept.contains("/decisions/"))

            // The record's permalink, opened afresh.
            try await browser.open(kept)
            #expect(try await browser.text.contains("The current rules give the same answer, from the same rule file."))

            // A profile file uploaded instead of the fields.
            try await browser.open(site + "/rulesets/england-2008")
            try await browser.upload(
                "#upload", path: ServerFixture.root.appendingPathComponent("Samples/riverside-high.yaml").path)
            try await browser.click("button[type='submit']")
            #expect(try await browser.url.contains("/decisions/"))
            let uploaded = try await browser.text
            #expect(uploaded.contains("Riverside High School"))
            #expect(uploaded.contains("la-commissioned"))
            await browser.quit()
        }
    }

    @Test(.enabled(if: WebDriver.available, "needs Debian's chromium and chromium-driver"))
    func theFormWorksWithTheKeyboardAlone() async throws {
        try await Self.withServer { site in
            let browser = try await WebDriver()
            try await browser.open(site + "/rulesets/england-2008")

            // Tab from field to field; type to choose in a list, space to tick a box, Enter to send.
            try await browser.tab(to: "about.name")
            try await browser.press("Marsh Lane Primary")
            try await browser.tab(to: "f.phase")
            try await browser.press("p")
            try await browser.tab(to: "f.self_evaluation.needs_external_help")
            try await browser.press("y")
            try await browser.tab(to: "f.in_school.leader_with_capacity")
            try await browser.press("y")
            try await browser.tab(to: "submit")
            try await browser.press(WebDriver.enter)
            #expect(try await browser.url.contains("/decisions/"))
            let answer = try await browser.text
            #expect(answer.contains("Marsh Lane Primary"))
            #expect(answer.contains("in-school"))
            await browser.quit()
        }
    }

    @Test(.enabled(if: WebDriver.available, "needs Debian's chromium and chromium-driver"))
    func anOfficerFindsASchoolByNameAndSeesItsPartnersOnAMap() async throws {
        let dataset = ServerFixture.root.appendingPathComponent("Samples/datasets/riverside-area.csv").path
        try await Self.withServer(arguments: ["--schools", dataset]) { site in
            let browser = try await WebDriver()
            try await browser.open(site + "/")
            try await browser.click("a[href='/schools']")
            try await browser.click("#q")
            try await browser.press("brook primary school 28" + WebDriver.enter)
            #expect(try await browser.url.contains("/schools?q=brook+primary+school+28"))
            try await browser.click("a[href='/schools/200028']")
            let page = try await browser.text
            #expect(page.contains("Brook Primary School 28"))
            #expect(page.contains("Support from the local family of schools"))
            #expect(page.contains("1. Castle Primary School 30 (200030, 1.2 km)"))
            _ = try await browser.element(
                "svg[aria-label='Brook Primary School 28 and 3 candidate partners within 3.0 km']")
            try await browser.click("a[href='#partners']")
            try await Self.screenshot(browser, "school")
            // The record the page kept, opened from its link.
            try await browser.click("a[href^='/decisions/']")
            #expect(try await browser.text.contains("The current rules give the same answer, from the same rule file."))
            await browser.quit()
        }
    }
}
