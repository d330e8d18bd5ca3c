import Foundation
import Testing

/// A headless Chromium driven through chromedriver's W3C WebDriver protocol, over plain HTTP: the
/// browser test needs nothing but Debian's `chromium` and `chromium-driver`.
final class WebDriver {
    static let available =
        FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")

    private let driver = Process()
    private let port = Int.random(in: 20_000...60_000)
    private var session = ""

    init() async throws {
        driver.executableURL = URL(fileURLWithPath: "/usr/bin/chromedriver")
        driver.arguments = ["--port=\(port)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        for _ in 0..<100 {
            if (try? await call("GET", "/status")) != nil { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        let options: [String: Any] = [
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1100,1400",
            ],
        ]
        let created = try await call(
            "POST", "/session",
            ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]])
        session = try #require((created as? [String: Any])?["sessionId"] as? String)
    }

    deinit {
        // chromedriver does not stop on SIGTERM.
        kill(driver.processIdentifier, SIGKILL)
        driver.waitUntilExit()
    }

    /// Ends the browser.
    func quit() async {
        _ = try? await call("DELETE", "/session/\(session)")
    }

    /// One WebDriver command, through curl: FoundationNetworking fails on chromedriver's response
    /// headers ("Failed writing header").
    @discardableResult
    private func call(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any? {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        // The answer goes to a file: a screenshot is larger than a pipe holds until it is read.
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("webdriver-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: output) }
        var arguments = ["-s", "-o", output.path, "-X", method, "http://localhost:\(port)\(path)"]
        if let body {
            arguments += [
                "-H", "Content-Type: application/json", "-d",
                String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self),
            ]
        }
        curl.arguments = arguments
        // Waited for by its termination handler: a blocking wait on one of the few threads that run
        // the tests' tasks can starve the others.
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            curl.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try curl.run() } catch { continuation.resume(throwing: error) }
        }
        guard status == 0 else { throw WebDriverError(message: "curl failed on \(path)") }
        let data = try Data(contentsOf: output)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let value = json?["value"]
        if let error = (value as? [String: Any])?["error"] as? String {
            throw WebDriverError(message: "\(error): \((value as? [String: Any])?["message"] ?? "")")
        }
        return value
    }

    struct WebDriverError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    func open(_ url: String) async throws { try await call("POST", "/session/\(session)/url", ["url": url]) }

    var url: String { get async throws { try await call("GET", "/session/\(session)/url") as? String ?? "" } }

    /// The element `css` selects.
    func element(_ css: String) async throws -> String {
        let found = try await call("POST", "/session/\(session)/element", ["using": "css selector", "value": css])
        return try #require((found as? [String: Any])?.values.first as? String, "no element \(css)")
    }

    func click(_ css: String) async throws {
        try await call("POST", "/session/\(session)/element/\(try await element(css))/click", [:])
    }

    /// Chooses the file at `path` in the file input `css` selects.
    func upload(_ css: String, path: String) async throws {
        try await call("POST", "/session/\(session)/element/\(try await element(css))/value", ["text": path])
    }

    /// The visible text of the page.
    var text: String {
        get async throws {
            try await call("GET", "/session/\(session)/element/\(try await element("body"))/text") as? String ?? ""
        }
    }

    /// The element that has the keyboard's focus, as the driver refers to it.
    var focused: String {
        get async throws {
            let active = try await call("GET", "/session/\(session)/element/active")
            return try #require((active as? [String: Any])?.values.first as? String)
        }
    }

    /// The id of the element that has the keyboard's focus.
    var focusedID: String {
        get async throws {
            try await call("GET", "/session/\(session)/element/\(try await focused)/property/id") as? String ?? ""
        }
    }

    /// Presses keys, one after another: text, or WebDriver's codes such as `\u{E004}` for Tab.
    func press(_ keys: String) async throws {
        let actions = keys.unicodeScalars.flatMap { key -> [[String: Any]] in
            [["type": "keyDown", "value": String(key)], ["type": "keyUp", "value": String(key)]]
        }
        try await call(
            "POST", "/session/\(session)/actions",
            ["actions": [["type": "key", "id": "keyboard", "actions": actions]]])
    }

    static let tab = "\u{E004}"
    static let enter = "\u{E007}"
    static let space = " "

    /// Presses Tab until the field with this id has the focus (at most 300 times), each time waiting
    /// for the focus to move (up to a second), so a busy browser is never a key behind.
    func tab(to id: String) async throws {
        for _ in 0..<300 {
            let before = try await focused
            if try await focusedID == id { return }
            try await press(Self.tab)
            var waited = 0
            while waited < 100, try await focused == before {
                try await Task.sleep(for: .milliseconds(10))
                waited += 1
            }
        }
        Issue.record("the keyboard never reached \(id)")
    }

    /// The page as a PNG.
    func screenshot() async throws -> Data {
        let encoded = try await call("GET", "/session/\(session)/screenshot") as? String ?? ""
        return Data(base64Encoded: encoded) ?? Data()
    }
}
