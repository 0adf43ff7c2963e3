import ArgumentParser
import Postgres
import Warehouse

/// `labor-etl status`: the recent runs and what the warehouse holds.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the recent load runs and the warehouse's totals.",
        discussion: """
        Example:
          labor-etl status --runs 20
        """
    )
    @OptionGroup var database: DatabaseOptions
    @Option(help: "How many recent runs to show.") var runs = 10

    func run() async throws {
        let conn = try connectToWarehouse(database, retryFor: 10, quiet: true)
        defer { conn.close() }
        let recent = try conn.query("""
            SELECT run_id, command, status, to_char(started_at, 'YYYY-MM-DD HH24:MI:SS'),
                   coalesce(to_char(finished_at - started_at, 'HH24:MI:SS'), '-'),
                   files_seen, files_new, files_changed, files_unchanged, files_duplicate, files_rejected
            FROM etl.run ORDER BY run_id DESC LIMIT $1
            """, [runs]).rows
        print("Recent runs")
        printTable(["run", "command", "status", "started", "took", "seen", "new", "changed", "unchanged", "dup", "rejected"],
                   recent.map { r in (0..<11).map { r.string($0) ?? "" } })

        let totals = try conn.query("""
            SELECT (SELECT count(*) FROM core.document), (SELECT count(*) FROM core.article),
                   (SELECT count(*) FROM core.metric), (SELECT count(*) FROM core.entity),
                   (SELECT count(DISTINCT region_code) FROM core.region_mention)
            """).rows[0]
        print("\nWarehouse: \(totals.string(0)!) documents, \(totals.string(1)!) articles, \(totals.string(2)!) metrics, \(totals.string(3)!) entities, \(totals.string(4)!) regions named")

        let hasView = try conn.query("SELECT to_regclass('marts.metrics_by_province_month') IS NOT NULL").rows[0].bool(0) ?? false
        if hasView {
            let view = try conn.query("SELECT * FROM marts.metrics_by_province_month ORDER BY month DESC, metric_count DESC LIMIT 8")
            print("\nmarts.metrics_by_province_month (latest rows)")
            printTable(view.columns, view.rows.map { r in r.cells.map { $0 ?? "" } })
        }
    }
}

/// `labor-etl refresh`: refreshes the materialized views in `marts`, if there are any.
struct RefreshCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh",
        abstract: "Refresh the materialized views of the marts schema (if any).",
        discussion: "The marts are plain views today, always current; this command is for materialized views added later."
    )
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let conn = try connectToWarehouse(database, retryFor: 10, quiet: true)
        defer { conn.close() }
        let views = try conn.query("SELECT format('%I.%I', schemaname, matviewname) FROM pg_matviews WHERE schemaname = 'marts' ORDER BY 1").rows.compactMap { $0.string(0) }
        for v in views { try conn.execute("REFRESH MATERIALIZED VIEW \(v)") }
        print(views.isEmpty ? "no materialized views to refresh (the marts are plain views)" : "refreshed \(views.count): \(views.joined(separator: ", "))")
    }
}

/// Prints rows as an aligned text table (widths counted in display columns: CJK = 2).
func printTable(_ header: [String], _ rows: [[String]]) {
    func width(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) } }
    var widths = header.map(width)
    for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], width(c)) } }
    func line(_ cells: [String]) -> String {
        cells.enumerated().map { i, c in c + String(repeating: " ", count: max(0, widths[i] - width(c))) }.joined(separator: "  ")
    }
    print(line(header))
    print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
    for r in rows { print(line(r)) }
    if rows.isEmpty { print("(none)") }
}
