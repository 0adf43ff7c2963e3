import ArgumentParser
import Foundation
import LocalCluster

/// `labor-etl db start|stop|status|url`: manages the self-managed PostgreSQL.
struct DBCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Manage the self-managed PostgreSQL in ./.labor-etl (used when no database is configured).",
        discussion: """
        The cluster is created with initdb on first use, listens only on a Unix socket in its
        folder and keeps running between commands. Set LABOR_ETL_HOME to put it elsewhere.

        Examples:
          labor-etl db start
          psql "$(labor-etl db url)"
          labor-etl db stop
        """,
        subcommands: [Start.self, Stop.self, Status.self, URLCommand.self]
    )

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "start", abstract: "Create (if needed) and start the cluster; no-op when running.")
        func run() async throws {
            let cluster = LocalCluster()
            let started = try cluster.start()
            _ = try DatabaseOptions.parse([]).resolve()  // creates the database on first use
            print(started ? "started PostgreSQL in \(cluster.root.path)" : "PostgreSQL in \(cluster.root.path) is already running")
        }
    }

    struct Stop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stop", abstract: "Stop the cluster (fast shutdown); no-op when stopped.")
        func run() async throws {
            let cluster = LocalCluster()
            print(try cluster.stop() ? "stopped PostgreSQL in \(cluster.root.path)" : "PostgreSQL in \(cluster.root.path) is not running")
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Say whether the cluster is running (exit 0) or not (exit 3).")
        func run() async throws {
            let cluster = LocalCluster()
            if cluster.isRunning() {
                print("running: \(cluster.url())")
            } else {
                print(cluster.isInitialized ? "stopped (data in \(cluster.root.path))" : "not created yet (labor-etl db start creates it)")
                throw CLIFailure(status: .database, message: "")
            }
        }
    }

    struct URLCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "url",
            abstract: "Print the connection URL in use (psql accepts it; passwords are masked).",
            discussion: "With DATABASE_URL, PG* variables or --database-url set, prints that target instead (password masked)."
        )
        @OptionGroup var database: DatabaseOptions
        func run() async throws {
            let (_, description) = try database.resolve(startCluster: false)
            if description.contains("self-managed") {
                print(LocalCluster().url())
            } else {
                print(description)
            }
        }
    }
}
