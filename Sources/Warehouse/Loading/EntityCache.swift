import Postgres

/// Maps entity natural keys (kind, canonical name) to `core.entity` ids, inserting
/// the ones the warehouse does not have yet.
///
/// Additions made inside a transaction are kept pending until ``commit()``, so a
/// rolled-back batch leaves no stale ids behind. The cache holds at most `capacity`
/// entities (about 3 MB for 20 000), in two generations: when the young one is full it
/// becomes the old one and the previous old one is forgotten; forgotten ids are looked up
/// again when next met. Memory does not grow with the archive, and ids used in the
/// latest batches stay at hand.
final class EntityCache {
    struct Key: Hashable { let kind: String; let name: String }
    struct Candidate { let key: Key; let type: String; let regionCode: String? }

    let capacity: Int
    private var ids: [Key: Int64] = [:]
    private var old: [Key: Int64] = [:]
    private var pending: [Key: Int64] = [:]

    init(capacity: Int = 20_000) { self.capacity = max(2, capacity) }

    func id(_ key: Key) -> Int64? { pending[key] ?? ids[key] ?? old[key] }

    /// Makes sure every candidate has an id (inside the caller's transaction).
    func resolve(_ candidates: [Candidate], on conn: PostgresConnection) throws {
        var missing: [Key: Candidate] = [:]
        for c in candidates where id(c.key) == nil && missing[c.key] == nil { missing[c.key] = c }
        guard !missing.isEmpty else { return }
        try conn.execute("""
            CREATE TEMP TABLE IF NOT EXISTS stage_entity (kind text, canonical_name text, entity_type text, region_code char(6));
            TRUNCATE stage_entity;
            """)
        try conn.copyIn("COPY stage_entity (kind, canonical_name, entity_type, region_code) FROM STDIN") { w in
            for c in missing.values {
                w.field(c.key.kind); w.field(c.key.name); w.field(c.type); w.field(c.regionCode)
                try w.endRow()
            }
        }
        try conn.execute("""
            INSERT INTO core.entity (kind, canonical_name, entity_type, region_code)
            SELECT DISTINCT ON (kind, canonical_name) kind, canonical_name, entity_type, region_code
            FROM stage_entity ORDER BY kind, canonical_name
            ON CONFLICT (kind, canonical_name) DO NOTHING
            """)
        let rows = try conn.query("""
            SELECT e.entity_id, e.kind, e.canonical_name
            FROM core.entity e JOIN stage_entity s USING (kind, canonical_name)
            """).rows
        for r in rows {
            pending[Key(kind: r.string(1)!, name: r.string(2)!)] = Int64(r.string(0)!)!
        }
    }

    /// Keeps the pending ids (after the transaction committed).
    func commit() {
        if ids.count + pending.count > capacity / 2 {
            old = ids
            ids = [:]
        }
        ids.merge(pending) { _, new in new }
        pending.removeAll()
    }

    /// Forgets the pending ids (after a rollback).
    func rollback() { pending.removeAll() }

    /// Number of entity ids held.
    var count: Int { ids.count + old.count }
}
