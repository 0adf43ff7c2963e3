import Crypto
import Entities
import Foundation
import Postgres

/// Loads the shipped division table into `core.region` when it changed (checked by checksum).
enum RegionSync {
    /// Brings `core.region` up to date with `gazetteer`; returns the codes present.
    @discardableResult
    static func sync(_ gazetteer: Gazetteer, on conn: PostgresConnection) throws -> Set<String> {
        // Current units, plus retired names whose code no current unit uses.
        var rows: [String: RegionRecord] = [:]
        for r in gazetteer.regions where !r.retired { rows[r.code] = r }
        for r in gazetteer.regions where r.retired && rows[r.code] == nil { rows[r.code] = r }
        let sorted = rows.values.sorted { $0.code < $1.code }
        var text = ""
        for r in sorted { text += "\(r.code),\(r.name),\(r.shortName),\(r.level.rawValue),\(r.parentCode ?? ""),\(r.retired),\(r.successorCode ?? "")\n" }
        let checksum = SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()

        try conn.transaction { c in
            let current = try c.query("SELECT checksum FROM etl.reference_data WHERE name = 'core.region' FOR UPDATE").rows.first?.string(0)
            guard current != checksum else { return }
            try c.execute("""
                CREATE TEMP TABLE stage_region (LIKE core.region) ON COMMIT DROP;
                """)
            try c.copyIn("COPY stage_region (region_code, name, short_name, level, parent_code, province_code, retired, last_listed, successor_code) FROM STDIN") { w in
                for r in sorted {
                    let parent = r.parentCode.flatMap { rows[$0] != nil ? $0 : nil }
                    w.field(r.code); w.field(r.name); w.field(r.shortName); w.field(r.level.rawValue)
                    w.field(r.level == .province ? nil : parent); w.field(String(r.code.prefix(2)) + "0000")
                    w.field(r.retired); w.field(r.lastListed); w.field(r.successorCode)
                    try w.endRow()
                }
            }
            try c.execute("""
                SET CONSTRAINTS ALL DEFERRED;
                INSERT INTO core.region SELECT * FROM stage_region
                ON CONFLICT (region_code) DO UPDATE SET name = excluded.name, short_name = excluded.short_name,
                    level = excluded.level, parent_code = excluded.parent_code, province_code = excluded.province_code,
                    retired = excluded.retired, last_listed = excluded.last_listed, successor_code = excluded.successor_code;
                """)
            try c.query("""
                INSERT INTO etl.reference_data (name, checksum) VALUES ('core.region', $1)
                ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, loaded_at = now()
                """, [checksum])
        }
        return Set(try conn.query("SELECT region_code FROM core.region").rows.compactMap { $0.string(0) })
    }
}
