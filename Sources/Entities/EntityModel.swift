import NewsText

/// Administrative level of a region.
public enum RegionLevel: String, Sendable, Codable, CaseIterable {
    case province, prefecture, county
}

/// One row of the administrative-division table (current or retired).
public struct RegionRecord: Sendable, Hashable {
    public var code: String
    public var name: String
    public var shortName: String
    public var level: RegionLevel
    public var parentCode: String?
    /// True for a row of `regions_retired.csv`.
    public var retired: Bool
    /// For a retired row: the year of the last list that contains it.
    public var lastListed: Int?
    /// For a retired row: the current unit that took it over, when certain.
    public var successorCode: String?
    public init(code: String, name: String, shortName: String, level: RegionLevel, parentCode: String?,
                retired: Bool = false, lastListed: Int? = nil, successorCode: String? = nil) {
        self.code = code; self.name = name; self.shortName = shortName; self.level = level
        self.parentCode = parentCode; self.retired = retired; self.lastListed = lastListed
        self.successorCode = successorCode
    }
}

/// Where an entity is named in the page.
public struct Mention: Sendable, Hashable {
    public var articleIndex: Int
    public var span: TextSpan
    /// The text as printed (an alias, an abbreviation, or the full name).
    public var surface: String
    /// The role of the mention where it has one (a person's title, a byline role).
    public var role: String?
    public init(articleIndex: Int, span: TextSpan, surface: String, role: String? = nil) {
        self.articleIndex = articleIndex; self.span = span; self.surface = surface; self.role = role
    }
}

/// An administrative region named on the page.
public struct RegionEntity: Sendable, Hashable {
    /// The code used for analysis: the current unit's code (a retired name's successor when known).
    public var code: String
    /// The name as the page uses it, in full form (安徽省, 义安区, 静海县).
    public var name: String
    /// Full path from the province (安徽省铜陵市义安区).
    public var fullName: String
    public var level: RegionLevel
    /// The retired name's own code when the page uses a retired name.
    public var historicalCode: String?
    public var retired: Bool
    public var mentions: [Mention]
    public init(code: String, name: String, fullName: String, level: RegionLevel, historicalCode: String? = nil,
                retired: Bool = false, mentions: [Mention]) {
        self.code = code; self.name = name; self.fullName = fullName; self.level = level
        self.historicalCode = historicalCode; self.retired = retired; self.mentions = mentions
    }
}

/// Organization types, for dashboards.
public enum OrganizationType: String, Sendable, Codable, CaseIterable {
    case union, procuratorate, court, government, party, legislature, department, hospital
    case association, enterprise, school, other
}

/// An organization named on the page, under one canonical name.
public struct OrganizationEntity: Sendable, Hashable {
    public var canonicalName: String
    public var type: OrganizationType
    /// The region the organization belongs to (its code), when known.
    public var regionCode: String?
    /// Every surface form seen (abbreviations included), canonical name excluded.
    public var aliases: [String]
    public var mentions: [Mention]
    public init(canonicalName: String, type: OrganizationType, regionCode: String?, aliases: [String], mentions: [Mention]) {
        self.canonicalName = canonicalName; self.type = type; self.regionCode = regionCode
        self.aliases = aliases; self.mentions = mentions
    }
}

/// A named person with their title or role as written.
public struct PersonEntity: Sendable, Hashable {
    public var name: String
    /// The title or label as printed (`本报记者`, `济宁市总工会党组书记、常务副主席`), or nil.
    public var title: String?
    /// For byline people: reporter / correspondent / photographer.
    public var bylineRole: BylineRole?
    /// Canonical name of the organization in the title, when one is named.
    public var organization: String?
    public var mentions: [Mention]
    public init(name: String, title: String?, bylineRole: BylineRole?, organization: String? = nil, mentions: [Mention]) {
        self.name = name; self.title = title; self.bylineRole = bylineRole
        self.organization = organization; self.mentions = mentions
    }
}

/// A policy document named in 《》.
public struct PolicyEntity: Sendable, Hashable {
    /// The title without the outer 《》 (nested 〈〉 kept).
    public var title: String
    /// Canonical names of organizations said to issue it in the same sentence, when told.
    public var issuers: [String]
    public var mentions: [Mention]
    public init(title: String, issuers: [String] = [], mentions: [Mention]) {
        self.title = title; self.issuers = issuers; self.mentions = mentions
    }
}

/// A named activity or event (“…”活动 / 竞赛 / 大赛 / 文化节 …).
public struct EventEntity: Sendable, Hashable {
    public var name: String
    public var mentions: [Mention]
    public init(name: String, mentions: [Mention]) { self.name = name; self.mentions = mentions }
}

/// Everything the entity extractor finds on a page.
public struct EntityResult: Sendable, Hashable {
    public var regions: [RegionEntity]
    public var organizations: [OrganizationEntity]
    public var people: [PersonEntity]
    public var policies: [PolicyEntity]
    public var events: [EventEntity]
    /// Every region reference with its span, relative ones (全省, 本市, 区) resolved
    /// to the article's region of that level: what metric attribution works from.
    public var regionReferences: [RegionReference]
    public init(regions: [RegionEntity] = [], organizations: [OrganizationEntity] = [], people: [PersonEntity] = [],
                policies: [PolicyEntity] = [], events: [EventEntity] = [], regionReferences: [RegionReference] = []) {
        self.regions = regions; self.organizations = organizations; self.people = people
        self.policies = policies; self.events = events; self.regionReferences = regionReferences
    }
}

/// One reference to a region in the text, absolute (义安区) or relative (全省 → 安徽省).
public struct RegionReference: Sendable, Hashable {
    public var span: TextSpan
    public var articleIndex: Int
    public var code: String?
    public var name: String
    public var level: RegionLevel
    public var isRelative: Bool
    public init(span: TextSpan, articleIndex: Int, code: String?, name: String, level: RegionLevel, isRelative: Bool) {
        self.span = span; self.articleIndex = articleIndex; self.code = code; self.name = name
        self.level = level; self.isRelative = isRelative
    }
}
