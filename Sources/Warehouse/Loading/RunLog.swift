import Foundation
import Postgres

/// The counts of a run, as recorded in `etl.run`.
public struct RunCounts: Sendable, Equatable, Codable {
    public var seen = 0, new = 0, changed = 0, unchanged = 0, duplicate = 0, rejected = 0
    public init() {}
}

/// A file a run could not load.
public struct Rejection: Sendable, Equatable {
    public var path: String
    public var sourceKey: String?
    public var sha256: String?
    /// read, decode, extract or load.
    public var stage: String
    public var reason: String
}

/// Records runs in `etl.run`, `etl.run_table_count` and `etl.rejected_file`.
struct RunLog {
    let runID: Int64

    static func start(command: String, arguments: [String], extractorVersion: String, on conn: PostgresConnection) throws -> RunLog {
        // Runs left 'running' by a killed loader: their database session is gone.
        try conn.query("""
            UPDATE etl.run SET status = 'aborted', finished_at = greatest(clock_timestamp(), started_at),
                message = 'the process stopped before finishing (killed or lost its connection)'
            WHERE status = 'running' AND backend_pid NOT IN (SELECT pid FROM pg_stat_activity)
            """)
        let host = ProcessInfo.processInfo.hostName
        let id = try conn.query("""
            INSERT INTO etl.run (command, arguments, host, pid, backend_pid, extractor_version)
            VALUES ($1, $2, $3, $4, pg_backend_pid(), $5) RETURNING run_id
            """, [command, arguments.joined(separator: " "), host, Int(getpid()), extractorVersion]).rows[0].decode(0, as: Int64.self)!
        return RunLog(runID: id)
    }

    func reject(_ r: Rejection, on conn: PostgresConnection) throws {
        try conn.query("""
            INSERT INTO etl.rejected_file (run_id, path, source_key, sha256, stage, reason) VALUES ($1, $2, $3, $4, $5, $6)
            """, [runID, r.path, r.sourceKey, r.sha256, r.stage, r.reason])
    }

    func saveCounts(_ c: RunCounts, on conn: PostgresConnection) throws {
        try conn.query("""
            UPDATE etl.run SET files_seen = $2, files_new = $3, files_changed = $4, files_unchanged = $5,
                files_duplicate = $6, files_rejected = $7 WHERE run_id = $1
            """, [runID, c.seen, c.new, c.changed, c.unchanged, c.duplicate, c.rejected])
    }

    func finish(status: String, message: String?, counts: RunCounts, rows: RowCounts, on conn: PostgresConnection) throws {
        try conn.transaction { c in
            try saveCounts(counts, on: c)
            try c.query("UPDATE etl.run SET status = $2, message = $3, finished_at = clock_timestamp() WHERE run_id = $1",
                        [runID, status, message])
            for (table, n) in rows.byTable.sorted(by: { $0.key < $1.key }) {
                try c.query("""
                    INSERT INTO etl.run_table_count (run_id, table_name, rows_loaded) VALUES ($1, $2, $3)
                    ON CONFLICT (run_id, table_name) DO UPDATE SET rows_loaded = excluded.rows_loaded
                    """, [runID, table, n])
            }
        }
    }
}
