/// What a byline person did for an article.
public enum BylineRole: String, Sendable, Codable, CaseIterable {
    case reporter, correspondent, photographer
}

/// A person named in an article's byline or credit line.
public struct BylinePerson: Sendable, Hashable, Codable {
    public var name: String
    public var role: BylineRole
    /// The label as printed before the name (`本报记者`, `记者`, `通讯员`), or nil when none is printed.
    public var label: String?
    public var span: TextSpan

    public init(name: String, role: BylineRole, label: String?, span: TextSpan) {
        self.name = name; self.role = role; self.label = label; self.span = span
    }
}

/// The role a line or paragraph plays in an article.
public enum BlockKind: String, Sendable, Codable, CaseIterable {
    case column, kicker, title, subtitle, byline, dateline, subheading, caption, credit, metadata, body
}

/// A line or paragraph of an article, with its role.
public struct Block: Sendable, Hashable, Codable {
    public var kind: BlockKind
    public var span: TextSpan
    public init(kind: BlockKind, span: TextSpan) { self.kind = kind; self.span = span }
}

/// A sentence of body text.
public struct Sentence: Sendable, Hashable, Codable {
    public var span: TextSpan
    /// Index of the block (in ``Article/blocks``) the sentence belongs to.
    public var blockIndex: Int
    public init(span: TextSpan, blockIndex: Int) { self.span = span; self.blockIndex = blockIndex }
}

/// One article of a page.
public struct Article: Sendable, Hashable, Codable {
    /// 0-based position on the page.
    public var index: Int
    /// From the first heading to the end of the last body paragraph.
    public var span: TextSpan
    public var title: String?
    public var kicker: String?
    public var subtitle: String?
    public var column: String?
    public var people: [BylinePerson]
    /// The dateline as printed (`本报讯`, `新华社北京10月31日电`), or nil.
    public var dateline: String?
    public var blocks: [Block]
    public var sentences: [Sentence]

    public init(index: Int, span: TextSpan, title: String? = nil, kicker: String? = nil,
                subtitle: String? = nil, column: String? = nil, people: [BylinePerson] = [],
                dateline: String? = nil, blocks: [Block] = [], sentences: [Sentence] = []) {
        self.index = index; self.span = span; self.title = title; self.kicker = kicker
        self.subtitle = subtitle; self.column = column; self.people = people
        self.dateline = dateline; self.blocks = blocks; self.sentences = sentences
    }
}

/// A calendar day, month or year (no time zone: dates on a newspaper page are civil dates).
public struct CivilDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year; self.month = month; self.day = day
    }
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        var s = String(format4(year))
        if let month { s += "-" + format2(month) }
        if let month, let day { _ = month; s += "-" + format2(day) }
        return s
    }
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), let y = Int(parts[0]), parts[0].count == 4 else { return nil }
        var m: Int? = nil, d: Int? = nil
        if parts.count >= 2 { guard let v = Int(parts[1]), (1...12).contains(v) else { return nil }; m = v }
        if parts.count == 3 { guard let v = Int(parts[2]), (1...31).contains(v) else { return nil }; d = v }
        self.init(year: y, month: m, day: d)
    }
    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}

@inline(__always) func format2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
@inline(__always) func format4(_ v: Int) -> String {
    let s = String(v); return String(repeating: "0", count: max(0, 4 - s.count)) + s
}

/// How the publication date of a page is known.
public struct PublicationDate: Sendable, Hashable, Codable {
    /// The date, to the precision known (a year alone when only the year could be inferred).
    public var date: CivilDate
    /// True when the date was inferred from the text rather than given by metadata or a printed date line.
    public var inferred: Bool
    /// How it was found: `sidecar`, `flag`, `date-line`, `latest-explicit-date`, `year-mentions` …
    public var method: String
    public init(date: CivilDate, inferred: Bool, method: String) {
        self.date = date; self.inferred = inferred; self.method = method
    }
}

/// Metadata about a page from its sidecar `NAME.meta.json` or command-line flags.
public struct PageMetadata: Sendable, Hashable, Codable {
    public var source: String?
    public var publishedOn: CivilDate?
    public var page: String?
    public var url: String?
    /// A stable identifier that overrides the path-derived document key.
    public var id: String?
    public init(source: String? = nil, publishedOn: CivilDate? = nil, page: String? = nil,
                url: String? = nil, id: String? = nil) {
        self.source = source; self.publishedOn = publishedOn; self.page = page; self.url = url; self.id = id
    }
}

/// A page read and split: cleaned text, articles, publication date.
public struct Page: Sendable, Hashable {
    public var text: CleanText
    public var articles: [Article]
    public var publication: PublicationDate?
    public var metadata: PageMetadata
    public init(text: CleanText, articles: [Article], publication: PublicationDate?, metadata: PageMetadata) {
        self.text = text; self.articles = articles; self.publication = publication; self.metadata = metadata
    }
}
