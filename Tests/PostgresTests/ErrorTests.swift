import Foundation
import Postgres
import TestSupport
import XCTest

final class ErrorTests: XCTestCase {
    var db: TestDatabase!
    var conn: PostgresConnection!

    override func setUpWithError() throws {
        db = try TestDatabase()
        conn = try db.connect()
    }

    override func tearDown() {
        conn?.close()
        db?.drop()
    }

    func testSyntaxErrorCarriesSQLStateAndStatement() throws {
        let sql = "SELEC 1"
        XCTAssertThrowsError(try conn.query(sql)) { error in
            guard case let PostgresError.server(e) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(e.sqlState, "42601")
            XCTAssertEqual(e.statement, sql)
            XCTAssertNotNil(e.position)
            XCTAssertTrue("\(error)".contains("SELEC 1"))
        }
        // The connection is still usable afterwards.
        XCTAssertEqual(try conn.query("SELECT 1").rows[0].int(0), 1)
    }

    func testUniqueViolationCarriesSQLStateConstraintAndDetail() throws {
        try conn.execute("CREATE TABLE t (id int PRIMARY KEY)")
        try conn.query("INSERT INTO t VALUES ($1)", [1])
        XCTAssertThrowsError(try conn.query("INSERT INTO t VALUES ($1)", [1])) { error in
            guard case let PostgresError.server(e) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(e.sqlState, "23505")
            XCTAssertEqual(e.constraint, "t_pkey")
            XCTAssertEqual(e.statement, "INSERT INTO t VALUES ($1)")
            XCTAssertNotNil(e.detail)
            XCTAssertEqual((error as? PostgresError)?.sqlState, "23505")
        }
    }

    func testThrowingTransactionLeavesNothingBehind() throws {
        try conn.execute("CREATE TABLE t (v text)")
        struct Boom: Error {}
        XCTAssertThrowsError(try conn.transaction { c in
            try c.query("INSERT INTO t VALUES ($1)", ["kept?"])
            throw Boom()
        })
        XCTAssertEqual(try conn.query("SELECT count(*) FROM t").rows[0].int(0), 0)
        // A server error inside the transaction rolls back too.
        XCTAssertThrowsError(try conn.transaction { c in
            try c.query("INSERT INTO t VALUES ($1)", ["kept?"])
            try c.query("SELECT 1/0")
        })
        XCTAssertEqual(try conn.query("SELECT count(*) FROM t").rows[0].int(0), 0)
        _ = try conn.transaction { c in try c.query("INSERT INTO t VALUES ($1)", ["committed"]) }
        XCTAssertEqual(try conn.query("SELECT count(*) FROM t").rows[0].int(0), 1)
    }

    func testFailedConnectNamesTheTargetAndMasksThePassword() throws {
        let config = ConnectionConfiguration(connectionString: "postgresql://etl:s3cr3t-pw@127.0.0.1:1/none?connect_timeout=2")
        XCTAssertThrowsError(try PostgresConnection(configuration: config)) { error in
            guard case PostgresError.connectionFailed = error else { return XCTFail("\(error)") }
            let text = "\(error)"
            XCTAssertFalse(text.contains("s3cr3t-pw"), text)
            XCTAssertTrue(text.contains("127.0.0.1"), text)
        }
        XCTAssertEqual(ConnectionConfiguration.redact("host=h password='a b' user=u"), "host=h password=***** user=u")
        XCTAssertEqual(ConnectionConfiguration.redact("postgresql://u:pw@h/db?password=x&sslmode=require"), "postgresql://u:*****@h/db?password=*****&sslmode=require")
    }

    func testAdvisoryLocksExcludeASecondSession() throws {
        let other = try db.connect()
        defer { other.close() }
        XCTAssertTrue(try conn.tryAdvisoryLock(42))
        XCTAssertFalse(try other.tryAdvisoryLock(42))
        XCTAssertTrue(try conn.advisoryUnlock(42))
        XCTAssertTrue(try other.tryAdvisoryLock(42))
    }

    func testEnvironmentConfiguration() {
        XCTAssertNil(ConnectionConfiguration.fromEnvironment([:]))
        XCTAssertEqual(ConnectionConfiguration.fromEnvironment(["DATABASE_URL": "postgresql:///x"])?.connectionString, "postgresql:///x")
        XCTAssertNotNil(ConnectionConfiguration.fromEnvironment(["PGHOST": "db"]))
    }
}
