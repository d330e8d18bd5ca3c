import Foundation
import HTTPTypes
import Hummingbird

/// Cross-site request forgery protection for the forms: a random value set as an HttpOnly,
/// SameSite=Strict cookie when a form is shown, and sent back in the form; a post is taken only when
/// the two agree. A page on another site can neither read the cookie nor make the browser send it.
enum CSRFCookie {
    static let name = "support-router-csrf"

    /// The request's value, or a new one with the header that sets it.
    static func value(for request: Request) -> (value: String, setCookie: String?) {
        if let existing = cookie(name, in: request), existing.count == 32 { return (existing, nil) }
        let value = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
        return (value, "\(name)=\(value); Path=/; HttpOnly; SameSite=Strict")
    }

    /// Whether the form's `csrf` field matches the request's cookie.
    static func check(_ fields: [(String, String)], _ request: Request) throws(Problem) {
        guard let cookie = cookie(name, in: request), let sent = fields.first(where: { $0.0 == "csrf" })?.1,
            cookie == sent
        else {
            throw Problem(
                .forbidden, kind: "csrf", title: "The form has expired",
                detail: "reload the form and send it again; forms are only taken from this site's own pages")
        }
    }

    /// The value of the cookie `name` in the request.
    static func cookie(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0] == name { return String(parts[1]) }
            }
        }
        return nil
    }
}
