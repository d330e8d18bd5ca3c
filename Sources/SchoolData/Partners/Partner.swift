/// A high-performing school offered as a partner, with why it fits.
public struct Partner: Sendable, Hashable {
    /// The partner.
    public var school: School
    /// How far away it is, in kilometres.
    public var distance: Double
    /// The measures on which the partner is strong where the school is weak, with both values.
    public var strengths: [Strength]

    /// Creates a partner.
    public init(school: School, distance: Double, strengths: [Strength]) {
        self.school = school
        self.distance = distance
        self.strengths = strengths
    }

    /// A measure on which the partner is strong where the school is weak.
    public struct Strength: Sendable, Hashable {
        /// The measure's name, such as `Progress 8`.
        public var measure: String
        /// The partner's value.
        public var partner: Double
        /// The school's value.
        public var school: Double

        /// Creates a strength.
        public init(measure: String, partner: Double, school: Double) {
            self.measure = measure
            self.partner = partner
            self.school = school
        }
    }

    /// The reasons in words, such as `same phase (Secondary)`, `Ofsted: Outstanding`, `3.2 km away`.
    public var reasons: [String] {
        var reasons: [String] = []
        if let phase = school.phase { reasons.append("same phase (\(phase))") }
        if let ofsted = school.ofsted { reasons.append("Ofsted: \(ofsted)") }
        for strength in strengths {
            reasons.append(
                "\(strength.measure) \(Partner.format(strength.partner)) where this school has \(Partner.format(strength.school))"
            )
        }
        reasons.append("\(Partner.kilometres(distance)) away")
        return reasons
    }

    /// A distance as people say it: `850 m`, `3.2 km`.
    public static func kilometres(_ distance: Double) -> String {
        let metres = Int((distance * 1000).rounded())
        if metres < 1000 { return "\(metres) m" }
        return "\(format(distance, places: 1)) km"
    }

    /// A measure's value with two decimal places, signed when negative.
    static func format(_ value: Double, places: Int = 2) -> String {
        let scale = places == 1 ? 10.0 : 100.0
        let rounded = (value * scale).rounded() / scale
        var text = "\(abs(rounded))"
        let digits = text.split(separator: ".").last?.count ?? 0
        if !text.contains(".") { text += "." }
        text += String(repeating: "0", count: max(0, places - digits))
        return rounded < 0 ? "-" + text : text
    }
}
