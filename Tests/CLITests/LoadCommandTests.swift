import Foundation
import LocalCluster
import Postgres
import TestSupport
import Warehouse
import XCTest

/// `labor-etl load` as cron runs it: exit codes, the lock, crashes and restarts.
final class LoadCommandTests: XCTestCase {
    var cleanup: [() -> Void] = []
    override func tearDown() { cleanup.reversed().forEach { $0() }; cleanup = [] }

    private func database() throws -> TestDatabase {
        let db = try TestDatabase()
        cleanup.append { db.drop() }
        return db
    }

    private func pages(_ n: Int) throws -> URL {
        let dir = try TestPages.writeFolder(count: n)
        cleanup.append { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    /// Polls until `condition` holds (or fails the test after `timeout`).
    private func waitUntil(timeout: TimeInterval = 120, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("condition not met within \(timeout)s")
    }

    private func documentCount(_ conn: PostgresConnection) -> Int {
        (try? conn.query("SELECT count(*) FROM core.document").rows[0].int(0) ?? 0) ?? 0
    }

    func testExitCodesForSuccessRejectsAndUsage() throws {
        let db = try database()
        let dir = try pages(2)
        try Data([0x00, 0x01, 0x02, 0x03]).write(to: dir.appendingPathComponent("binary.txt"))
        let summaryFile = dir.appendingPathComponent("summary.json").path
        let partial = try CLIRunner.run(["load", dir.path, "--summary-json", summaryFile], environment: db.environment)
        XCTAssertEqual(partial.status, 1, partial.stderr)
        XCTAssertTrue(partial.stderr.contains("binary.txt"), partial.stderr)
        XCTAssertTrue(partial.stdout.contains("2 new"), partial.stdout)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summaryFile))) as! [String: Any]
        XCTAssertEqual(json["exit_code"] as? Int, 1)
        XCTAssertEqual((json["files"] as? [String: Int])?["rejected"], 1)

        try FileManager.default.removeItem(at: dir.appendingPathComponent("binary.txt"))
        let ok = try CLIRunner.run(["load", dir.path, "--quiet"], environment: db.environment)
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertEqual(ok.stderr, "", "--quiet prints nothing but errors on stderr")
        XCTAssertEqual(ok.stdout.split(separator: "\n").count, 1, "--quiet prints only the summary line")
        XCTAssertTrue(ok.stdout.contains("2 unchanged"), ok.stdout)

        let usage = try CLIRunner.run(["load", dir.path, "--shard", "3/2"], environment: db.environment)
        XCTAssertEqual(usage.status, 2, usage.stderr)
        let unreachable = try CLIRunner.run(["load", dir.path, "--retry-for", "0", "--database-url", "postgresql://nobody@127.0.0.1:1/none?connect_timeout=1"],
                                            environment: db.environment)
        XCTAssertEqual(unreachable.status, 3, unreachable.stderr)
    }

    func testASecondLoadExitsNamingTheRunningOneOrWaits() throws {
        let db = try database()
        let dir = try pages(150)
        let conn = try db.connect(); defer { conn.close() }
        XCTAssertEqual(try CLIRunner.run(["migrate"], environment: db.environment).status, 0, "migrate")
        let first = try ChildProcess.start([CLIRunner.executable.path, "load", dir.path, "--batch-size", "5", "--workers", "1"], environment: db.environment)
        try waitUntil { documentCount(conn) > 0 }
        let second = try CLIRunner.run(["load", dir.path], environment: db.environment)
        XCTAssertEqual(second.status, 4, second.stderr)
        XCTAssertTrue(second.stderr.contains("another load is running (run "), second.stderr)
        let waiting = try CLIRunner.run(["load", dir.path, "--wait"], environment: db.environment)
        let firstResult = first.wait()
        XCTAssertEqual(firstResult.status, 0, firstResult.stderr)
        XCTAssertEqual(waiting.status, 0, waiting.stderr)
        XCTAssertTrue(waiting.stdout.contains("150 unchanged"), waiting.stdout)
    }

    func testTwoShardsAtOnceBuildExactlyTheWarehouseOfOneLoad() throws {
        let dir = try pages(40)
        let single = try database()
        XCTAssertEqual(try CLIRunner.run(["load", dir.path, "--quiet"], environment: single.environment).status, 0)
        let singleConn = try single.connect(); defer { singleConn.close() }

        let sharded = try database()
        XCTAssertEqual(try CLIRunner.run(["migrate"], environment: sharded.environment).status, 0, "migrate")
        let a = try ChildProcess.start([CLIRunner.executable.path, "load", dir.path, "--shard", "0/2", "--batch-size", "3"], environment: sharded.environment)
        let b = try ChildProcess.start([CLIRunner.executable.path, "load", dir.path, "--shard", "1/2", "--batch-size", "3"], environment: sharded.environment)
        let ra = a.wait(), rb = b.wait()
        XCTAssertEqual(ra.status, 0, ra.stderr)
        XCTAssertEqual(rb.status, 0, rb.stderr)
        let conn = try sharded.connect(); defer { conn.close() }
        XCTAssertEqual(try conn.query("SELECT sum(files_new)::int, count(*)::int FROM etl.run WHERE status = 'succeeded'").rows[0].cells, ["40", "2"])
        XCTAssertEqual(try WarehouseFingerprint.compute(conn), try WarehouseFingerprint.compute(singleConn))
        // An unsharded load cannot run beside a shard: it would write the same keys.
        let holder = try ChildProcess.start([CLIRunner.executable.path, "load", dir.path, "--shard", "0/2", "--wait"], environment: sharded.environment)
        _ = holder.wait()
    }

    func testAKilledLoadLeavesAConsistentWarehouseAndTheNextRunFinishesIt() throws {
        let dir = try pages(120)
        // Reference: one clean run.
        let clean = try database()
        let cleanRun = try CLIRunner.run(["load", dir.path, "--quiet"], environment: clean.environment)
        XCTAssertEqual(cleanRun.status, 0, cleanRun.stderr)
        let cleanConn = try clean.connect(); defer { cleanConn.close() }
        let expected = try WarehouseFingerprint.compute(cleanConn)

        let db = try database()
        let conn = try db.connect(); defer { conn.close() }
        XCTAssertEqual(try CLIRunner.run(["migrate"], environment: db.environment).status, 0, "migrate")
        let victim = try ChildProcess.start([CLIRunner.executable.path, "load", dir.path, "--batch-size", "4", "--workers", "1"], environment: db.environment)
        try waitUntil { documentCount(conn) >= 12 }
        victim.signal(SIGKILL)
        XCTAssertEqual(victim.wait().status, 128 + SIGKILL)
        // A COMMIT sent just before the kill still completes on the server: count only once the
        // killed load's sessions are gone.
        try waitUntil {
            try conn.query("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()")
                .rows[0].int(0) == 0
        }
        let loadedAtKill = documentCount(conn)
        XCTAssertLessThan(loadedAtKill, 120, "the kill came in the middle of the load")
        // Every visible document is whole: all its articles are there.
        XCTAssertEqual(try conn.query("SELECT count(*) FROM core.document d WHERE (SELECT count(*) FROM core.article a WHERE a.document_id = d.document_id) <> 6").rows[0].int(0), 0)

        let rerun = try CLIRunner.run(["load", dir.path, "--quiet"], environment: db.environment)
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertTrue(rerun.stdout.contains("\(120 - loadedAtKill) new"), rerun.stdout)
        XCTAssertEqual(try WarehouseFingerprint.compute(conn), expected, "identical to a clean single run: nothing duplicated, nothing lost")
        XCTAssertEqual(try conn.query("SELECT status FROM etl.run ORDER BY run_id").rows.compactMap { $0.string(0) }, ["aborted", "succeeded"])
    }

    func testADatabaseRestartFailsTheRunClearlyAndTheNextRunCompletes() throws {
        // A private cluster that can be restarted without disturbing other tests.
        let home = URL(fileURLWithPath: "/tmp/letl-restart-\(getpid())")
        try? FileManager.default.removeItem(at: home)
        let cluster = LocalCluster(home: home)
        try cluster.start()
        cleanup.append { _ = try? cluster.stop(); try? FileManager.default.removeItem(at: home) }
        let admin = try PostgresConnection(configuration: ConnectionConfiguration(parameters: cluster.connectionParameters(database: "postgres")))
        try admin.execute("CREATE DATABASE restart_test")
        admin.close()
        var env = ProcessInfo.processInfo.environment
        env["DATABASE_URL"] = cluster.url(database: "restart_test")
        let config = ConnectionConfiguration(parameters: cluster.connectionParameters(database: "restart_test"))

        let dir = try pages(120)
        XCTAssertEqual(try CLIRunner.run(["migrate"], environment: env).status, 0, "migrate")
        let load = try ChildProcess.start([CLIRunner.executable.path, "load", dir.path, "--batch-size", "4", "--workers", "1"], environment: env)
        var conn = try PostgresConnection(configuration: config)
        try waitUntil { documentCount(conn) >= 8 }
        conn.close()
        try cluster.restart()
        let failed = load.wait()
        XCTAssertEqual(failed.status, 3, failed.stderr)
        XCTAssertTrue(failed.stderr.contains("lost the database connection"), failed.stderr)

        conn = try PostgresConnection(configuration: config)
        defer { conn.close() }
        XCTAssertEqual(try conn.query("SELECT count(*) FROM core.document d WHERE (SELECT count(*) FROM core.article a WHERE a.document_id = d.document_id) <> 6").rows[0].int(0), 0,
                       "no partial document is visible")
        let rerun = try CLIRunner.run(["load", dir.path, "--quiet"], environment: env)
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertEqual(documentCount(conn), 120)
        XCTAssertEqual(try conn.query("SELECT count(*) FROM core.metric").rows[0].int(0), 120 * 35)
    }
}
