import Foundation
import NewsText
import Extraction
import Entities
import Metrics

/// The `extract --format jsonl` record of one document: everything the pipeline found,
/// with spans into the cleaned text, topics, targets, aliases and mentions.
public enum RichExport {
    public static func json(document d: LoadedDocument, page: Page, result: ExtractionResult) -> JSONValue {
        func span(_ s: TextSpan) -> JSONValue { .array([.int(s.start), .int(s.end)]) }
        func mentions(_ ms: [Mention]) -> JSONValue {
            .array(ms.map { .object([("article", .int($0.articleIndex)), ("span", span($0.span)), ("surface", .string($0.surface)),
                                     ("role", .optional($0.role))]) })
        }
        let gold = GoldExport.json(fileName: d.file.fileName, page: page, result: result)
        return .object([
            ("doc", .string(d.file.fileName)),
            ("key", .string(d.file.key)),
            ("path", .string(d.file.path)),
            ("sha256", .string(d.sha256)),
            ("bytes", .int(d.byteCount)),
            ("encoding", .string(d.encoding.rawValue)),
            ("metadata", .object([("source", .optional(page.metadata.source)), ("published_on", .optional(page.metadata.publishedOn?.description)),
                                  ("page", .optional(page.metadata.page)), ("url", .optional(page.metadata.url)), ("id", .optional(page.metadata.id))])),
            ("publication_date", gold["publication_date"] ?? .null),
            ("publication", gold["publication"] ?? .null),
            ("text_length", .int(page.text.count)),
            ("articles", .array(page.articles.map { a in
                .object([("index", .int(a.index)), ("span", span(a.span)), ("title", .optional(a.title)), ("kicker", .optional(a.kicker)),
                         ("subtitle", .optional(a.subtitle)), ("column", .optional(a.column)), ("dateline", .optional(a.dateline)),
                         ("people", .array(a.people.map { .object([("name", .string($0.name)), ("role", .string($0.role.rawValue)),
                                                                   ("label", .optional($0.label)), ("span", span($0.span))]) })),
                         ("blocks", .array(a.blocks.map { .object([("kind", .string($0.kind.rawValue)), ("span", span($0.span))]) })),
                         ("sentences", .array(a.sentences.map { span($0.span) }))])
            })),
            ("metrics", .array(result.metrics.map { m in
                .object([("value", .decimal(m.value)), ("unit", .string(m.unit)), ("kind", .string(m.kind.rawValue)),
                         ("currency", .optional(m.currency)), ("subject", .optional(m.subject)), ("topic", .string(m.topic.rawValue)),
                         ("approx", .bool(m.approx)), ("change", .bool(m.change)), ("target", .bool(m.target)),
                         ("period", .optional(m.period?.value)), ("region", .optional(m.region?.name)), ("region_code", .optional(m.region?.code)),
                         ("article", .int(m.articleIndex)), ("sentence_span", span(m.sentenceSpan)), ("span", span(m.span)),
                         ("surface", .string(m.surface))])
            })),
            ("dates", .array(result.dates.map { .object([("surface", .string($0.surface)), ("value", .string($0.value)),
                                                         ("span", span($0.span)), ("article", .int($0.articleIndex)),
                                                         ("year_inferred", .bool($0.yearInferred))]) })),
            ("regions", .array(result.entities.regions.map { r in
                .object([("name", .string(r.name)), ("full", .string(r.fullName)), ("adcode", .string(r.code)), ("level", .string(r.level.rawValue)),
                         ("historical_adcode", .optional(r.historicalCode)), ("retired", .bool(r.retired)), ("mentions", mentions(r.mentions))])
            })),
            ("organizations", .array(result.entities.organizations.map { o in
                .object([("name", .string(o.canonicalName)), ("type", .string(o.type.rawValue)), ("region_code", .optional(o.regionCode)),
                         ("aliases", .array(o.aliases.map { .string($0) })), ("mentions", mentions(o.mentions))])
            })),
            ("people", .array(result.entities.people.map { p in
                .object([("name", .string(p.name)), ("title", .optional(p.title)), ("role", .optional(p.bylineRole?.rawValue)),
                         ("organization", .optional(p.organization)), ("mentions", mentions(p.mentions))])
            })),
            ("policies", .array(result.entities.policies.map { p in
                .object([("title", .string(p.title)), ("issuers", .array(p.issuers.map { .string($0) })), ("mentions", mentions(p.mentions))])
            })),
            ("events", .array(result.entities.events.map { e in .object([("name", .string(e.name)), ("mentions", mentions(e.mentions))]) })),
        ])
    }
}
