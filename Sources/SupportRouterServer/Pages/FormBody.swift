import Foundation
import HTTPTypes
import NIOCore

/// The fields of a form post, sent URL-encoded or as `multipart/form-data` (which a form with a file
/// to upload must use), in the order sent.
enum FormBody {
    /// The fields of `body`, read as its `contentType` says; a problem when a multipart body is
    /// malformed or a field is not UTF-8 text.
    static func fields(_ body: ByteBuffer, contentType: String?) throws(Problem) -> [(String, String)] {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else {
            return ProfileForm.fields(String(buffer: body))
        }
        guard let boundary = parameter("boundary", in: contentType), !boundary.isEmpty, boundary.utf8.count <= 200
        else { throw malformed("the multipart body's content type has no boundary") }
        return try multipart(Array(body.readableBytesView), boundary: Array(boundary.utf8))
    }

    /// The parts of a multipart body (RFC 7578): each part's `name`, and its content as text.
    static func multipart(_ bytes: [UInt8], boundary: [UInt8]) throws(Problem) -> [(String, String)] {
        let opening = Array("--".utf8) + boundary
        let delimiter = Array("\r\n".utf8) + opening
        guard var position = find(opening, in: bytes, from: 0) else {
            throw malformed("the multipart body never opens with its boundary")
        }
        position += opening.count
        var fields: [(String, String)] = []
        while true {
            // After a boundary: `--` closes the body; otherwise a line break starts the next part.
            if bytes[position...].starts(with: "--".utf8) { return fields }
            guard bytes[position...].starts(with: "\r\n".utf8) else {
                throw malformed("a boundary is not followed by a line break")
            }
            position += 2
            guard let headersEnd = find(Array("\r\n\r\n".utf8), in: bytes, from: position) else {
                throw malformed("a part's headers never end")
            }
            guard let headers = String(validating: bytes[position..<headersEnd], as: UTF8.self),
                let name = name(in: headers)
            else { throw malformed("a part has no name in its Content-Disposition") }
            let start = headersEnd + 4
            guard let end = find(delimiter, in: bytes, from: start) else {
                throw malformed("the part `\(name)` never ends with the boundary")
            }
            guard let value = String(validating: bytes[start..<end], as: UTF8.self) else {
                throw Problem(
                    .unprocessableContent, kind: "not-utf8", title: "The profile is not text",
                    detail: "the field `\(name)` is not UTF-8 text; upload a YAML or JSON profile")
            }
            fields.append((name, value))
            position = end + delimiter.count
        }
    }

    /// The `name` of a part, from its `Content-Disposition: form-data; name="..."` header.
    private static func name(in headers: String) -> String? {
        for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            return parameter("name", in: String(line))
        }
        return nil
    }

    /// The value of `key=value` or `key="value"` among a header's `;`-separated parameters.
    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let parts = piece.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var value = parts[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }

    /// The first place `needle` occurs in `bytes` at or after `start`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func malformed(_ detail: String) -> Problem {
        Problem(.badRequest, kind: "bad-form", title: "The form could not be read", detail: detail)
    }
}
