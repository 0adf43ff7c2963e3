import ArgumentParser
import Logging
import Postgres
import Warehouse

/// `labor-etl migrate`: brings the warehouse schema up to date.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply the warehouse's SQL migrations (each once, in order).",
        discussion: """
        Every command that needs the schema migrates first, so running this by hand is only
        needed to prepare a database. An applied migration that has been edited is refused.

        Example:
          labor-etl migrate --database-url postgresql://etl@db.example.org/warehouse
        """
    )

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let (config, description) = try database.resolve()
        log("database: \(description)")
        let conn = try PostgresConnection(configuration: config)
        defer { conn.close() }
        let applied = try Migrator().migrate(conn)
        print(applied.isEmpty ? "schema is up to date (\(Migration.bundled.count) migrations)" : "applied \(applied.count) migration(s): \(applied.joined(separator: ", "))")
    }
}
