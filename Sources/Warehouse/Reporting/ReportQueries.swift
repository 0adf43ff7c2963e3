import Foundation
import Postgres

/// Reads the report's data from the `marts` views (and nothing else, so the
/// report works for the `labor_reader` role too).
public struct ReportQueries {
    public let connection: PostgresConnection
    /// How many bars a ranking chart shows.
    public var topN: Int = 15

    public init(connection: PostgresConnection, topN: Int = 15) {
        self.connection = connection
        self.topN = topN
    }

    static let provinceSQL = """
        SELECT province_name, sum(metric_count) AS metrics, sum(document_count) AS documents,
               sum(money_total_yuan) AS money_yuan
        FROM marts.metrics_by_province_month
        GROUP BY province_name
        ORDER BY metrics DESC, province_name
        """

    static let topicSQL = """
        SELECT topic, topic_zh, metric_count, metric_share, document_count
        FROM marts.metrics_by_topic
        ORDER BY metric_count DESC, topic
        """

    static let monthSQL = """
        SELECT month, sum(metric_count) AS metrics, sum(document_count) AS documents
        FROM marts.metrics_by_province_month
        WHERE month IS NOT NULL
        GROUP BY month
        ORDER BY month
        """

    static func organizationSQL(limit: Int) -> String {
        """
        SELECT organization_name, organization_type, province_name,
               sum(mention_count) AS mentions, sum(document_count) AS documents, sum(metric_count) AS metrics
        FROM marts.organization_activity_month
        GROUP BY organization_id, organization_name, organization_type, province_name
        ORDER BY mentions DESC, metrics DESC, organization_name
        LIMIT \(limit)
        """
    }

    static let runsSQL = """
        SELECT run_id, command, status, started_at, duration_seconds, files_seen, files_new, files_changed,
               files_unchanged, files_duplicate, files_rejected, rows_loaded, rejected_file_count
        FROM marts.load_health
        ORDER BY run_id DESC
        LIMIT 10
        """

    static let qualitySQL = """
        SELECT source_name, month, document_count, metric_count,
               share_without_subject, share_without_period, share_without_region
        FROM marts.data_quality
        ORDER BY month DESC NULLS LAST, source_name
        LIMIT 24
        """

    static let qualityTotalSQL = """
        SELECT sum(metric_count) AS metrics,
               sum(metrics_without_subject)::numeric / NULLIF(sum(metric_count), 0) AS without_subject,
               sum(metrics_without_period)::numeric / NULLIF(sum(metric_count), 0) AS without_period,
               sum(metrics_without_region)::numeric / NULLIF(sum(metric_count), 0) AS without_region
        FROM marts.data_quality
        """

    static let totalsSQL = """
        SELECT (SELECT count(DISTINCT document_id) FROM marts.article_index) AS documents,
               (SELECT count(*) FROM marts.article_index) AS articles,
               (SELECT count(*) FROM marts.fct_metric) AS metrics,
               (SELECT count(*) FROM marts.dim_organization) AS organizations,
               (SELECT count(*) FROM marts.load_health) AS runs
        """

    /// Runs every query of the report.
    public func fetch(databaseDescription: String = "", now: Date = Date()) throws -> ReportData {
        let t = try connection.query(Self.totalsSQL).rows.first
        let totals: [(String, String)] = [
            ("版面 documents", t?.string(0) ?? "0"), ("文章 articles", t?.string(1) ?? "0"),
            ("指标 metrics", t?.string(2) ?? "0"), ("机构 organizations", t?.string(3) ?? "0"),
            ("运行 load runs", t?.string(4) ?? "0"),
        ]
        return ReportData(generatedAt: now, databaseDescription: databaseDescription,
                          totals: totals.map { (label: $0.0, value: ChineseNumberFormat.exact($0.1)) },
                          sections: [try province(), try topics(), try months(), try organizations(),
                                     try runs(), try quality()])
    }

    func province() throws -> ReportSection {
        let rows = try connection.query(Self.provinceSQL).rows
        let points = rows.map { r in
            ChartPoint(label: r.string(0) ?? "", value: number(r.string(1)), exact: r.string(1) ?? "0",
                       detail: "documents 版面: \(r.string(2) ?? "0"); money 金额: \(ChineseNumberFormat.exact(r.string(3) ?? "0")) 元")
        }
        return ReportSection(id: "metrics-by-province", title: "各省指标数 Metrics by province",
                             subtitle: "Number of metrics per province of the region they are about (all months).",
                             view: "marts.metrics_by_province_month", sql: Self.provinceSQL,
                             chart: .bars(Array(points.prefix(34)), unit: "条"), table: nil, isEmpty: points.isEmpty)
    }

    func topics() throws -> ReportSection {
        let rows = try connection.query(Self.topicSQL).rows
        let points = rows.map { r in
            ChartPoint(label: "\(r.string(1) ?? "") \(r.string(0) ?? "")", value: number(r.string(2)), exact: r.string(2) ?? "0",
                       detail: "share 占比: \(ChineseNumberFormat.percent(number(r.string(3)))); documents 版面: \(r.string(4) ?? "0")")
        }
        return ReportSection(id: "metrics-by-topic", title: "按主题 Metrics by topic",
                             subtitle: "Number of metrics per topic.",
                             view: "marts.metrics_by_topic", sql: Self.topicSQL,
                             chart: .bars(points, unit: "条"), table: nil, isEmpty: points.isEmpty)
    }

    func months() throws -> ReportSection {
        let rows = try connection.query(Self.monthSQL).rows
        var byMonth: [String: (Double, String, String)] = [:]
        for r in rows {
            let month = String((r.string(0) ?? "").prefix(7))
            byMonth[month] = (number(r.string(1)), r.string(1) ?? "0", r.string(2) ?? "0")
        }
        // Every month between the first and the last, zero where there is nothing.
        var points: [ChartPoint] = []
        if let first = byMonth.keys.min(), let last = byMonth.keys.max() {
            var (y, m) = (Int(first.prefix(4)) ?? 0, Int(first.suffix(2)) ?? 1)
            while points.count < 1200 {
                let key = String(format: "%04d-%02d", y, m)
                let v = byMonth[key]
                points.append(ChartPoint(label: key, value: v?.0 ?? 0, exact: v?.1 ?? "0",
                                         detail: "documents 版面: \(v?.2 ?? "0")"))
                if key >= last { break }
                m += 1; if m > 12 { m = 1; y += 1 }
            }
        }
        return ReportSection(id: "metrics-by-month", title: "按月指标数 Metrics by month",
                             subtitle: "Number of metrics per month of their period (else of publication).",
                             view: "marts.metrics_by_province_month", sql: Self.monthSQL,
                             chart: .timeSeries(points, unit: "条"), table: nil, isEmpty: points.isEmpty)
    }

    func organizations() throws -> ReportSection {
        let sql = Self.organizationSQL(limit: topN)
        let rows = try connection.query(sql).rows
        let points = rows.map { r in
            ChartPoint(label: r.string(0) ?? "", value: number(r.string(3)), exact: r.string(3) ?? "0",
                       detail: "type 类型: \(r.string(1) ?? "–"); province 省份: \(r.string(2) ?? "–"); documents 版面: \(r.string(4) ?? "0"); metrics 指标: \(r.string(5) ?? "0")")
        }
        let table = ReportTable(header: ["机构 organization", "type", "province", "mentions", "documents", "metrics"],
                                rows: rows.map { r in [r.string(0) ?? "", r.string(1) ?? "", r.string(2) ?? "",
                                                       ChineseNumberFormat.exact(r.string(3) ?? "0"),
                                                       ChineseNumberFormat.exact(r.string(4) ?? "0"),
                                                       ChineseNumberFormat.exact(r.string(5) ?? "0")] },
                                numericColumns: [3, 4, 5])
        return ReportSection(id: "top-organizations", title: "最活跃机构 Top organizations by activity",
                             subtitle: "Organizations named most often (mentions over all months), top \(topN).",
                             view: "marts.organization_activity_month", sql: sql,
                             chart: .bars(points, unit: "次"), table: table, isEmpty: points.isEmpty)
    }

    func runs() throws -> ReportSection {
        let rows = try connection.query(Self.runsSQL).rows
        let points = rows.reversed().map { r in
            ChartPoint(label: "run \(r.string(0) ?? "")", value: number(r.string(11)), exact: r.string(11) ?? "0",
                       detail: "status: \(r.string(2) ?? ""); rejected 拒收: \(r.string(10) ?? "0")")
        }
        let table = ReportTable(
            header: ["run", "command", "status", "started", "seconds", "seen", "new", "changed", "unchanged",
                     "duplicate", "rejected", "rows loaded"],
            rows: rows.map { r in
                [r.string(0) ?? "", r.string(1) ?? "", r.string(2) ?? "", String((r.string(3) ?? "").prefix(19)),
                 r.string(4) ?? "", r.string(5) ?? "", r.string(6) ?? "", r.string(7) ?? "", r.string(8) ?? "",
                 r.string(9) ?? "", r.string(10) ?? "", ChineseNumberFormat.exact(r.string(11) ?? "0")]
            },
            numericColumns: [0, 4, 5, 6, 7, 8, 9, 10, 11])
        return ReportSection(id: "latest-runs", title: "最近运行 Latest load runs",
                             subtitle: "Rows loaded by the last 10 runs, with their file counts and rejects.",
                             view: "marts.load_health", sql: Self.runsSQL,
                             chart: .bars(points, unit: "行"), table: table, isEmpty: rows.isEmpty)
    }

    func quality() throws -> ReportSection {
        let total = try connection.query(Self.qualityTotalSQL).rows.first
        let metrics = total?.string(0)
        var points: [ChartPoint] = []
        if let metrics, number(metrics) > 0, let total {
            let labels = ["无统计对象 without subject", "无统计期 without period", "无地区 without region"]
            for (i, label) in labels.enumerated() {
                let share = number(total.string(i + 1))
                points.append(ChartPoint(label: label, value: share, exact: ChineseNumberFormat.percent(share),
                                         detail: "of \(ChineseNumberFormat.exact(metrics)) metrics"))
            }
        }
        let rows = try connection.query(Self.qualitySQL).rows
        let pct: (String?) -> String = { $0.map { ChineseNumberFormat.percent(number($0)) } ?? "–" }
        let table = ReportTable(
            header: ["source 来源", "month", "documents", "metrics", "no subject", "no period", "no region"],
            rows: rows.map { r in
                [r.string(0) ?? "", String((r.string(1) ?? "(no date)").prefix(7)), r.string(2) ?? "0", r.string(3) ?? "0",
                 pct(r.string(4)), pct(r.string(5)), pct(r.string(6))]
            },
            numericColumns: [2, 3, 4, 5, 6])
        return ReportSection(id: "data-quality", title: "数据质量 Data quality",
                             subtitle: "Share of metrics without a subject, a period or a region (all data; table: latest months per source).",
                             view: "marts.data_quality", sql: Self.qualityTotalSQL + ";\n\n" + Self.qualitySQL,
                             chart: .shares(points), table: table, isEmpty: rows.isEmpty)
    }
}

/// PostgreSQL's text form of a number as a Double (0 when empty).
func number(_ text: String?) -> Double {
    text.flatMap { Double($0) } ?? 0
}
