import Entities
import Extraction
import Foundation
import Metrics
import NewsText
import Postgres

/// A document of a batch with the id it is written under.
struct BatchItem {
    let documentID: Int64
    /// The month partition its rows go to: the publication month, else the current month.
    var partitionMonth: String { doc.partitionMonth }
    /// True when the document row exists already (a changed file, or reprocess): its
    /// facts are replaced and the row updated in place.
    let replaces: Bool
    let doc: ExtractedDocument
}

/// Rows written per core table.
public struct RowCounts: Sendable, Equatable {
    public var byTable: [String: Int] = [:]
    public init() {}
    mutating func add(_ table: String, _ n: Int) { byTable[table, default: 0] += n }
    mutating func merge(_ other: RowCounts) { for (k, v) in other.byTable { add(k, v) } }
    public subscript(table: String) -> Int { byTable[table] ?? 0 }
}

/// Writes a batch of extracted documents into `core` with COPY, inside the caller's
/// transaction: documents, articles, sentences, mentions, time expressions, metrics.
struct BatchWriter {
    let runID: Int64
    let sourceIDs: SourceRegistry
    let entities: EntityCache
    /// Region codes present in core.region (others are stored as NULL, never guessed).
    let knownRegions: Set<String>
    let extractorVersion: String

    func write(_ items: [BatchItem], on conn: PostgresConnection) throws -> RowCounts {
        var counts = RowCounts()
        try sourceIDs.resolve(Set(items.map { $0.doc.document.metadata.source ?? SourceRegistry.unknown }), on: conn)
        try entities.resolve(entityCandidates(items), on: conn)

        let replaced = items.filter(\.replaces)
        if !replaced.isEmpty {
            let ids = PostgresArray(replaced.map(\.documentID))
            // Facts of the month-partitioned tables first, one statement per table (see
            // migration 0006), then the articles (their other facts follow by cascade).
            for table in ["core.metric", "core.entity_mention", "core.sentence"] {
                try conn.query("DELETE FROM \(table) WHERE document_id = ANY($1::bigint[])", [ids])
            }
            try conn.query("DELETE FROM core.article WHERE document_id = ANY($1::bigint[])", [ids])
            try conn.query("DELETE FROM core.policy_issuer WHERE document_id = ANY($1::bigint[])", [ids])
            try conn.execute("CREATE TEMP TABLE IF NOT EXISTS stage_document (LIKE core.document INCLUDING DEFAULTS); TRUNCATE stage_document;")
            try copyDocuments(replaced, into: "stage_document", on: conn)
            try conn.execute("""
                UPDATE core.document d SET source_id = s.source_id, sha256 = s.sha256, byte_count = s.byte_count,
                    file_path = s.file_path, file_mtime = s.file_mtime, encoding = s.encoding,
                    published_on = s.published_on, published_grain = s.published_grain,
                    published_inferred = s.published_inferred, published_method = s.published_method,
                    page_label = s.page_label, url = s.url, raw_text = s.raw_text, clean_text = s.clean_text,
                    extractor_version = s.extractor_version, run_id = s.run_id, loaded_at = now()
                FROM stage_document s WHERE d.document_id = s.document_id
                """)
            // A duplicate recorded against the old content is no longer a duplicate.
            try conn.query("""
                DELETE FROM etl.duplicate_file f USING core.document d
                WHERE f.document_id = d.document_id AND f.sha256 <> d.sha256 AND d.document_id = ANY($1::bigint[])
                """, [ids])
        }
        let fresh = items.filter { !$0.replaces }
        if !fresh.isEmpty { try copyDocuments(fresh, into: "core.document", on: conn) }
        counts.add("core.document", items.count)

        counts.add("core.article", try conn.copyIn("COPY core.article (document_id, article_no, title, kicker, subtitle, column_name, dateline, span_start, span_end) FROM STDIN") { w in
            for item in items {
                for a in item.doc.page.articles {
                    w.field(Int(item.documentID)); w.field(a.index); w.field(a.title); w.field(a.kicker)
                    w.field(a.subtitle); w.field(a.column); w.field(a.dateline); w.field(a.span.start); w.field(a.span.end)
                    try w.endRow()
                }
            }
        })

        let indexes = items.map { SentenceIndex(page: $0.doc.page) }
        counts.add("core.sentence", try conn.copyIn("COPY core.sentence (document_id, partition_month, sentence_no, article_no, span_start, span_end, text) FROM STDIN") { w in
            for (item, index) in zip(items, indexes) {
                for (no, s) in index.sentences.enumerated() {
                    w.field(Int(item.documentID)); w.field(item.partitionMonth); w.field(no); w.field(s.article)
                    w.field(s.span.start); w.field(s.span.end); w.field(item.doc.page.text[s.span])
                    try w.endRow()
                }
            }
        })

        counts.add("core.entity_mention", try conn.copyIn("COPY core.entity_mention (document_id, partition_month, mention_no, article_no, sentence_no, entity_id, span_start, span_end, surface, role) FROM STDIN") { w in
            for (item, index) in zip(items, indexes) {
                var no = 0
                for (kind, name, mentions) in entityMentions(item.doc.result.entities) {
                    guard let id = entities.id(EntityCache.Key(kind: kind, name: name)) else { continue }
                    for m in mentions {
                        w.field(Int(item.documentID)); w.field(item.partitionMonth); w.field(no); w.field(m.articleIndex)
                        w.field(index.sentenceNumber(containing: m.span.start)); w.field(Int(id))
                        w.field(m.span.start); w.field(m.span.end); w.field(m.surface); w.field(m.role)
                        try w.endRow()
                        no += 1
                    }
                }
            }
        })

        counts.add("core.region_mention", try conn.copyIn("COPY core.region_mention (document_id, mention_no, article_no, region_code, historical_code, span_start, span_end, surface) FROM STDIN") { w in
            for item in items {
                var no = 0
                for r in item.doc.result.entities.regions where knownRegions.contains(r.code) {
                    for m in r.mentions {
                        w.field(Int(item.documentID)); w.field(no); w.field(m.articleIndex); w.field(r.code)
                        w.field(r.historicalCode); w.field(m.span.start); w.field(m.span.end); w.field(m.surface)
                        try w.endRow()
                        no += 1
                    }
                }
            }
        })

        counts.add("core.policy_issuer", try conn.copyIn("COPY core.policy_issuer (document_id, policy_id, organization_id) FROM STDIN") { w in
            for item in items {
                var seen = Set<[Int64]>()
                for p in item.doc.result.entities.policies {
                    guard let pid = entities.id(.init(kind: "policy", name: p.title)) else { continue }
                    for issuer in p.issuers {
                        guard let oid = entities.id(.init(kind: "organization", name: issuer)), seen.insert([pid, oid]).inserted else { continue }
                        w.field(Int(item.documentID)); w.field(Int(pid)); w.field(Int(oid))
                        try w.endRow()
                    }
                }
            }
        })

        counts.add("core.time_expression", try conn.copyIn("COPY core.time_expression (document_id, expression_no, article_no, surface, value, period_start, period_end, grain, year_inferred, span_start, span_end) FROM STDIN") { w in
            for item in items {
                for (no, d) in item.doc.result.dates.enumerated() {
                    w.field(Int(item.documentID)); w.field(no); w.field(d.articleIndex); w.field(d.surface)
                    w.field(d.value); w.field(d.period.start.firstDay); w.field(d.period.end.lastDay)
                    w.field(d.period.start.grain); w.field(d.yearInferred); w.field(d.span.start); w.field(d.span.end)
                    try w.endRow()
                }
            }
        })

        counts.add("core.metric", try conn.copyIn("""
            COPY core.metric (document_id, partition_month, metric_no, article_no, sentence_no, value, unit, kind, currency, subject, topic,
                approx, is_change, is_target, period_start, period_end, period_grain, region_code, organization_id,
                span_start, span_end, surface) FROM STDIN
            """) { w in
            for (item, index) in zip(items, indexes) {
                let orgs = OrganizationLocator(item.doc.result.entities, cache: entities)
                for (no, m) in item.doc.result.metrics.enumerated() {
                    let sentence = index.sentenceNumber(containing: m.span.start)
                    w.field(Int(item.documentID)); w.field(item.partitionMonth); w.field(no); w.field(m.articleIndex); w.field(sentence)
                    w.field(exactText(m.value)); w.field(m.unit); w.field(m.kind.rawValue); w.field(m.currency)
                    w.field(m.subject); w.field(m.topic.rawValue); w.field(m.approx); w.field(m.change); w.field(m.target)
                    w.field(m.period?.start.firstDay); w.field(m.period?.end.lastDay); w.field(m.period?.start.grain)
                    w.field(m.region?.code.flatMap { knownRegions.contains($0) ? $0 : nil })
                    w.field(orgs.organization(for: m.sentenceSpan, before: m.span.start).map { Int($0) })
                    w.field(m.span.start); w.field(m.span.end); w.field(m.surface)
                    try w.endRow()
                }
            }
        })
        return counts
    }

    private func copyDocuments(_ items: [BatchItem], into table: String, on conn: PostgresConnection) throws {
        try conn.copyIn("""
            COPY \(table) (document_id, source_key, source_id, sha256, byte_count, file_path, file_mtime, encoding,
                published_on, published_grain, published_inferred, published_method, page_label, url,
                raw_text, clean_text, extractor_version, run_id) FROM STDIN
            """) { w in
            for item in items {
                let d = item.doc.document, p = item.doc.page.publication
                w.field(Int(item.documentID)); w.field(item.doc.sourceKey)
                w.field(Int(sourceIDs.id(d.metadata.source ?? SourceRegistry.unknown)!)); w.field(d.sha256)
                w.field(d.byteCount); w.field(d.file.path); w.field(item.doc.modificationTime)
                w.field(d.encoding.rawValue); w.field(p?.date.firstDay); w.field(p?.date.grain)
                w.field(p?.inferred ?? false); w.field(p?.method); w.field(d.metadata.page); w.field(d.metadata.url)
                w.field(d.text); w.field(item.doc.page.text.string); w.field(extractorVersion); w.field(Int(runID))
                try w.endRow()
            }
        }
    }

    private func entityCandidates(_ items: [BatchItem]) -> [EntityCache.Candidate] {
        var out: [EntityCache.Candidate] = []
        for item in items {
            let e = item.doc.result.entities
            for o in e.organizations {
                out.append(.init(key: .init(kind: "organization", name: o.canonicalName), type: o.type.rawValue,
                                 regionCode: o.regionCode.flatMap { knownRegions.contains($0) ? $0 : nil }))
            }
            for p in e.people { out.append(.init(key: .init(kind: "person", name: p.name), type: "", regionCode: nil)) }
            for p in e.policies { out.append(.init(key: .init(kind: "policy", name: p.title), type: "", regionCode: nil)) }
            for v in e.events { out.append(.init(key: .init(kind: "event", name: v.name), type: "", regionCode: nil)) }
        }
        return out
    }

    private func entityMentions(_ e: EntityResult) -> [(String, String, [Mention])] {
        var out: [(String, String, [Mention])] = []
        for o in e.organizations { out.append(("organization", o.canonicalName, o.mentions)) }
        for p in e.people {
            // A person's title (or byline role) is the mention's role.
            let mentions = p.mentions.map { m -> Mention in
                var m = m
                if m.role == nil { m.role = p.title ?? p.bylineRole?.rawValue }
                return m
            }
            out.append(("person", p.name, mentions))
        }
        for p in e.policies { out.append(("policy", p.title, p.mentions)) }
        for v in e.events { out.append(("event", v.name, v.mentions)) }
        return out
    }
}

/// The page's sentences in order, numbered across articles, for looking up which
/// sentence an offset falls in.
struct SentenceIndex {
    struct Entry { let span: TextSpan; let article: Int }
    let sentences: [Entry]

    init(page: Page) {
        var all: [Entry] = []
        for a in page.articles { for s in a.sentences { all.append(Entry(span: s.span, article: a.index)) } }
        all.sort { $0.span.start < $1.span.start }
        sentences = all
    }

    /// The number of the sentence containing `offset`, or nil (titles, bylines).
    func sentenceNumber(containing offset: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = sentences[mid].span
            if offset < s.start { hi = mid - 1 } else if offset >= s.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }
}

/// Finds the organization a metric's sentence names: the nearest one before the
/// number, else the first one after it, within the same sentence.
struct OrganizationLocator {
    private let spans: [(span: TextSpan, id: Int64)]

    init(_ e: EntityResult, cache: EntityCache) {
        var s: [(TextSpan, Int64)] = []
        for o in e.organizations {
            guard let id = cache.id(.init(kind: "organization", name: o.canonicalName)) else { continue }
            for m in o.mentions { s.append((m.span, id)) }
        }
        spans = s.sorted { $0.0.start < $1.0.start }
    }

    func organization(for sentence: TextSpan, before offset: Int) -> Int64? {
        var best: Int64?
        var after: Int64?
        for (span, id) in spans where sentence.contains(span) {
            if span.end <= offset { best = id } else if after == nil { after = id }
        }
        return best ?? after
    }
}
