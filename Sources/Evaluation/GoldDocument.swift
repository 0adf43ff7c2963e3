import Foundation

/// One annotated document in the format of `shared/gold/GUIDELINES.md`.
public struct GoldDocument: Codable, Sendable, Hashable {
    /// The text file's name (`NAME.txt`).
    public var doc: String
    /// `YYYY-MM-DD` when the text or its metadata gives the day, else nil.
    public var publicationDate: String?
    public var articles: [GoldArticle]
    public var metrics: [GoldMetric]
    public var organizations: [String]
    public var regions: [GoldRegion]
    public var people: [GoldPerson]
    public var policies: [String]
    public var dates: [GoldDate]

    public init(doc: String, publicationDate: String? = nil, articles: [GoldArticle] = [], metrics: [GoldMetric] = [],
                organizations: [String] = [], regions: [GoldRegion] = [], people: [GoldPerson] = [],
                policies: [String] = [], dates: [GoldDate] = []) {
        self.doc = doc; self.publicationDate = publicationDate; self.articles = articles; self.metrics = metrics
        self.organizations = organizations; self.regions = regions; self.people = people
        self.policies = policies; self.dates = dates
    }

    enum CodingKeys: String, CodingKey {
        case doc, publicationDate = "publication_date", articles, metrics, organizations, regions, people, policies, dates
    }

    /// Lenient decoding: a missing list is empty, a missing optional is null.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        doc = try c.decodeIfPresent(String.self, forKey: .doc) ?? ""
        publicationDate = try c.decodeIfPresent(String.self, forKey: .publicationDate)
        articles = try c.decodeIfPresent([GoldArticle].self, forKey: .articles) ?? []
        metrics = try c.decodeIfPresent([GoldMetric].self, forKey: .metrics) ?? []
        organizations = try c.decodeIfPresent([String].self, forKey: .organizations) ?? []
        regions = try c.decodeIfPresent([GoldRegion].self, forKey: .regions) ?? []
        people = try c.decodeIfPresent([GoldPerson].self, forKey: .people) ?? []
        policies = try c.decodeIfPresent([String].self, forKey: .policies) ?? []
        dates = try c.decodeIfPresent([GoldDate].self, forKey: .dates) ?? []
    }

    /// Reads a gold or predicted JSON file.
    public static func load(path: String) throws -> GoldDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GoldFileError.unreadable(path: path)
        }
        do { return try JSONDecoder().decode(GoldDocument.self, from: data) } catch {
            throw GoldFileError.malformed(path: path, reason: "\(error)")
        }
    }
}

/// A gold file that cannot be used.
public enum GoldFileError: Error, CustomStringConvertible, Equatable {
    case unreadable(path: String)
    case malformed(path: String, reason: String)
    public var description: String {
        switch self {
        case let .unreadable(p): return "\(p): cannot be read"
        case let .malformed(p, r): return "\(p): not a valid gold file (\(r))"
        }
    }
}

/// An article's headline fields and byline people.
public struct GoldArticle: Codable, Sendable, Hashable {
    public var title: String?
    public var kicker: String?
    public var subtitle: String?
    public var column: String?
    public var people: [GoldBylinePerson]
    public init(title: String?, kicker: String? = nil, subtitle: String? = nil, column: String? = nil, people: [GoldBylinePerson] = []) {
        self.title = title; self.kicker = kicker; self.subtitle = subtitle; self.column = column; self.people = people
    }
    enum CodingKeys: String, CodingKey { case title, kicker, subtitle, column, people }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        kicker = try c.decodeIfPresent(String.self, forKey: .kicker)
        subtitle = try c.decodeIfPresent(String.self, forKey: .subtitle)
        column = try c.decodeIfPresent(String.self, forKey: .column)
        people = try c.decodeIfPresent([GoldBylinePerson].self, forKey: .people) ?? []
    }
}

/// A byline person: name and `reporter` / `correspondent` / `photographer`.
public struct GoldBylinePerson: Codable, Sendable, Hashable {
    public var name: String
    public var role: String
    public init(name: String, role: String) { self.name = name; self.role = role }
}

/// A metric.
public struct GoldMetric: Codable, Sendable, Hashable {
    public var value: Decimal
    public var unit: String
    public var kind: String
    public var subject: String?
    public var approx: Bool
    public var change: Bool
    public var period: String?
    public var region: String?
    public var surface: String

    public init(value: Decimal, unit: String, kind: String, subject: String?, approx: Bool, change: Bool,
                period: String?, region: String?, surface: String) {
        self.value = value; self.unit = unit; self.kind = kind; self.subject = subject; self.approx = approx
        self.change = change; self.period = period; self.region = region; self.surface = surface
    }

    enum CodingKeys: String, CodingKey { case value, unit, kind, subject, approx, change, period, region, surface }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // Through the shortest round-trip text of the Double, so 82.2 stays 82.2.
        if let d = try? c.decode(Double.self, forKey: .value) {
            value = Decimal(string: "\(d)") ?? Decimal(d)
        } else if let s = try? c.decode(String.self, forKey: .value), let d = Decimal(string: s) {
            value = d
        } else {
            throw DecodingError.dataCorruptedError(forKey: .value, in: c, debugDescription: "value is not a number")
        }
        unit = try c.decodeIfPresent(String.self, forKey: .unit) ?? ""
        kind = try c.decodeIfPresent(String.self, forKey: .kind) ?? ""
        subject = try c.decodeIfPresent(String.self, forKey: .subject)
        approx = try c.decodeIfPresent(Bool.self, forKey: .approx) ?? false
        change = try c.decodeIfPresent(Bool.self, forKey: .change) ?? false
        period = try c.decodeIfPresent(String.self, forKey: .period)
        region = try c.decodeIfPresent(String.self, forKey: .region)
        surface = try c.decodeIfPresent(String.self, forKey: .surface) ?? ""
    }
}

/// A region: name as used, full path, 6-digit code.
public struct GoldRegion: Codable, Sendable, Hashable {
    public var name: String
    public var full: String?
    public var adcode: String?
    public init(name: String, full: String?, adcode: String?) { self.name = name; self.full = full; self.adcode = adcode }
}

/// A person with title or role as printed.
public struct GoldPerson: Codable, Sendable, Hashable {
    public var name: String
    public var title: String?
    public init(name: String, title: String?) { self.name = name; self.title = title }
}

/// A date expression and its normalized value.
public struct GoldDate: Codable, Sendable, Hashable {
    public var surface: String
    public var value: String
    public init(surface: String, value: String) { self.surface = surface; self.value = value }
}
