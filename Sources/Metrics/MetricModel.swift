import Foundation
import NewsText

/// What kind of quantity a metric is.
public enum MetricKind: String, Sendable, Codable, CaseIterable {
    /// Things counted with a measure word (件 个 份 名 家 项 …), people included.
    case count
    /// Money; the unit is the currency's base unit (元, 美元 …).
    case money
    /// A percentage (`%`) or percentage points (`个百分点`).
    case percent
    /// 人次: person-times.
    case personTime = "person_time"
    /// Durations and ages (天 年 个月 小时 周 岁).
    case duration
    /// Physical measures (吨 公里 平方米 …).
    case measure
}

/// A small taxonomy for dashboards, assigned from the subject and sentence.
public enum MetricTopic: String, Sendable, Codable, CaseIterable {
    case legalRights = "legal_rights"          // 劳动争议, 调解, 法律援助, 维权, 检察
    case assistance = "assistance"             // 帮扶, 慰问, 救助, 资金, 送温暖
    case health = "health"                     // 体检, 义诊, 医院, 疗养
    case cultureSports = "culture_sports"      // 文化, 竞赛, 作品, 书屋, 比赛
    case employment = "employment"             // 就业, 岗位, 招聘, 培训, 技能
    case organizationBuilding = "organization_building" // 建会, 会员, 组织, 集体合同, 工资协商
    case other = "other"
}

/// The time a figure is about: a year, month or day, or a range of them.
public struct MetricPeriod: Sendable, Hashable, Codable {
    public var start: CivilDate
    public var end: CivilDate
    public init(start: CivilDate, end: CivilDate) { self.start = start; self.end = end }
    public init(_ date: CivilDate) { self.start = date; self.end = date }
    /// `year`, `month` or `day`: the precision of ``start``.
    public var grain: String { start.day != nil ? "day" : (start.month != nil ? "month" : "year") }
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `START/END` for a range.
    public var value: String { start == end ? start.description : "\(start)/\(end)" }
}

/// A region the metric extractor may attribute a figure to: a region mention
/// found by the entity extractor, or a relative reference (`全省`) already
/// resolved to a region.
public struct RegionAnchor: Sendable, Hashable {
    public var span: TextSpan
    public var articleIndex: Int
    /// 6-digit administrative code (nil when the name was ambiguous).
    /// (Spelled `Optional<…>`, as are the optional properties of ``Metric``: a `T?` property gets an
    /// implicit `= nil`, so that the initializer's `self.code = code` became an assignment over a
    /// stored nil, and the optimizer then left a whole-value copy and destroy in the initializer,
    /// a retain and a release of every string of the value.)
    public var code: Optional<String>
    /// Canonical full name (安徽省, 铜陵市, 义安区).
    public var name: String
    /// `province`, `prefecture` or `county`.
    public var level: String
    /// True for a relative reference such as 全省, 本市, 区.
    public var isRelative: Bool
    public init(span: TextSpan, articleIndex: Int, code: String?, name: String, level: String, isRelative: Bool) {
        self.span = span; self.articleIndex = articleIndex; self.code = code; self.name = name
        self.level = level; self.isRelative = isRelative
    }
}

/// A number with a measure word that quantifies something: the warehouse's fact.
public struct Metric: Sendable, Hashable {
    /// Exact normalized value (scale words applied: 2.75万 → 27500).
    public var value: Decimal
    /// Base unit after scaling (万元 → 元; `%` stays `%`).
    public var unit: String
    public var kind: MetricKind
    /// ISO 4217-like currency for money (`CNY`, `USD`), nil otherwise.
    /// (The optional properties are spelled `Optional<…>`: see ``RegionAnchor/code``.)
    public var currency: Optional<String>
    /// What is counted, from the text (nil when it cannot be told).
    public var subject: Optional<String>
    public var topic: MetricTopic
    /// 余 / 约 / 近 / 超过 / 多 / 逾 / 左右 / 以上 …
    public var approx: Bool
    /// The number is a change (增加 / 减少 / 增长 / 比…多), not a level.
    public var change: Bool
    /// A target or plan (计划 / 力争 / 将), not an achievement.
    public var target: Bool
    public var period: Optional<MetricPeriod>
    /// The region the figure describes, when it can be told.
    public var region: Optional<RegionAnchor>
    public var articleIndex: Int
    /// The sentence the metric was read from.
    public var sentenceSpan: TextSpan
    /// The surface span (number, measure word and the words that attribute it).
    public var span: TextSpan
    public var surface: String

    public init(value: Decimal, unit: String, kind: MetricKind, currency: String? = nil, subject: String?,
                topic: MetricTopic = .other, approx: Bool = false, change: Bool = false, target: Bool = false,
                period: MetricPeriod? = nil, region: RegionAnchor? = nil, articleIndex: Int,
                sentenceSpan: TextSpan, span: TextSpan, surface: String) {
        self.value = value; self.unit = unit; self.kind = kind; self.currency = currency
        self.subject = subject; self.topic = topic; self.approx = approx; self.change = change
        self.target = target; self.period = period; self.region = region; self.articleIndex = articleIndex
        self.sentenceSpan = sentenceSpan; self.span = span; self.surface = surface
    }
}

/// A date expression found in the text.
public struct DateMention: Sendable, Hashable {
    public var surface: String
    public var span: TextSpan
    public var articleIndex: Int
    /// Normalized value; `value` is `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `START/END`.
    public var period: MetricPeriod
    /// True when the year was not printed and came from the publication date (月日, 今年, 去年).
    public var yearInferred: Bool
    public init(surface: String, span: TextSpan, articleIndex: Int, period: MetricPeriod, yearInferred: Bool) {
        self.surface = surface; self.span = span; self.articleIndex = articleIndex
        self.period = period; self.yearInferred = yearInferred
    }
    public var value: String { period.value }
}
