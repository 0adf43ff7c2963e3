import Postgres

/// A checksum of everything the warehouse holds, independent of surrogate ids, run
/// ids and load times: two warehouses built from the same pages in any order, in
/// one run or several, sharded or not, have the same fingerprint.
public enum WarehouseFingerprint {
    public static func compute(_ conn: PostgresConnection) throws -> String {
        try conn.query("""
            SELECT coalesce(md5(string_agg(x, E'\\n' ORDER BY x)), 'empty') FROM (
              SELECT concat_ws('|', 'doc', d.source_key, d.sha256, s.name, d.published_on, d.clean_text, d.extractor_version)
                FROM core.document d JOIN core.source s USING (source_id)
              UNION ALL SELECT concat_ws('|', 'art', d.source_key, a.article_no, a.title, a.kicker, a.subtitle, a.column_name, a.dateline, a.span_start, a.span_end)
                FROM core.article a JOIN core.document d USING (document_id)
              UNION ALL SELECT concat_ws('|', 'sen', d.source_key, s.sentence_no, s.article_no, s.span_start, s.span_end, s.text)
                FROM core.sentence s JOIN core.document d USING (document_id)
              UNION ALL SELECT concat_ws('|', 'met', d.source_key, m.metric_no, m.article_no, m.sentence_no, m.value, m.unit, m.kind, m.currency,
                       m.subject, m.topic, m.approx, m.is_change, m.is_target, m.period_start, m.period_end, m.period_grain,
                       m.region_code, o.canonical_name, m.span_start, m.span_end, m.surface)
                FROM core.metric m JOIN core.document d USING (document_id) LEFT JOIN core.entity o ON o.entity_id = m.organization_id
              UNION ALL SELECT concat_ws('|', 'ent', d.source_key, em.mention_no, em.article_no, em.sentence_no, e.kind, e.canonical_name,
                       e.entity_type, e.region_code, em.span_start, em.span_end, em.surface, em.role)
                FROM core.entity_mention em JOIN core.entity e USING (entity_id) JOIN core.document d ON d.document_id = em.document_id
              UNION ALL SELECT concat_ws('|', 'reg', d.source_key, r.mention_no, r.article_no, r.region_code, r.historical_code, r.span_start, r.span_end, r.surface)
                FROM core.region_mention r JOIN core.document d USING (document_id)
              UNION ALL SELECT concat_ws('|', 'tim', d.source_key, t.expression_no, t.article_no, t.surface, t.value, t.period_start, t.period_end, t.grain, t.year_inferred)
                FROM core.time_expression t JOIN core.document d USING (document_id)
              UNION ALL SELECT concat_ws('|', 'pol', d.source_key, p.canonical_name, o.canonical_name)
                FROM core.policy_issuer pi JOIN core.document d USING (document_id)
                JOIN core.entity p ON p.entity_id = pi.policy_id JOIN core.entity o ON o.entity_id = pi.organization_id
              UNION ALL SELECT concat_ws('|', 'dup', f.source_key, f.sha256, d.source_key)
                FROM etl.duplicate_file f JOIN core.document d USING (document_id)
            ) t(x)
            """).rows[0].string(0)!
    }
}
