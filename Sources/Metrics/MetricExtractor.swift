import NewsText

/// Finds the date expressions of a page.
///
/// STUB (issue 4 fills it in).
public struct DateExtractor: Sendable {
    public init() {}
    /// All date expressions of the page, in text order.
    /// - Parameter reference: the publication date (month-day dates and 今年/去年 take its year).
    public func extract(page: Page, reference: CivilDate?) -> [DateMention] { [] }
}

/// Finds the metrics of a page.
///
/// STUB (issue 4 fills it in).
public struct MetricExtractor: Sendable {
    public init() {}
    /// All metrics of the page, in text order.
    /// - Parameters:
    ///   - dates: the page's date mentions (for periods).
    ///   - regions: region mentions and resolved relative references (for attribution).
    public func extract(page: Page, dates: [DateMention], regions: [RegionAnchor], reference: CivilDate?) -> [Metric] { [] }
}
