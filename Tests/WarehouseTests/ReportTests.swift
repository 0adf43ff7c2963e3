import Foundation
import Postgres
import TestSupport
import Warehouse
import XCTest

/// The HTML report of `labor-etl report` (issue 7), built from the marts views.
final class ReportTests: XCTestCase {
    var db: TestDatabase!
    var conn: PostgresConnection!
    var folders: [URL] = []

    static let sectionIDs = ["metrics-by-province", "metrics-by-topic", "metrics-by-month",
                             "top-organizations", "latest-runs", "data-quality"]

    override func setUpWithError() throws {
        db = try TestDatabase(prefix: "report")
        conn = try db.connect()
        try Migrator().migrate(conn)
    }

    override func tearDown() {
        conn?.close()
        db?.drop()
        for f in folders { try? FileManager.default.removeItem(at: f) }
    }

    func seedReport() throws -> String {
        try MartsFixture.load(conn, [MartsFixture.seedFolder])
        let html = ReportRenderer.html(try ReportQueries(connection: conn).fetch(databaseDescription: "test database"))
        if let keep = ProcessInfo.processInfo.environment["LABOR_ETL_KEEP_REPORT"], !keep.isEmpty {
            try html.write(toFile: keep, atomically: true, encoding: .utf8)
        }
        return html
    }

    func testSeedReportHasEveryChartWithItsView() throws {
        let html = try seedReport()
        for id in Self.sectionIDs {
            XCTAssertTrue(html.contains("<section class=\"report-section\" id=\"\(id)\">"), "section \(id)")
            XCTAssertTrue(html.contains("<svg class=\"chart\" id=\"chart-\(id)\""), "chart \(id)")
        }
        for view in ["marts.metrics_by_province_month", "marts.metrics_by_topic", "marts.organization_activity_month",
                     "marts.load_health", "marts.data_quality"] {
            XCTAssertTrue(html.contains("from <code>\(view)</code>"), "caption for \(view)")
        }
        XCTAssertTrue(html.contains("FROM marts.metrics_by_province_month"), "the SQL is shown")
        XCTAssertTrue(html.contains("安徽省"))
        XCTAssertTrue(html.contains("吉林省总工会"))
        // 6545000 元 in Jilin: short form in 万, exact value on hover.
        XCTAssertTrue(html.contains("6,545,000"), "exact money on hover")
        XCTAssertTrue(html.contains("<title>"), "hover titles")
        XCTAssertFalse(html.contains("暂无数据"), "no 'no data' note on a loaded warehouse")
    }

    func testReportIsSelfContained() throws {
        let html = try seedReport()
        XCTAssertFalse(html.contains("http://"), "no http URL")
        XCTAssertFalse(html.contains("https://"), "no https URL")
        XCTAssertFalse(html.lowercased().contains("<script"), "no scripts")
        XCTAssertFalse(html.lowercased().contains("<img"), "no images")
        XCTAssertFalse(html.lowercased().contains("@import") || html.lowercased().contains("url("), "no CSS fetches")
        let refs = try NSRegularExpression(pattern: #"(?:src|href)\s*=\s*"([^"]*)""#)
        for m in refs.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let target = String(html[Range(m.range(at: 1), in: html)!])
            XCTAssertTrue(target.hasPrefix("#"), "reference to \(target)")
        }
        XCTAssertTrue(html.contains("Content-Security-Policy"))
    }

    func testReportIsWellFormed() throws {
        let html = try seedReport()
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
        XCTAssertEqual(try Self.unbalancedTags(html), [], "every element is closed in order")
    }

    func testEmptyWarehouseStillRenders() throws {
        let html = ReportRenderer.html(try ReportQueries(connection: conn).fetch())
        XCTAssertEqual(try Self.unbalancedTags(html), [])
        for id in Self.sectionIDs { XCTAssertTrue(html.contains("id=\"\(id)\""), id) }
        XCTAssertGreaterThanOrEqual(html.components(separatedBy: "暂无数据").count - 1, Self.sectionIDs.count)
        XCTAssertFalse(html.contains("<svg"))
    }

    func testTextIsEscaped() throws {
        let point = ChartPoint(label: "<script>alert('x')</script> & \"q\"", value: 1, exact: "1")
        let section = ReportSection(id: "t", title: "A <b>title</b>", subtitle: "s & t", view: "marts.x",
                                    sql: "SELECT '<'", chart: .bars([point], unit: "条"),
                                    table: ReportTable(header: ["<h>"], rows: [["</td><td>"]], numericColumns: []), isEmpty: false)
        let html = ReportRenderer.html(ReportData(generatedAt: Date(timeIntervalSince1970: 0), databaseDescription: "db<1>",
                                                  totals: [(label: "<l>", value: "1")], sections: [section]))
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertFalse(html.contains("<b>title"))
        XCTAssertFalse(html.contains("</td><td>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"))
        XCTAssertEqual(try Self.unbalancedTags(html), [])
    }

    func testChineseNumberFormat() {
        XCTAssertEqual(ChineseNumberFormat.short(6_545_000), "654.5万")
        XCTAssertEqual(ChineseNumberFormat.short(27_500), "2.75万")
        XCTAssertEqual(ChineseNumberFormat.short(120_000_000), "1.2亿")
        XCTAssertEqual(ChineseNumberFormat.short(5573), "5573")
        XCTAssertEqual(ChineseNumberFormat.short(82.2), "82.2")
        XCTAssertEqual(ChineseNumberFormat.short(0), "0")
        XCTAssertEqual(ChineseNumberFormat.short(-30_000), "-3万")
        XCTAssertEqual(ChineseNumberFormat.exact("6545000"), "6,545,000")
        XCTAssertEqual(ChineseNumberFormat.exact("1234567.8900"), "1,234,567.89")
        XCTAssertEqual(ChineseNumberFormat.exact("-1000"), "-1,000")
        XCTAssertEqual(ChineseNumberFormat.exact("82.2"), "82.2")
        XCTAssertEqual(ChineseNumberFormat.percent(0.5143), "51.4%")
    }

    /// Renders the seed report in headless Chromium through scripts/check-report
    /// (DOM has every chart SVG, screenshot not blank). Skipped without Chromium.
    func testHeadlessChromiumRendersTheReport() throws {
        let browser = ["chromium", "chromium-browser", "google-chrome"].first { name in
            (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
                .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
        }
        guard browser != nil || ProcessInfo.processInfo.environment["CHROMIUM"] != nil else {
            throw XCTSkip("Chromium is not installed (apt-get install -y chromium)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
        folders.append(folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("report.html")
        try seedReport().write(to: file, atomically: true, encoding: .utf8)
        let script = TestDatabase.repositoryRoot.appendingPathComponent("scripts/check-report").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = [file.path, folder.appendingPathComponent("report.png").path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 77 { throw XCTSkip("check-report found no browser") }
        XCTAssertEqual(process.terminationStatus, 0, "check-report failed:\n\(text)")
    }

    /// Open/close tags that do not pair up (void elements and comments ignored).
    static func unbalancedTags(_ html: String) throws -> [String] {
        let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "wbr", "col", "area", "base", "source"]
        let tag = try NSRegularExpression(pattern: #"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>"#)
        var stack: [String] = []
        var problems: [String] = []
        for m in tag.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let closing = !Range(m.range(at: 1), in: html).map { html[$0].isEmpty }!
            let name = String(html[Range(m.range(at: 2), in: html)!]).lowercased()
            let selfClosing = !Range(m.range(at: 3), in: html).map { html[$0].isEmpty }!
            if void.contains(name) || selfClosing { continue }
            if closing {
                if stack.last == name { stack.removeLast() } else { problems.append("</\(name)> closes <\(stack.last ?? "nothing")>") }
            } else {
                stack.append(name)
            }
        }
        return problems + stack.map { "<\($0)> not closed" }
    }
}
