import Foundation
import TestSupport
import XCTest

/// The self-managed cluster, driven through `labor-etl db …` in a private folder.
final class DBCommandTests: XCTestCase {
    func testStartTwiceStopAndURLWorksWithPsql() throws {
        let home = URL(fileURLWithPath: "/tmp/letl-db-\(getpid())")
        try? FileManager.default.removeItem(at: home)
        let env = CLIRunner.environmentWithoutDatabase(home: home)
        defer {
            _ = try? CLIRunner.run(["db", "stop"], environment: env)
            try? FileManager.default.removeItem(at: home)
        }

        let first = try CLIRunner.run(["db", "start"], environment: env)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("started"), first.stdout)
        let second = try CLIRunner.run(["db", "start"], environment: env)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.contains("already running"), second.stdout)

        let status = try CLIRunner.run(["db", "status"], environment: env)
        XCTAssertEqual(status.status, 0)

        let url = try CLIRunner.run(["db", "url"], environment: env).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(url.hasPrefix("postgresql://"), url)
        let psql = try CLIRunner.shell(["psql", url, "-Atc", "SELECT current_database()"])
        XCTAssertEqual(psql.status, 0, psql.stderr)
        XCTAssertEqual(psql.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "labor_etl")

        let migrate = try CLIRunner.run(["migrate"], environment: env)
        XCTAssertEqual(migrate.status, 0, migrate.stderr)
        XCTAssertTrue(migrate.stderr.contains("self-managed"), migrate.stderr)

        let stop = try CLIRunner.run(["db", "stop"], environment: env)
        XCTAssertEqual(stop.status, 0, stop.stderr)
        XCTAssertTrue(stop.stdout.contains("stopped"), stop.stdout)
        let after = try CLIRunner.run(["db", "status"], environment: env)
        XCTAssertEqual(after.status, 3, "status of a stopped cluster exits 3")
    }

    func testMigrateAgainstAServerGivenByPGVariablesCreatesTheThreeSchemas() throws {
        let db = try TestDatabase()
        defer { db.drop() }
        var env = ProcessInfo.processInfo.environment
        env["DATABASE_URL"] = nil
        env["LABOR_ETL_HOME"] = "/nonexistent/never-used"
        let names = ["host": "PGHOST", "port": "PGPORT", "user": "PGUSER", "dbname": "PGDATABASE", "password": "PGPASSWORD"]
        for (k, v) in db.configuration.parameters { if let name = names[k] { env[name] = v } }
        if db.configuration.connectionString != nil {
            throw XCTSkip("the test server is given as a URL; PG* variables cannot express it here")
        }
        let r = try CLIRunner.run(["migrate"], environment: env)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("from PG* variables"), r.stderr)
        let conn = try db.connect()
        defer { conn.close() }
        let schemas = try conn.query("SELECT nspname FROM pg_namespace WHERE nspname IN ('etl','core','marts') ORDER BY 1").rows.compactMap { $0.string(0) }
        XCTAssertEqual(schemas, ["core", "etl", "marts"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/nonexistent/never-used"), "the self-managed cluster was not used")
    }
}
