import NewsText
import Metrics
import Entities
@_exported import struct Metrics.Metric
@_exported import struct Metrics.DateMention

/// Everything extracted from one page.
public struct ExtractionResult: Sendable, Hashable {
    public var metrics: [Metric]
    public var dates: [DateMention]
    public var entities: EntityResult
    public init(metrics: [Metric], dates: [DateMention], entities: EntityResult) {
        self.metrics = metrics; self.dates = dates; self.entities = entities
    }
}

/// Runs the whole extraction over a page: entities, then dates, then metrics
/// (which are attributed to the entities' regions and the dates' periods).
///
/// Pure: text and reference tables in, facts out.
public struct Extractor: Sendable {
    /// Bumped whenever extraction output may change; stored with every loaded document
    /// so that `reprocess` knows what to redo.
    public static let version = "0.2.1"

    public let entityExtractor: EntityExtractor
    public let dateExtractor = DateExtractor()
    public let metricExtractor = MetricExtractor()

    public init(gazetteer: Gazetteer) {
        self.entityExtractor = EntityExtractor(gazetteer: gazetteer)
    }

    public func extract(_ page: Page) -> ExtractionResult {
        let entities = entityExtractor.extract(page: page)
        let reference = page.publication?.date
        let dates = dateExtractor.extract(page: page, reference: reference)
        let anchors = entities.regionReferences.map {
            RegionAnchor(span: $0.span, articleIndex: $0.articleIndex, code: $0.code, name: $0.name,
                         level: $0.level.rawValue, isRelative: $0.isRelative)
        }
        let metrics = metricExtractor.extract(page: page, dates: dates, regions: anchors, reference: reference)
        return ExtractionResult(metrics: metrics, dates: dates, entities: entities)
    }
}
