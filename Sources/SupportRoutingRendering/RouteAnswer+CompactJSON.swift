public import Foundation
public import SupportRouting

extension RouteAnswer {
    /// The answer as one line of JSON with its keys sorted: byte for byte what `JSONEncoder` with
    /// `.sortedKeys` and `.withoutEscapingSlashes` writes (a test holds them equal), in a fraction of
    /// its time. The server answers every request with it.
    public var compactJSON: String {
        var object = CompactObject()
        object.add("profile", string: profile)
        object.add("name", string: name)
        object.add("decided", raw: decided ? "true" : "false")
        object.add("route", raw: route.map(Self.json))
        object.add("possible", raw: possible.map { Self.array($0, Self.json) })
        object.add("decidingFacts", raw: decidingFacts.map { Self.array($0, \.jsonQuoted) })
        object.add("possibleRoutesIncomplete", raw: possibleRoutesIncomplete.map { $0 ? "true" : "false" })
        object.add("reasons", raw: reasons.map { Self.array($0, Self.json) })
        object.add("advice", raw: advice.map { Self.array($0, Self.json) })
        object.add("defaultsUsed", raw: defaultsUsed.map { Self.array($0, Self.json) })
        object.add("errors", raw: errors.map { Self.array($0, Self.json) })
        object.add("rules", raw: rules.map(Self.json))
        object.add("partners", raw: partners.map(Self.json))
        return object.text
    }

    private static func array<T>(_ items: [T], _ json: (T) -> String) -> String {
        "[" + items.map(json).joined(separator: ",") + "]"
    }

    private static func json(_ route: Explanation.RouteSummary) -> String {
        var object = CompactObject()
        object.add("id", string: route.id)
        object.add("rung", raw: String(route.rung))
        object.add("title", string: route.title)
        object.add("brokeredBy", string: route.brokeredBy)
        object.add("involves", string: route.involves)
        return object.text
    }

    private static func json(_ possible: Explanation.PossibleRouteReport) -> String {
        var object = CompactObject()
        object.add("route", raw: json(possible.route))
        object.add("when", raw: array(possible.when, json))
        return object.text
    }

    private static func json(_ change: Explanation.Change) -> String {
        var object = CompactObject()
        object.add("fact", string: change.fact)
        object.add("from", string: change.from)
        object.add("fromDefault", raw: change.fromDefault ? "true" : "false")
        object.add("to", string: change.to)
        object.add("example", string: change.example)
        return object.text
    }

    private static func json(_ reason: Explanation.Reason) -> String {
        var object = CompactObject()
        object.add("text", string: reason.text)
        object.add("rule", string: reason.rule)
        return object.text
    }

    private static func json(_ advice: Explanation.AdviceReport) -> String {
        var object = CompactObject()
        object.add("id", string: advice.id)
        object.add("says", string: advice.says)
        object.add("because", string: advice.because)
        object.add("document", string: advice.document)
        object.add("quote", string: advice.quote)
        object.add("standing", string: advice.standing?.rawValue)
        object.add("sourceNote", string: advice.sourceNote)
        return object.text
    }

    private static func json(_ used: DefaultUsed) -> String {
        var object = CompactObject()
        object.add("fact", string: used.fact)
        object.add("value", string: used.value)
        return object.text
    }

    private static func json(_ diagnostic: Diagnostic) -> String {
        // Rare (a profile that cannot be read), so the encoder's own shape is kept rather than restated.
        (try? String(decoding: compactEncoder.encode(diagnostic), as: UTF8.self)) ?? "null"
    }

    private static func json(_ rules: Explanation.RuleSetSummary) -> String {
        var object = CompactObject()
        object.add("id", string: rules.id)
        object.add("title", string: rules.title)
        object.add("version", string: rules.version)
        object.add("file", string: rules.file)
        object.add("sha256", string: rules.sha256)
        return object.text
    }

    private static func json(_ partners: PartnerAnswer) -> String {
        var object = CompactObject()
        object.add("id", string: partners.id)
        object.add("name", string: partners.name)
        object.add("radiusKm", raw: number(partners.radiusKm))
        object.add(
            "partners",
            raw: array(partners.partners) { item in
                var partner = CompactObject()
                partner.add("id", string: item.id)
                partner.add("name", string: item.name)
                partner.add("distanceKm", raw: number(item.distanceKm))
                partner.add("reasons", raw: array(item.reasons, \.jsonQuoted))
                return partner.text
            })
        return object.text
    }

    /// A number as the encoder writes one: whole numbers without a fraction.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}

/// A JSON object written a member at a time, its keys sorted when it is closed; members without a
/// value are left out, as the encoder leaves out `nil`.
private struct CompactObject {
    private var members: [(key: String, value: String)] = []

    mutating func add(_ key: String, raw value: String?) {
        if let value { members.append((key, value)) }
    }

    mutating func add(_ key: String, string value: String?) {
        add(key, raw: value?.jsonQuoted)
    }

    var text: String {
        "{" + members.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
    }
}

private let compactEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
}()
