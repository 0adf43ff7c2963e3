import ArgumentParser
import Foundation
import Postgres
import Warehouse

/// `labor-etl report`: writes a self-contained HTML dashboard from the marts views.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report (inline SVG charts) from the marts views.",
        discussion: """
        The report shows metrics by province, by topic and by month, the most active
        organizations, the latest load runs with their rejects, and data quality. Each chart
        names the marts view and the SQL it comes from. The file needs no network: no scripts,
        fonts or images are fetched; open it in any browser or send it by e-mail.

        Examples:
          labor-etl report
          labor-etl report --out /var/www/labor/report.html --database-url postgresql://labor_reader@db/warehouse
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("File to write (replaced atomically).", valueName: "file"))
    var out: String = "report.html"

    @Option(help: "How many organizations the ranking shows.")
    var top: Int = 15

    @Option(name: .customLong("retry-for"), help: "Seconds to keep retrying while the database is unreachable at start.")
    var retryFor: Double = 10

    func validate() throws {
        guard !out.isEmpty else { throw ValidationError("--out needs a file name, e.g. --out report.html") }
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
    }

    func run() async throws {
        // Migrate like every command, unless the user may not (a reader such as
        // labor_reader has no rights on etl): the report only reads marts.
        let conn = try connectToWarehouse(database, retryFor: retryFor, migrate: false)
        defer { conn.close() }
        do {
            let canMigrate = try conn.query(
                "SELECT to_regnamespace('etl') IS NULL OR has_schema_privilege('etl', 'CREATE')"
            ).rows.first?.bool(0) ?? true
            if canMigrate { try Migrator().migrate(conn) }
        } catch {
            throw CLIFailure(status: .database, message: "\(error)")
        }
        let description = (try? database.resolve(startCluster: false).1) ?? ""
        let data: ReportData
        do {
            data = try ReportQueries(connection: conn, topN: top).fetch(databaseDescription: description)
        } catch let error as PostgresError {
            throw CLIFailure(status: .database, message: "cannot read the marts views: \(error)")
        }
        let html = ReportRenderer.html(data)
        let url = URL(fileURLWithPath: out)
        do {
            try Data(html.utf8).write(to: url, options: .atomic)
        } catch {
            throw CLIFailure(status: .usage, message: "cannot write \(out): \(error.localizedDescription)")
        }
        let charts = data.sections.filter { !$0.isEmpty }.count
        print("wrote \(url.path) (\(html.utf8.count / 1024) KB, \(charts) of \(data.sections.count) sections with data)")
    }
}
