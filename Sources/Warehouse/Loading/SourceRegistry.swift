import Postgres

/// Maps source names (工人日报 …) to `core.source` ids, inserting new ones.
final class SourceRegistry {
    static let unknown = "unknown"
    private var ids: [String: Int64] = [:]

    func id(_ name: String) -> Int64? { ids[name] }

    func resolve(_ names: Set<String>, on conn: PostgresConnection) throws {
        for name in names where ids[name] == nil {
            try conn.query("INSERT INTO core.source (name) VALUES ($1) ON CONFLICT (name) DO NOTHING", [name])
            ids[name] = try conn.query("SELECT source_id FROM core.source WHERE name = $1", [name]).rows.first?.decode(0, as: Int64.self)
        }
    }

    /// Forgets everything (after a rollback, ids inserted in it are gone).
    func reset() { ids.removeAll() }
}
