import Foundation
import TestSupport
import XCTest

/// `labor-etl report` as a user runs it (issue 7).
final class ReportCommandTests: XCTestCase {
    var db: TestDatabase!
    var folder: URL!

    override func setUpWithError() throws {
        let help = try CLIRunner.run(["report", "--help"])
        guard help.status == 0, help.stdout.contains("--out") else {
            throw XCTSkip("the report subcommand is not registered in LaborETL.swift yet")
        }
        db = try TestDatabase(prefix: "reportcli")
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        db?.drop()
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    func testReportOnTheLoadedSeed() throws {
        let load = try CLIRunner.run(["load", "seeds/", "--quiet"], environment: db.environment)
        XCTAssertEqual(load.status, 0, load.stderr)
        let out = folder.appendingPathComponent("report.html")
        let report = try CLIRunner.run(["report", "--out", out.path], environment: db.environment)
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(report.stdout.contains("wrote"), report.stdout)
        let html = try String(contentsOf: out, encoding: .utf8)
        for id in ["metrics-by-province", "metrics-by-topic", "metrics-by-month", "top-organizations", "latest-runs", "data-quality"] {
            XCTAssertTrue(html.contains("id=\"chart-\(id)\""), "chart \(id)")
        }
        XCTAssertFalse(html.contains("http://") || html.contains("https://"), "no URL to fetch")
        XCTAssertTrue(html.contains("安徽省"))

        // The browser check, when Chromium is installed.
        let check = try CLIRunner.shell(["scripts/check-report", out.path, folder.appendingPathComponent("report.png").path])
        if check.status == 77 { throw XCTSkip("Chromium not installed: browser check skipped") }
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
    }

    func testReportOnAnEmptyWarehouseSaysNoData() throws {
        let out = folder.appendingPathComponent("empty.html")
        let report = try CLIRunner.run(["report", "--out", out.path], environment: db.environment)
        XCTAssertEqual(report.status, 0, report.stderr)
        let html = try String(contentsOf: out, encoding: .utf8)
        XCTAssertTrue(html.contains("暂无数据"))
        XCTAssertTrue(html.contains("id=\"metrics-by-province\""))
    }

    func testUnwritableOutputIsAnError() throws {
        let report = try CLIRunner.run(["report", "--out", "/nonexistent-dir/x/report.html"], environment: db.environment)
        XCTAssertNotEqual(report.status, 0)
        XCTAssertTrue(report.stderr.contains("cannot write"), report.stderr)
    }

    func testReaderRoleCanWriteTheReport() throws {
        // labor_reader needs a login for this; use a throwaway member role.
        let admin = try db.connect()
        defer { admin.close() }
        let migrate = try CLIRunner.run(["migrate"], environment: db.environment)
        XCTAssertEqual(migrate.status, 0, migrate.stderr)
        let member = "reader_\(getpid())_\(UInt32.random(in: 0...UInt32.max))"
        try admin.execute("CREATE ROLE \(member) LOGIN IN ROLE labor_reader")
        defer { _ = try? admin.execute("DROP ROLE IF EXISTS \(member)") }
        var env = db.environment
        env["DATABASE_URL"] = (env["DATABASE_URL"] ?? "") + (env["DATABASE_URL"]!.contains("://") ? "&user=\(member)" : " user=\(member)")
        let out = folder.appendingPathComponent("reader.html")
        let report = try CLIRunner.run(["report", "--out", out.path], environment: env)
        XCTAssertEqual(report.status, 0, report.stderr)
    }
}
