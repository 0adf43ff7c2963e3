import Crypto
import Foundation
import Logging
import Postgres

/// One numbered SQL migration.
public struct Migration: Sendable, Equatable {
    /// File name, e.g. `0001_schemas.sql`; migrations apply in name order.
    public let name: String
    public let sql: String
    /// SHA-256 of the SQL text, lowercase hex.
    public var checksum: String { SHA256.hash(data: Data(sql.utf8)).map { String(format: "%02x", $0) }.joined() }

    public init(name: String, sql: String) { self.name = name; self.sql = sql }

    /// The migrations shipped in the binary (from `sql/migrations`).
    public static var bundled: [Migration] {
        EmbeddedMigrations.all.map { Migration(name: $0.name, sql: $0.sql) }.sorted { $0.name < $1.name }
    }
}

/// Why the schema cannot be brought up to date.
public enum MigrationError: Error, CustomStringConvertible {
    /// A migration that was already applied has been edited since.
    case checksumMismatch(name: String, applied: String, current: String)
    /// The database has a migration this program does not know (a newer LaborETL migrated it).
    case unknownApplied(name: String)
    case failed(name: String, underlying: PostgresError)

    public var description: String {
        switch self {
        case let .checksumMismatch(name, applied, current):
            return "migration \(name) was edited after it was applied (checksum \(applied.prefix(12))… in etl.schema_migration, \(current.prefix(12))… now). Applied migrations must never change: revert the edit and add a new numbered migration instead."
        case let .unknownApplied(name):
            return "the database has migration \(name) applied, which this version of labor-etl does not know: it was migrated by a newer version. Upgrade labor-etl."
        case let .failed(name, underlying):
            return "migration \(name) failed and was rolled back: \(underlying)"
        }
    }
}

/// Applies migrations in order, each once, in its own transaction, recording each
/// with its checksum in `etl.schema_migration`.
public struct Migrator {
    public let migrations: [Migration]
    public var logger: Logger

    /// Advisory-lock key serializing concurrent migrators.
    static let lockKey: Int64 = 0x4C_45_54_4C_5F_4D_49_47  // "LETL_MIG"

    public init(migrations: [Migration] = Migration.bundled, logger: Logger = Logger(label: "labor-etl.migrate")) {
        self.migrations = migrations.sorted { $0.name < $1.name }
        self.logger = logger
    }

    /// Brings the schema up to date.
    /// - Returns: the names of the migrations applied by this call (empty when up to date).
    @discardableResult
    public func migrate(_ conn: PostgresConnection) throws -> [String] {
        try conn.advisoryLock(Migrator.lockKey)
        defer { _ = try? conn.advisoryUnlock(Migrator.lockKey) }
        try conn.execute("""
            SET client_min_messages = warning;
            CREATE SCHEMA IF NOT EXISTS etl;
            CREATE TABLE IF NOT EXISTS etl.schema_migration (
                name text PRIMARY KEY,
                checksum text NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
                applied_at timestamptz NOT NULL DEFAULT now()
            );
            COMMENT ON TABLE etl.schema_migration IS 'Migrations applied to this database, with the SHA-256 of their SQL.';
            RESET client_min_messages;
            """)
        var applied: [String: String] = [:]
        for row in try conn.query("SELECT name, checksum FROM etl.schema_migration").rows {
            applied[row.string(0)!] = row.string(1)!
        }
        let known = Set(migrations.map(\.name))
        if let unknown = applied.keys.sorted().first(where: { !known.contains($0) }) {
            throw MigrationError.unknownApplied(name: unknown)
        }
        var done: [String] = []
        for m in migrations {
            let checksum = m.checksum
            if let recorded = applied[m.name] {
                guard recorded == checksum else {
                    throw MigrationError.checksumMismatch(name: m.name, applied: recorded, current: checksum)
                }
                continue
            }
            do {
                try conn.transaction { c in
                    try c.execute(m.sql)
                    try c.query("INSERT INTO etl.schema_migration (name, checksum) VALUES ($1, $2)", [m.name, checksum])
                }
            } catch let e as PostgresError {
                throw MigrationError.failed(name: m.name, underlying: e)
            }
            logger.info("applied migration \(m.name)")
            done.append(m.name)
        }
        return done
    }
}
