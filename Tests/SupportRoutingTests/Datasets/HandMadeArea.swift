import Foundation

/// Eight made-up schools laid out on the National Grid so that every route, partner and count can be worked out by
/// hand from Rules/england-2008.yaml and the shipped Samples/datasets/riverside-area.map.yaml, which assumes no
/// leader with capacity and staff time committed, and looks for good or outstanding partners of the same phase
/// within 3 km for primaries and 8 km for secondaries.
///
/// Grid metres are within half a percent of distances on the ground here, so the distances are as laid out:
///
/// | line | URN    | school         | grade       | place             | route, and why                                  |
/// |------|--------|----------------|-------------|-------------------|-------------------------------------------------|
/// | 2    | 300001 | Alder Primary  | Outstanding | 430000, 430000    | self-evaluation: no outside help asked for      |
/// | 3    | 300002 | Birch Primary  | RI          | 1.5 km E of Alder | local-family: Alder (strong) and Cedar near     |
/// | 4    | 300003 | Cedar Primary  | Good        | 1.2 km E of Birch | self-evaluation                                 |
/// | 5    | 300004 | Damson Primary | RI          | 42 km away        | la-commissioned: no strong partner within 3 km  |
/// | 6    | 300005 | Elm Secondary  | Inadequate  | near Alder        | undecided on ofsted.category                    |
/// | 7    | 300006 | Fir Primary    | RI          | 1.8 km N of Alder | la-commissioned: partnership not healthy        |
/// | 8    | 300007 | Gorse Primary  | (blank)     | (none)            | undecided on needs_external_help and nearness  |
/// | 9    | 300008 | Hazel Primary  | RI          | (none)            | undecided: no place, so nearness is unknown     |
enum HandMadeArea {
    static let csv = """
        URN,Name,Phase,Easting,Northing,OfstedGrade,LA,Region,ProgressScore,WeakAreas,PartnershipHealthy
        300001,Alder Primary,Primary,430000,430000,Outstanding,Authority A,North,0.80,,yes
        300002,Birch Primary,Primary,431500,430000,Requires Improvement,Authority A,North,-0.90,teaching_and_learning,yes
        300003,Cedar Primary,Primary,432700,430000,Good,Authority A,North,0.10,,yes
        300004,Damson Primary,Primary,460000,460000,Requires Improvement,Authority B,North,-0.30,,yes
        300005,Elm Secondary,Secondary,431000,430500,Inadequate,Authority B,North,-0.70,behaviour,yes
        300006,Fir Primary,Primary,430000,431800,Requires Improvement,Authority A,North,-0.20,,no
        300007,Gorse Primary,Primary,,,,Authority C,North,,,yes
        300008,Hazel Primary,Primary,,,Requires Improvement,Authority C,North,,,yes

        """

    /// The route of each school, by id, worked out by hand as the table above says.
    static let routes = [
        "300001": "self-evaluation", "300002": "local-family", "300003": "self-evaluation",
        "300004": "la-commissioned", "300005": "undecided", "300006": "la-commissioned", "300007": "undecided",
        "300008": "undecided",
    ]

    /// The `because` texts of the rules in Rules/england-2008.yaml that the walks above climb by.
    enum Because {
        static let asksForHelp =
            "The head and the SIP agree from the self-evaluation that some areas of the school need help from beyond the people who lead them."
        static let noLeader =
            "No senior leader or other head of department has the capacity to work with the weak area."
        static let noPartnership =
            "There is no healthy local partnership through which the heads could broker support themselves."
        static let noStrongPartner =
            "No high-performing school of the same phase is within reasonable travelling distance and able to help."
    }

    /// The shipped riverside mapping, unchanged.
    static func mapping() throws -> String {
        try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Samples/datasets/riverside-area.map.yaml"),
            encoding: .utf8)
    }

    /// A temporary folder holding `schools.csv` (the area, or `data`) and `map.yaml` (the shipped mapping).
    static func folder(data: String = csv) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(data, to: "schools.csv")
        try folder.write(try mapping(), to: "map.yaml")
        return folder
    }

    /// Runs the command in `folder`.
    static func run(_ arguments: [String], in folder: TemporaryFolder) throws -> CommandRunner.Output {
        try CommandRunner.run(arguments, in: folder.url)
    }
}
