import Foundation
import Postgres
import TestSupport
import Warehouse
import XCTest

/// `labor_reader` (migration 0005) reads the marts views and nothing else.
final class ReaderRoleTests: XCTestCase {
    var db: TestDatabase!
    var conn: PostgresConnection!

    override func setUpWithError() throws {
        db = try TestDatabase(prefix: "reader")
        conn = try db.connect()
        try Migrator().migrate(conn)
    }

    override func tearDown() {
        conn?.close()
        db?.drop()
    }

    func testRoleExistsWithoutLogin() throws {
        let r = try conn.query("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = 'labor_reader'").rows
        XCTAssertEqual(r.count, 1)
        XCTAssertEqual(r.first?.bool(0), false)
        XCTAssertEqual(r.first?.bool(1), false)
    }

    func testReaderSelectsEveryMartsViewButNoCoreOrEtlTable() throws {
        try MartsFixture.load(conn, [MartsFixture.seedFolder])
        let views = try MartsFixture.martsViews(conn)
        let tables = try conn.query("""
            SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ('core', 'etl') AND c.relkind IN ('r', 'v', 'p') ORDER BY 1
            """).rows.map { $0.string(0)! }
        XCTAssertTrue(tables.contains("core.metric") && tables.contains("etl.run"))

        try conn.execute("SET ROLE labor_reader")
        defer { _ = try? conn.execute("RESET ROLE") }
        XCTAssertEqual(try conn.query("SELECT current_user").rows[0].string(0), "labor_reader")
        for view in views {
            XCTAssertNoThrow(try conn.query("SELECT * FROM marts.\(view) LIMIT 5"), "labor_reader cannot read marts.\(view)")
        }
        XCTAssertGreaterThan(try conn.query("SELECT count(*) FROM marts.fct_metric").rows[0].int(0)!, 0,
                             "the views read core with their owner's rights")
        for table in tables {
            do {
                _ = try conn.query("SELECT * FROM \(table) LIMIT 1")
                XCTFail("labor_reader could read \(table)")
            } catch {
                XCTAssertEqual(error.sqlState, "42501", "\(table): \(error)")
            }
        }
        // Nor write to marts.
        do {
            _ = try conn.query("CREATE VIEW marts.reader_view AS SELECT 1 AS x")
            XCTFail("labor_reader could create a view in marts")
        } catch {
            XCTAssertEqual(error.sqlState, "42501", "\(error)")
        }
    }

    func testFutureMartsViewsAreCoveredByDefaultPrivileges() throws {
        try conn.execute("CREATE VIEW marts.later_view AS SELECT 1 AS x")
        try conn.execute("SET ROLE labor_reader")
        defer { _ = try? conn.execute("RESET ROLE") }
        XCTAssertEqual(try conn.query("SELECT x FROM marts.later_view").rows.first?.int(0), 1)
    }

    func testMigratingAgainToleratesTheExistingRole() throws {
        // The role is global to the cluster: a second database migrates fine.
        let other = try TestDatabase(prefix: "reader2")
        defer { other.drop() }
        let c = try other.connect()
        defer { c.close() }
        XCTAssertNoThrow(try Migrator().migrate(c))
        try c.execute("SET ROLE labor_reader")
        XCTAssertNoThrow(try c.query("SELECT count(*) FROM marts.fct_metric"))
    }
}
