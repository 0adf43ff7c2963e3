import Foundation
import NewsText
import Extraction
import Entities
import Metrics

/// Builds the gold-format view of an extraction (`extract --format gold-json`, and `eval`).
public enum GoldExport {
    /// The gold document for a page and what was extracted from it.
    /// - Parameter fileName: the text file's name, e.g. `d01.txt`.
    public static func document(fileName: String, page: Page, result: ExtractionResult) -> GoldDocument {
        GoldDocument(
            doc: fileName,
            publicationDate: publicationDate(page),
            articles: page.articles.map(article),
            metrics: result.metrics.map(metric),
            organizations: result.entities.organizations.map(\.canonicalName),
            regions: result.entities.regions.map { GoldRegion(name: $0.name, full: $0.fullName, adcode: $0.code) },
            people: result.entities.people.map { GoldPerson(name: $0.name, title: $0.title) },
            policies: result.entities.policies.map(\.title),
            dates: result.dates.map { GoldDate(surface: $0.surface, value: $0.value) })
    }

    /// `YYYY-MM-DD` only when the day is known from metadata or a printed date line.
    public static func publicationDate(_ page: Page) -> String? {
        guard let p = page.publication, !p.inferred, p.date.day != nil else { return nil }
        return p.date.description
    }

    static func article(_ a: Article) -> GoldArticle {
        GoldArticle(title: a.title, kicker: a.kicker, subtitle: a.subtitle, column: a.column,
                    people: a.people.map { GoldBylinePerson(name: $0.name, role: $0.role.rawValue) })
    }

    static func metric(_ m: Metric) -> GoldMetric {
        GoldMetric(value: m.value, unit: m.unit, kind: m.kind.rawValue, subject: m.subject, approx: m.approx,
                   change: m.change, period: m.period?.value, region: m.region?.name, surface: m.surface)
    }

    /// The gold-json file content: the required keys in the guideline's order, plus
    /// extra fields (publication date provenance, spans, topic, target, historical codes).
    public static func json(fileName: String, page: Page, result: ExtractionResult) -> JSONValue {
        let doc = document(fileName: fileName, page: page, result: result)
        var pairs = json(doc).objectPairs
        pairs.append(("publication", publicationJSON(page)))
        // Extra per-item fields, merged into the required objects.
        pairs = pairs.map { key, value in
            switch key {
            case "articles":
                return (key, .array(zip(value.arrayItems, page.articles).map { item, a in
                    item.adding([("dateline", .optional(a.dateline)), ("span", span(a.span)),
                                 ("people_labels", .array(a.people.map { .optional($0.label) }))])
                }))
            case "metrics":
                return (key, .array(zip(value.arrayItems, result.metrics).map { item, m in
                    item.adding([("topic", .string(m.topic.rawValue)), ("target", .bool(m.target)),
                                 ("currency", .optional(m.currency)), ("region_code", .optional(m.region?.code)),
                                 ("span", span(m.span)), ("article", .int(m.articleIndex))])
                }))
            case "regions":
                return (key, .array(zip(value.arrayItems, result.entities.regions).map { item, r in
                    item.adding([("level", .string(r.level.rawValue)), ("historical_adcode", .optional(r.historicalCode))])
                }))
            case "people":
                return (key, .array(zip(value.arrayItems, result.entities.people).map { item, p in
                    item.adding([("role", .optional(p.bylineRole?.rawValue)), ("organization", .optional(p.organization))])
                }))
            default:
                return (key, value)
            }
        }
        return .object(pairs)
    }

    /// A gold document as JSON, keys in the guideline's order.
    public static func json(_ d: GoldDocument) -> JSONValue {
        .object([
            ("doc", .string(d.doc)),
            ("publication_date", .optional(d.publicationDate)),
            ("articles", .array(d.articles.map { a in
                .object([("title", .optional(a.title)), ("kicker", .optional(a.kicker)),
                         ("subtitle", .optional(a.subtitle)), ("column", .optional(a.column)),
                         ("people", .array(a.people.map { .object([("name", .string($0.name)), ("role", .string($0.role))]) }))])
            })),
            ("metrics", .array(d.metrics.map { m in
                .object([("value", .decimal(m.value)), ("unit", .string(m.unit)), ("kind", .string(m.kind)),
                         ("subject", .optional(m.subject)), ("approx", .bool(m.approx)), ("change", .bool(m.change)),
                         ("period", .optional(m.period)), ("region", .optional(m.region)), ("surface", .string(m.surface))])
            })),
            ("organizations", .array(d.organizations.map { .string($0) })),
            ("regions", .array(d.regions.map { .object([("name", .string($0.name)), ("full", .optional($0.full)), ("adcode", .optional($0.adcode))]) })),
            ("people", .array(d.people.map { .object([("name", .string($0.name)), ("title", .optional($0.title))]) })),
            ("policies", .array(d.policies.map { .string($0) })),
            ("dates", .array(d.dates.map { .object([("surface", .string($0.surface)), ("value", .string($0.value))]) })),
        ])
    }

    static func publicationJSON(_ page: Page) -> JSONValue {
        guard let p = page.publication else { return .null }
        return .object([("date", .string(p.date.description)), ("inferred", .bool(p.inferred)), ("method", .string(p.method))])
    }

    static func span(_ s: TextSpan) -> JSONValue { .array([.int(s.start), .int(s.end)]) }
}

extension JSONValue {
    var objectPairs: [(String, JSONValue)] { if case let .object(p) = self { return p } else { return [] } }
    var arrayItems: [JSONValue] { if case let .array(a) = self { return a } else { return [] } }
    func adding(_ extra: [(String, JSONValue)]) -> JSONValue { .object(objectPairs + extra) }
}
