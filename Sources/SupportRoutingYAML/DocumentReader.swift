public import Foundation
public import SupportRouting
import Yams

/// Parses YAML or JSON text into a ``SourceNode`` tree, turning every parser complaint into a
/// ``Diagnostic`` with a place. The only code that touches Yams; no Yams type leaves this file.
public enum DocumentReader {
    /// Bounds on untrusted input, checked before and while parsing.
    public struct Limits: Sendable, Hashable {
        /// The largest file accepted, in bytes.
        public var maximumBytes: Int
        /// The deepest nesting of maps and lists accepted.
        public var maximumDepth: Int
        /// The most nodes accepted, counting every use of an alias again.
        public var maximumNodes: Int
        /// The longest single value or key accepted, in characters.
        public var maximumStringLength: Int
        /// The most terms one condition of a rule file may have (see ``ConditionParser``).
        public var maximumConditionTerms: Int

        /// Creates limits.
        public init(
            maximumBytes: Int = 4 << 20, maximumDepth: Int = 64, maximumNodes: Int = 200_000,
            maximumStringLength: Int = 65_536, maximumConditionTerms: Int = ConditionParser.defaultMaximumTerms
        ) {
            self.maximumBytes = maximumBytes
            self.maximumDepth = maximumDepth
            self.maximumNodes = maximumNodes
            self.maximumStringLength = maximumStringLength
            self.maximumConditionTerms = maximumConditionTerms
        }

        /// Limits suited to rule files and profiles.
        public static let standard = Limits()

        /// The values each limit may take: wide enough for any real file, narrow enough that no
        /// arithmetic on them overflows and no parse outgrows its thread's stack.
        public static let allowedBytes = 1...(1 << 30)
        /// See ``allowedBytes``.
        public static let allowedDepth = 1...1000
        /// See ``allowedBytes``.
        public static let allowedNodes = 1...100_000_000
        /// See ``allowedBytes``.
        public static let allowedStringLength = 1...(1 << 30)
        /// See ``allowedBytes``.
        public static let allowedConditionTerms = 1...1_000_000

        /// ``maximumBytes`` within ``allowedBytes``, for arithmetic that must not overflow.
        package var boundedBytes: Int {
            min(max(maximumBytes, Self.allowedBytes.lowerBound), Self.allowedBytes.upperBound)
        }
        /// ``maximumDepth`` within ``allowedDepth``.
        package var boundedDepth: Int {
            min(max(maximumDepth, Self.allowedDepth.lowerBound), Self.allowedDepth.upperBound)
        }
    }

    /// The document in `data`, or the reasons it cannot be read.
    public static func read(_ data: Data, file: String, limits: Limits = .standard) -> Result<
        SourceNode, DiagnosticList
    > {
        let start = SourceLocation(file: file, line: 1, column: 1)
        func failure(_ id: String, _ message: String, at location: SourceLocation = start) -> Result<
            SourceNode, DiagnosticList
        > {
            .failure(DiagnosticList([Diagnostic(id: id, message: message, location: location)]))
        }
        guard data.count <= limits.maximumBytes else {
            return failure("too-large", "the file is \(data.count) bytes; the limit is \(limits.maximumBytes) bytes")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return failure("not-utf8", "the file is not valid UTF-8 text", at: firstInvalidUTF8(in: data, file: file))
        }
        return read(text, file: file, limits: limits)
    }

    /// The document in `text`, or the reasons it cannot be read.
    public static func read(_ text: String, file: String, limits: Limits = .standard) -> Result<
        SourceNode, DiagnosticList
    > {
        let start = SourceLocation(file: file, line: 1, column: 1)
        if text.utf8.count > limits.maximumBytes {
            return .failure(
                DiagnosticList([
                    Diagnostic(
                        id: "too-large",
                        message: "the file is \(text.utf8.count) bytes; the limit is \(limits.maximumBytes) bytes",
                        location: start)
                ]))
        }
        if let nul = text.unicodeScalars.firstIndex(where: { $0 == "\u{0}" }) {
            let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: nul)
            return .failure(
                DiagnosticList([
                    Diagnostic(
                        id: "binary",
                        message: "the file holds binary data (a NUL character); expected YAML or JSON text",
                        location: SourceText(text).location(ofOffset: offset, file: file))
                ]))
        }
        // Plain JSON, as programs send it, is read without libyaml; anything else is YAML's to read.
        if let node = JSONDocumentReader.read(text, file: file, limits: limits) { return .success(node) }
        return readYAML(text, file: file, limits: limits)
    }

    /// The document in `text` read by libyaml, whatever it holds; what ``read(_:file:limits:)`` does
    /// for all but plain JSON, after its size and NUL checks.
    package static func readYAML(_ text: String, file: String, limits: Limits = .standard) -> Result<
        SourceNode, DiagnosticList
    > {
        // libyaml composes recursively: parse on a thread with a stack large enough for the depth limit.
        // The main thread's is, when the system gives it the usual 8 MiB or more (the deepest document
        // the nesting check lets through needs under 512 KiB); other threads' may not be, and hand the
        // parse to a parsing thread.
        ParsingThreads.run { parse(text, file: file, limits: limits) }
    }

    private static func parse(_ text: String, file: String, limits: Limits) -> Result<SourceNode, DiagnosticList> {
        let source = SourceText(text)
        let start = SourceLocation(file: file, line: 1, column: 1)
        if let offset = source.offsetOfAliasKey() {
            return .failure(
                DiagnosticList([
                    Diagnostic(
                        id: "alias-key", message: "an alias (`*name`) is used as a map key; write the key out instead",
                        location: source.location(ofOffset: offset, file: file))
                ]))
        }
        // A rough count first, so hostile nesting never reaches the recursive composer; the exact
        // limit is enforced while converting.
        if let depth = source.offsetWhereNestingExceeds(
            max(4 * limits.boundedDepth, 256), reporting: limits.boundedDepth)
        {
            return .failure(
                DiagnosticList([
                    Diagnostic(
                        id: "too-deep", message: "the document nests deeper than \(limits.maximumDepth) levels",
                        location: source.location(ofOffset: depth, file: file))
                ]))
        }
        let node: Node?
        do {
            let parser = try Parser(yaml: text, resolver: .basic, encoding: .utf8)
            node = try parser.singleRoot()
            guard let node else {
                return .failure(
                    DiagnosticList([
                        Diagnostic(
                            id: "empty", message: "the file is empty; expected a YAML or JSON map", location: start)
                    ]))
            }
            var converter = NodeConverter(file: file, source: source, limits: limits)
            let converted = converter.convert(node, depth: 0)
            if let problem = converter.problem { return .failure(DiagnosticList([problem])) }
            return .success(converted)
        } catch let error as YamlError {
            return .failure(DiagnosticList([YAMLErrorTranslator.diagnostic(for: error, source: source, file: file)]))
        } catch {
            return .failure(
                DiagnosticList([
                    Diagnostic(id: "yaml", message: "the document could not be read: \(error)", location: start)
                ]))
        }
    }

    private static func firstInvalidUTF8(in data: Data, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            let length =
                byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= data.endIndex,
                String(data: data[index..<index + length], encoding: .utf8) != nil
            else { break }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
