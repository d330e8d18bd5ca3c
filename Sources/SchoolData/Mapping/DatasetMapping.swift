public import SupportRouting

/// How a school dataset's columns become schools: who each row is, where it is, and its profile facts.
///
/// Read from a mapping file (YAML) against a rule set, so every fact name, value and condition in it
/// is checked before any row is read.
public struct DatasetMapping: Sendable {
    /// The mapping file, as given.
    public var file: String
    /// What the mapping says the dataset is, for output headings.
    public var title: String?
    /// The columns that say who and where each school is.
    public var columns: IdentityColumns
    /// Another file that supplies columns this one lacks, matched on the school's id.
    public var join: Join?
    /// Rows are kept only when each of these columns holds one of the listed texts.
    public var keep: [KeepRule]
    /// How columns become facts, one entry per mapped fact.
    public var facts: [FactMapping]
    /// Facts the data does not hold, set to the same value for every school.
    public var assumptions: [Assumption]
    /// How partners are found and what counts as high-performing or in need.
    public var partners: PartnerPolicy?

    /// Creates a mapping.
    public init(
        file: String, title: String?, columns: IdentityColumns, join: Join?, keep: [KeepRule], facts: [FactMapping],
        assumptions: [Assumption], partners: PartnerPolicy?
    ) {
        self.file = file
        self.title = title
        self.columns = columns
        self.join = join
        self.keep = keep
        self.facts = facts
        self.assumptions = assumptions
        self.partners = partners
    }

    /// Every column the mapping reads, each once, in the order first named.
    public var columnsRead: [String] {
        var names = columns.all
        names += keep.map(\.column)
        names += facts.compactMap(\.source.column)
        names += partners?.measures.map(\.column) ?? []
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}

/// The columns that identify and place a school.
public struct IdentityColumns: Sendable, Hashable {
    /// The school's unique id, such as its URN.
    public var id: String
    /// The school's name.
    public var name: String?
    /// The school's phase, compared as text between schools to find same-phase partners.
    public var phase: String?
    /// Where the school is.
    public var location: LocationColumns?
    /// The Ofsted grade as the dataset writes it, shown beside partners.
    public var ofsted: String?
    /// The local authority.
    public var localAuthority: String?
    /// The region.
    public var region: String?

    /// Creates the identity columns.
    public init(
        id: String, name: String?, phase: String?, location: LocationColumns?, ofsted: String?,
        localAuthority: String?, region: String?
    ) {
        self.id = id
        self.name = name
        self.phase = phase
        self.location = location
        self.ofsted = ofsted
        self.localAuthority = localAuthority
        self.region = region
    }

    /// Every column named, in declaration order.
    public var all: [String] {
        var names = [id]
        names += [name, phase, ofsted, localAuthority, region].compactMap { $0 }
        switch location {
        case .latitudeLongitude(let latitude, let longitude): names += [latitude, longitude]
        case .nationalGrid(let easting, let northing): names += [easting, northing]
        case nil: break
        }
        return names
    }
}

/// The columns that hold a school's place.
public enum LocationColumns: Sendable, Hashable {
    /// WGS84 latitude and longitude in decimal degrees.
    case latitudeLongitude(latitude: String, longitude: String)
    /// British National Grid (OSGB36) easting and northing in metres, converted to WGS84.
    case nationalGrid(easting: String, northing: String)
}

/// A second file joined on the school's id.
public struct Join: Sendable, Hashable {
    /// The file, relative to the dataset's folder unless absolute.
    public var file: String
    /// The column in the joined file that holds the school's id.
    public var id: String
    /// The columns taken from the joined file.
    public var columns: [String]
    /// Where the join is declared, for errors about the joined file.
    public var location: SourceLocation

    /// Creates a join.
    public init(file: String, id: String, columns: [String], location: SourceLocation) {
        self.file = file
        self.id = id
        self.columns = columns
        self.location = location
    }
}

/// Keeps a row only when a column holds one of the listed texts.
public struct KeepRule: Sendable, Hashable {
    /// The column.
    public var column: String
    /// The texts that keep the row.
    public var values: Set<String>

    /// Creates a rule.
    public init(column: String, values: Set<String>) {
        self.column = column
        self.values = values
    }
}

/// A fact set to one value for every school.
public struct Assumption: Sendable, Hashable {
    /// The fact's slot.
    public var fact: Int
    /// The value.
    public var value: FactValue
    /// Where the mapping sets it, which explanations cite as the value's source.
    public var location: SourceLocation

    /// Creates an assumption.
    public init(fact: Int, value: FactValue, location: SourceLocation) {
        self.fact = fact
        self.value = value
        self.location = location
    }
}
