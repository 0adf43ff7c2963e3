import ArgumentParser
import Foundation
import LocalCluster
import Logging
import Postgres

/// Where the warehouse is: `--database-url`, `DATABASE_URL`, the `PG*` variables,
/// else the self-managed cluster under ./.labor-etl (started on demand).
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database-url"),
            help: ArgumentHelp("PostgreSQL URL or libpq connection string (default: $DATABASE_URL, PG* variables, else the self-managed cluster in ./.labor-etl).",
                               valueName: "url"))
    var databaseURL: String?

    /// The connection to use and a description of it for the user (password masked).
    func resolve(startCluster: Bool = true) throws -> (ConnectionConfiguration, String) {
        if let url = databaseURL {
            let c = ConnectionConfiguration(connectionString: url)
            return (c, "\(c.redactedDescription) (from --database-url)")
        }
        let env = ProcessInfo.processInfo.environment
        if let c = ConnectionConfiguration.fromEnvironment(env) {
            let origin = env["DATABASE_URL"].map { !$0.isEmpty } == true ? "DATABASE_URL" : "PG* variables"
            return (c, "\(c.redactedDescription) (from \(origin))")
        }
        let cluster = LocalCluster()
        if startCluster {
            if try cluster.start() { log("started the self-managed PostgreSQL in \(cluster.root.path)") }
            try ensureDatabase(cluster)
        }
        return (ConnectionConfiguration(parameters: cluster.connectionParameters()),
                "\(cluster.url()) (self-managed cluster in \(cluster.root.path))")
    }

    /// Creates the cluster's database on first use.
    private func ensureDatabase(_ cluster: LocalCluster) throws {
        let admin = try PostgresConnection(configuration: ConnectionConfiguration(parameters: cluster.connectionParameters(database: "postgres")))
        defer { admin.close() }
        let exists = try admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [cluster.databaseName]).rows.count > 0
        if !exists {
            try admin.execute("CREATE DATABASE \(cluster.databaseName) TEMPLATE template0 ENCODING 'UTF8'")
        }
    }
}

/// Logs an informational line (text or JSON, per --log-format) on standard error.
func log(_ message: String) {
    Logger(label: "labor-etl").info("\(message)")
}
