import Foundation
import Postgres
import TestSupport
import Warehouse
import XCTest

final class MigratorTests: XCTestCase {
    func testBundledMigrationsCreateTheSchemasAndApplyingTwiceIsANoOp() throws {
        let db = try TestDatabase()
        defer { db.drop() }
        let conn = try db.connect()
        defer { conn.close() }
        let first = try Migrator().migrate(conn)
        XCTAssertEqual(first, Migration.bundled.map(\.name))
        let schemas = try conn.query("SELECT nspname FROM pg_namespace WHERE nspname IN ('etl','core','marts') ORDER BY 1").rows.compactMap { $0.string(0) }
        XCTAssertEqual(schemas, ["core", "etl", "marts"])
        let recorded = try conn.query("SELECT count(*) FROM etl.schema_migration").rows[0].int(0)
        XCTAssertEqual(recorded, Migration.bundled.count)
        XCTAssertEqual(try Migrator().migrate(conn), [], "second run applies nothing")
        XCTAssertEqual(try conn.query("SELECT count(*) FROM etl.schema_migration").rows[0].int(0), recorded)
    }

    func testAnEditedAppliedMigrationIsRefused() throws {
        let db = try TestDatabase()
        defer { db.drop() }
        let conn = try db.connect()
        defer { conn.close() }
        let original = [Migration(name: "0001_a.sql", sql: "CREATE TABLE a (id int);")]
        try Migrator(migrations: original).migrate(conn)
        let edited = [Migration(name: "0001_a.sql", sql: "CREATE TABLE a (id bigint);")]
        XCTAssertThrowsError(try Migrator(migrations: edited).migrate(conn)) { error in
            guard case MigrationError.checksumMismatch(let name, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(name, "0001_a.sql")
            XCTAssertTrue("\(error)".contains("new numbered migration"))
        }
    }

    func testAFailingMigrationIsRolledBackWhole() throws {
        let db = try TestDatabase()
        defer { db.drop() }
        let conn = try db.connect()
        defer { conn.close() }
        let migrations = [
            Migration(name: "0001_ok.sql", sql: "CREATE TABLE ok (id int);"),
            Migration(name: "0002_bad.sql", sql: "CREATE TABLE half (id int); SELECT 1/0;"),
        ]
        XCTAssertThrowsError(try Migrator(migrations: migrations).migrate(conn)) { error in
            guard case MigrationError.failed(let name, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(name, "0002_bad.sql")
        }
        XCTAssertEqual(try conn.query("SELECT to_regclass('half') IS NULL").rows[0].bool(0), true)
        XCTAssertEqual(try conn.query("SELECT name FROM etl.schema_migration").rows.compactMap { $0.string(0) }, ["0001_ok.sql"])
    }

    func testEmbeddedMigrationsMatchTheSQLFiles() throws {
        let dir = TestDatabase.repositoryRoot.appendingPathComponent("sql/migrations")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".sql") }.sorted()
        XCTAssertEqual(Migration.bundled.map(\.name), files, "run scripts/embed-resources after editing sql/migrations")
        for m in Migration.bundled {
            let text = try String(contentsOf: dir.appendingPathComponent(m.name), encoding: .utf8)
            XCTAssertEqual(m.sql, text, "\(m.name) is stale: run scripts/embed-resources")
        }
    }
}
