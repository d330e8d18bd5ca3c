import SchoolData
import SupportRouting
import SupportRoutingRendering

/// Partners in words, for `partners`, `route` and `explain`.
enum PartnerText {
    /// A numbered list with each partner's reasons.
    static func list(_ partners: [Partner], for school: School, radius: Double, policy: PartnerPolicy) -> String {
        var lines = [
            "Partners for \(school.name.escapingControlCharacters) (\(school.id.escapingControlCharacters))"
                + [school.phase, school.ofsted.map { "Ofsted: \($0)" }].compactMap { $0 }.map { ", " + $0 }.joined(),
            "high-performing (\(policy.highPerforming.text)), same phase, within \(Partner.kilometres(radius))",
            "",
        ]
        if school.location == nil {
            lines.append("The dataset gives no place for this school, so no partner can be found nearby.")
        } else if partners.isEmpty {
            lines.append("None found.")
        }
        for (number, partner) in partners.enumerated() {
            lines.append(
                "\(number + 1). \(partner.school.name.escapingControlCharacters) (\(partner.school.id.escapingControlCharacters)), \(Partner.kilometres(partner.distance))"
            )
            lines.append("   " + partner.reasons.joined(separator: "; "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
