import ArgumentParser
import Postgres
import Warehouse

/// `labor-etl load`: extracts pages and loads them into the warehouse. (Issue 6 fills in loading.)
struct LoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Extract pages and load them into the warehouse (idempotent, incremental)."
    )
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "Files, folders or glob patterns of pages (.txt, .md).") var paths: [String] = []

    func run() async throws {
        let (config, description) = try database.resolve()
        log("database: \(description)")
        let conn = try PostgresConnection(configuration: config)
        defer { conn.close() }
        try Migrator().migrate(conn)
        let schemas = try conn.query("SELECT nspname FROM pg_namespace WHERE nspname IN ('etl','core','marts') ORDER BY 1").rows.compactMap { $0.string(0) }
        print("schema in place: \(schemas.joined(separator: ", "))")
    }
}
