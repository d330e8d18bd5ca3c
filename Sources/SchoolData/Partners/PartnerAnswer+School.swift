public import SupportRoutingRendering

extension PartnerAnswer {
    /// The partners found for `school` within `radius` kilometres, in the JSON shape answers carry.
    public init(_ school: School, radius: Double, _ partners: [Partner]) {
        self.init(
            id: school.id, name: school.name, radiusKm: radius,
            partners: partners.map {
                Item(
                    id: $0.school.id, name: $0.school.name, distanceKm: ($0.distance * 100).rounded() / 100,
                    reasons: $0.reasons)
            })
    }

    /// The partners of a school ready to answer for, when it has a partner search.
    public init?(_ ready: DatasetSchool) {
        guard let radius = ready.radius else { return nil }
        self.init(ready.school, radius: radius, ready.partners)
    }
}
