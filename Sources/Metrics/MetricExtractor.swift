import Foundation
import NewsText

/// Finds the date expressions of a page.
///
/// Every date expression in text order (a repeated one is repeated): `2024年4月`,
/// `5月21日`, `2025年度`, `今年`, `去年`, `今年1-9月` (a range, `START/END`),
/// `2022-07-29` in metadata lines. Month-day dates take the reference year (the
/// year before when that would put them after the reference day); `D日` takes the
/// month of the nearest preceding date. Vague words (近日, 日前, 近年来, 目前),
/// 今日/当年/往年, holidays and clock times are not dates.
public struct DateExtractor: Sendable {
    public init() {}

    /// All date expressions of the page, in text order.
    /// - Parameter reference: the publication date (month-day dates and 今年/去年 take its year).
    ///   When nil, the latest year printed on the page is used.
    public func extract(page: Page, reference: CivilDate?) -> [DateMention] {
        DateEngine().run(scalars: page.text.scalars, articleSpans: page.articles.map(\.span), reference: reference)
    }

    /// The date expressions of a piece of text (one article), for tests and tools.
    public func extract(text: String, reference: CivilDate?) -> [DateMention] {
        let clean = CleanText(text)
        return DateEngine().run(scalars: clean.scalars, articleSpans: [], reference: reference)
    }
}

/// Finds the metrics of a page.
///
/// A metric is a number (Arabic, Chinese, mixed, percentage, fraction, range end)
/// with a known measure word; its value is exact (`Decimal` built from digits,
/// scale words applied). Each metric is attributed a subject (the noun phrase
/// naming what is counted), approx/change/target flags, a period (from the dates
/// of its sentence or the scope it inherits) and a region (from the anchors).
/// See `Lexicons.swift` for the word lists and `Attribution.swift` for the rules.
public struct MetricExtractor: Sendable {
    public init() {}

    /// All metrics of the page, in text order.
    /// - Parameters:
    ///   - dates: the page's date mentions (for periods).
    ///   - regions: region mentions and resolved relative references (for attribution).
    public func extract(page: Page, dates: [DateMention], regions: [RegionAnchor], reference: CivilDate?) -> [Metric] {
        MetricEngine().run(page: page, dates: dates, regions: regions, reference: reference)
    }

    /// The metrics of a piece of text treated as one article (dates found here),
    /// for tests and tools. `regions` are anchors with offsets into `text`.
    public func extract(text: String, reference: CivilDate? = nil, regions: [RegionAnchor] = []) -> [Metric] {
        let clean = CleanText(text)
        let article = Article(index: 0, span: TextSpan(0, clean.count))
        let page = Page(text: clean, articles: [article],
                        publication: reference.map { PublicationDate(date: $0, inferred: false, method: "test") },
                        metadata: PageMetadata())
        let dates = DateExtractor().extract(page: page, reference: reference)
        return extract(page: page, dates: dates, regions: regions, reference: reference)
    }
}

extension Metric {
    /// The value as a plain decimal string (`27500`, `82.2`), for display and tests.
    public var valueString: String {
        var v = value
        return NSDecimalString(&v, nil)
    }
}
