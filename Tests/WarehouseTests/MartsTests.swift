import Entities
import Extraction
import Foundation
import Postgres
import ReferenceData
import TestSupport
import Warehouse
import XCTest

/// Shared helpers for the marts, reader-role and report tests.
enum MartsFixture {
    static let gazetteer = try! Gazetteer(regionsCSV: ReferenceData.regionsCSV, retiredCSV: ReferenceData.retiredRegionsCSV)

    static var seedFolder: String { TestDatabase.repositoryRoot.appendingPathComponent("seeds").path }

    @discardableResult
    static func load(_ conn: PostgresConnection, _ paths: [String]) throws -> LoadSummary {
        try Loader(connection: conn, extractor: Extractor(gazetteer: gazetteer), gazetteer: gazetteer,
                   options: LoadOptions()).load(paths)
    }

    /// The views of schema marts, by name.
    static func martsViews(_ conn: PostgresConnection) throws -> [String] {
        try conn.query("""
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'marts' AND c.relkind IN ('v', 'm', 'r') ORDER BY 1
            """).rows.map { $0.string(0)! }
    }

    static let expectedViews: Set<String> = [
        "fct_metric", "dim_region", "dim_organization", "dim_date", "metrics_by_province_month",
        "metrics_by_topic", "organization_activity_month", "people_roles", "policy_documents",
        "article_index", "load_health", "data_quality",
    ]
}

final class MartsTests: XCTestCase {
    var db: TestDatabase!
    var conn: PostgresConnection!
    var folders: [URL] = []

    override func setUpWithError() throws {
        db = try TestDatabase(prefix: "marts")
        conn = try db.connect()
        try Migrator().migrate(conn)
    }

    override func tearDown() {
        conn?.close()
        db?.drop()
        for f in folders { try? FileManager.default.removeItem(at: f) }
    }

    func testAllMartsViewsExist() throws {
        let views = Set(try MartsFixture.martsViews(conn))
        XCTAssertTrue(MartsFixture.expectedViews.isSubset(of: views), "missing: \(MartsFixture.expectedViews.subtracting(views))")
    }

    func testSeedMetricsHaveTheirProvinces() throws {
        try MartsFixture.load(conn, [MartsFixture.seedFolder])
        let coreCount = try conn.query("SELECT count(*) FROM core.metric").rows[0].int(0)!
        XCTAssertGreaterThan(coreCount, 20)
        XCTAssertEqual(try conn.query("SELECT count(*) FROM marts.fct_metric").rows[0].int(0), coreCount,
                       "one fct_metric row per core.metric row")
        XCTAssertEqual(try conn.query("SELECT count(DISTINCT (document_id, metric_no)) FROM marts.fct_metric").rows[0].int(0), coreCount)

        func provinces(titleLike pattern: String) throws -> Set<String> {
            Set(try conn.query("SELECT DISTINCT province_name FROM marts.fct_metric WHERE article_title LIKE $1 AND province_name IS NOT NULL",
                               [pattern]).rows.map { $0.string(0)! })
        }
        // The seed page's articles: Anhui, Jiangsu/Lianyungang, Shandong/Jining, Jilin, Guangdong/Zhuhai, Yunnan/Kunming.
        XCTAssertEqual(try provinces(titleLike: "%联席%"), ["安徽省"])
        XCTAssertEqual(try provinces(titleLike: "%济宁%"), ["山东省"])
        XCTAssertEqual(try provinces(titleLike: "%戍边%") .union(try provinces(titleLike: "%民警%")), ["吉林省"])
        XCTAssertEqual(try provinces(titleLike: "%体检%"), ["广东省"])
        XCTAssertEqual(try provinces(titleLike: "%非遗%"), ["云南省"])

        // A specific metric: 调解成功案件47097件 in the Anhui article.
        let anhui = try conn.query("""
            SELECT province_name, value::text, unit, kind, period_month, period_grain, topic
            FROM marts.fct_metric WHERE surface LIKE '%47097%'
            """).rows
        XCTAssertEqual(anhui.count, 1)
        XCTAssertEqual(anhui.first?.string(0), "安徽省")
        XCTAssertEqual(anhui.first?.string(1), "47097")
        XCTAssertEqual(anhui.first?.string(2), "件")
        XCTAssertEqual(anhui.first?.string(4), "2024-01-01")

        // Money in the Jilin article, with the exact value.
        let money = try conn.query("SELECT province_name, value::text, kind FROM marts.fct_metric WHERE surface LIKE '%654.5万元%'").rows
        XCTAssertEqual(money.first?.string(0), "吉林省")
        XCTAssertEqual(money.first.flatMap { Decimal(string: $0.string(1)!) }, Decimal(6_545_000))
        XCTAssertEqual(money.first?.string(2), "money")

        // Prefecture and county names come from the region hierarchy.
        let jiangsu = try conn.query("SELECT DISTINCT province_name, prefecture_name FROM marts.fct_metric WHERE region_code LIKE '3207%'").rows
        XCTAssertTrue(jiangsu.contains { $0.string(0) == "江苏省" && $0.string(1) == "连云港市" }, "\(jiangsu.map(\.cells))")
        let jining = try conn.query("SELECT DISTINCT province_name, prefecture_name FROM marts.fct_metric WHERE region_code = '370800'").rows
        XCTAssertEqual(jining.first?.string(1), "济宁市")

        // Every metric has a time-series month and its sentence.
        XCTAssertEqual(try conn.query("SELECT count(*) FROM marts.fct_metric WHERE period_month IS NULL OR sentence_text IS NULL").rows[0].int(0), 0)
    }

    func testRegionHierarchy() throws {
        try MartsFixture.load(conn, [MartsFixture.seedFolder])  // the loader syncs core.region
        let rows = try conn.query("""
            SELECT region_code, province_name, prefecture_name, county_name FROM marts.dim_region
            WHERE region_code IN ('340706', '370800', '340000', '110101')
            ORDER BY region_code
            """).rows.map { $0.cells }
        XCTAssertEqual(rows, [
            ["110101", "北京市", nil, "东城区"],           // county directly under a province: no prefecture
            ["340000", "安徽省", nil, nil],
            ["340706", "安徽省", "铜陵市", "义安区"],
            ["370800", "山东省", "济宁市", nil],
        ])
        XCTAssertEqual(try conn.query("SELECT count(*) - count(DISTINCT region_code) FROM marts.dim_region").rows[0].int(0), 0)
        XCTAssertEqual(try conn.query("SELECT count(*) FROM marts.dim_region WHERE province_name IS NULL").rows[0].int(0), 0)
    }

    func testDashboardViewsOnTheSeed() throws {
        try MartsFixture.load(conn, [MartsFixture.seedFolder])
        let total = try conn.query("SELECT count(*) FROM core.metric").rows[0].int(0)!
        XCTAssertEqual(try conn.query("SELECT sum(metric_count)::int FROM marts.metrics_by_province_month").rows[0].int(0), total)
        XCTAssertEqual(try conn.query("SELECT sum(metric_count)::int FROM marts.metrics_by_topic").rows[0].int(0), total)
        XCTAssertEqual(try conn.query("SELECT sum(metric_count)::int FROM marts.data_quality").rows[0].int(0), total)
        XCTAssertEqual(try conn.query("SELECT count(*) FROM marts.article_index").rows[0].int(0),
                       try conn.query("SELECT count(*) FROM core.article").rows[0].int(0))
        XCTAssertEqual(try conn.query("SELECT sum(metric_count)::int FROM marts.article_index").rows[0].int(0), total)

        let org = try conn.query("SELECT organization_type, mention_count, aliases, first_seen_on IS NOT NULL FROM marts.dim_organization WHERE organization_name = '吉林省总工会'").rows
        XCTAssertEqual(org.count, 1)
        XCTAssertEqual(org.first?.string(0), "union")
        XCTAssertGreaterThan(org.first?.int(1) ?? 0, 1)
        XCTAssertTrue(org.first?.string(2)?.contains("省总") ?? false)

        let reporter = try conn.query("SELECT role, in_byline FROM marts.people_roles WHERE person_name = '陈华'").rows
        XCTAssertEqual(reporter.first?.string(0), "本报记者")
        XCTAssertEqual(reporter.first?.bool(1), true)
        let byline = try conn.query("SELECT byline_people FROM marts.article_index WHERE title LIKE '%联席%'").rows
        XCTAssertEqual(byline.first?.string(0), "陈华")

        let policy = try conn.query("SELECT issuer_count, issuer_names FROM marts.policy_documents WHERE policy_name = '安徽省职工法律一站式服务中心建设实施方案'").rows
        XCTAssertGreaterThanOrEqual(policy.first?.int(0) ?? 0, 2)
        XCTAssertTrue(policy.first?.string(1)?.contains("安徽省总工会") ?? false)

        let run = try conn.query("SELECT status, files_new, documents_loaded, metrics_loaded, rejected_file_count FROM marts.load_health").rows
        XCTAssertEqual(run.count, 1)
        XCTAssertEqual(run.first?.string(0), "succeeded")
        XCTAssertEqual(run.first?.int(2), 1)
        XCTAssertEqual(run.first?.int(3), total)
        XCTAssertEqual(run.first?.int(4), 0)

        // Grains: no duplicate keys.
        for (view, key) in [("metrics_by_province_month", "province_name, month"), ("metrics_by_topic", "topic"),
                            ("organization_activity_month", "organization_id, month"), ("people_roles", "person_id, role"),
                            ("policy_documents", "policy_id"), ("dim_organization", "organization_id"),
                            ("article_index", "document_id, article_no"), ("load_health", "run_id"),
                            ("data_quality", "source_name, month"), ("dim_date", "date_day")] {
            let dup = try conn.query("SELECT count(*) FROM (SELECT \(key) FROM marts.\(view) GROUP BY \(key) HAVING count(*) > 1) d").rows[0].int(0)
            XCTAssertEqual(dup, 0, "duplicate grain keys in marts.\(view)")
        }
    }

    func testEveryViewAndColumnHasAComment() throws {
        let views = try conn.query("""
            SELECT c.relname, obj_description(c.oid, 'pg_class') FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'marts' AND c.relkind IN ('v', 'm', 'r')
            """).rows
        XCTAssertGreaterThanOrEqual(views.count, MartsFixture.expectedViews.count)
        for v in views {
            XCTAssertFalse((v.string(1) ?? "").trimmingCharacters(in: .whitespaces).isEmpty, "marts.\(v.string(0)!) has no comment")
            XCTAssertTrue((v.string(1) ?? "").lowercased().contains("grain"), "marts.\(v.string(0)!)'s comment does not state its grain")
        }
        let columns = try conn.query("""
            SELECT table_name, column_name,
                   col_description(format('%I.%I', table_schema, table_name)::regclass, ordinal_position::int)
            FROM information_schema.columns WHERE table_schema = 'marts'
            """).rows
        XCTAssertGreaterThan(columns.count, 100)
        for c in columns {
            XCTAssertFalse((c.string(2) ?? "").trimmingCharacters(in: .whitespaces).isEmpty,
                           "marts.\(c.string(0)!).\(c.string(1)!) has no comment")
        }
    }

    func testNamesAreASCIISnakeCaseAndTypesArePlain() throws {
        let names = try conn.query("""
            SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'marts'
            UNION ALL SELECT column_name FROM information_schema.columns WHERE table_schema = 'marts'
            """).rows.map { $0.string(0)! }
        XCTAssertFalse(names.isEmpty)
        let pattern = try NSRegularExpression(pattern: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
        for name in names {
            XCTAssertNotNil(pattern.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)), "\(name) is not ASCII snake_case")
            XCTAssertLessThanOrEqual(name.utf8.count, 63, name)
        }
        let types = try conn.query("""
            SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'marts'
            """).rows
        let plain: Set<String> = ["text", "numeric", "bigint", "integer", "smallint", "boolean", "date",
                                  "timestamp with time zone"]
        for t in types {
            XCTAssertTrue(plain.contains(t.string(2)!), "marts.\(t.string(0)!).\(t.string(1)!) has type \(t.string(2)!)")
        }
        // Time-series columns are real dates.
        let dateColumns = try conn.query("""
            SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_schema = 'marts' AND (column_name IN ('month', 'period_month', 'published_on', 'date_day', 'month_start'))
              AND data_type <> 'date'
            """).rows
        XCTAssertTrue(dateColumns.isEmpty, "\(dateColumns.map(\.cells))")
    }

    func testDimDateHasNoGaps() throws {
        XCTAssertEqual(try conn.query("SELECT count(*) FROM marts.dim_date").rows[0].int(0), 0, "empty warehouse, empty calendar")
        try MartsFixture.load(conn, [MartsFixture.seedFolder])
        let r = try conn.query("""
            SELECT count(*), count(DISTINCT date_day), (max(date_day) - min(date_day) + 1),
                   min(date_day) <= (SELECT min(published_on) FROM core.document),
                   max(date_day) >= (SELECT max(period_end) FROM core.metric),
                   max(date_day) >= current_date
            FROM marts.dim_date
            """).rows[0]
        XCTAssertGreaterThan(r.int(0)!, 365)
        XCTAssertEqual(r.int(0), r.int(1))
        XCTAssertEqual(r.int(0), r.int(2), "calendar has gaps")
        XCTAssertEqual(r.bool(3), true)
        XCTAssertEqual(r.bool(4), true)
        XCTAssertEqual(r.bool(5), true)
        let jan1 = try conn.query("SELECT year, quarter, month_of_year, iso_week, iso_weekday, weekday_name_zh, month_start FROM marts.dim_date WHERE date_day = '2025-01-01'").rows
        XCTAssertEqual(jan1.first?.cells, ["2025", "1", "1", "1", "3", "星期三", "2025-01-01"])
    }

    func testEmptyWarehouseViewsReturnNothingAndDoNotFail() throws {
        for view in MartsFixture.expectedViews {
            let rows = try conn.query("SELECT * FROM marts.\(view)").rows
            if view != "dim_region" { XCTAssertEqual(rows.count, 0, view) }
        }
    }

    func testHostileTextSurvivesTheRoundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("marts-hostile-\(UUID().uuidString)")
        folders.append(folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let title = #"工会"帮扶" 'O'Brien' C:\temp\n \\ 结束'); DROP TABLE core.metric; --"#
        let source = "工人\t日报 \"quoted\" back\\slash '); DROP TABLE core.document; --"
        let page = """
            # \(title)

            本报记者 张三

            2024年,安徽省总工会为困难职工发放帮扶资金654.5万元,慰问职工5573人次。

            """
        try page.write(to: folder.appendingPathComponent("hostile.txt"), atomically: true, encoding: .utf8)
        let meta = try JSONSerialization.data(withJSONObject: ["source": source, "published_on": "2024-05-06"])
        try meta.write(to: folder.appendingPathComponent("hostile.meta.json"))

        let summary = try MartsFixture.load(conn, [folder.path])
        XCTAssertEqual(summary.status, "succeeded")
        // Nothing was dropped.
        XCTAssertNotNil(try conn.query("SELECT to_regclass('core.metric')").rows[0].string(0))
        XCTAssertNotNil(try conn.query("SELECT to_regclass('core.document')").rows[0].string(0))

        let coreTitle = try conn.query("SELECT title FROM core.article").rows.first?.string(0)
        XCTAssertEqual(coreTitle, title)
        let article = try conn.query("SELECT title, source_name FROM marts.article_index").rows
        XCTAssertEqual(article.first?.string(0), title)
        XCTAssertEqual(article.first?.string(1), source)
        let metrics = try conn.query("SELECT DISTINCT article_title, source_name FROM marts.fct_metric").rows
        XCTAssertEqual(metrics.count, 1, "the page's metrics")
        XCTAssertEqual(metrics.first?.string(0), title)
        XCTAssertEqual(metrics.first?.string(1), source)
        // Parameters with the same text find it again.
        XCTAssertEqual(try conn.query("SELECT count(*) FROM marts.fct_metric WHERE article_title = $1 AND source_name = $2", [title, source]).rows[0].int(0),
                       try conn.query("SELECT count(*) FROM core.metric").rows[0].int(0))
    }
}
