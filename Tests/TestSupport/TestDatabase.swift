import Foundation
import LocalCluster
import Postgres

/// A throwaway database on a real PostgreSQL server, for tests.
///
/// The server is the one given by `LABOR_ETL_TEST_DATABASE_URL`, else `DATABASE_URL`
/// or the `PG*` variables, else the project's self-managed cluster (started on
/// demand under the repository's `.labor-etl/`). Each test gets its own database,
/// created from `template0` and dropped afterwards.
public final class TestDatabase {
    public let name: String
    public let configuration: ConnectionConfiguration
    private let admin: ConnectionConfiguration

    /// The repository root (for reading seeds, sql/, README …).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The self-managed cluster the tests use when no server is configured.
    public static var localCluster: LocalCluster {
        LocalCluster(home: repositoryRoot.appendingPathComponent(".labor-etl"))
    }

    /// Configuration of the server's maintenance database.
    public static func serverConfiguration() throws -> ConnectionConfiguration {
        let env = ProcessInfo.processInfo.environment
        if let url = env["LABOR_ETL_TEST_DATABASE_URL"], !url.isEmpty {
            return ConnectionConfiguration(connectionString: url)
        }
        if let c = ConnectionConfiguration.fromEnvironment(env) { return c }
        let cluster = localCluster
        try startOnce(cluster)
        return ConnectionConfiguration(parameters: cluster.connectionParameters(database: "postgres"))
    }

    nonisolated(unsafe) private static var started = false
    private static let startLock = NSLock()
    private static func startOnce(_ cluster: LocalCluster) throws {
        startLock.lock(); defer { startLock.unlock() }
        if !started { try cluster.start(); started = true }
    }

    nonisolated(unsafe) private static var counter = 0

    /// Creates a fresh, empty database.
    public init(prefix: String = "test") throws {
        admin = try TestDatabase.serverConfiguration()
        TestDatabase.startLock.lock()
        TestDatabase.counter += 1
        let n = TestDatabase.counter
        TestDatabase.startLock.unlock()
        name = "\(prefix)_\(getpid())_\(n)_\(UInt32.random(in: 0...UInt32.max))"
        let conn = try PostgresConnection(configuration: admin)
        try conn.execute("CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8'")
        conn.close()
        configuration = ConnectionConfiguration(connectionString: admin.connectionString,
                                                parameters: admin.parameters.filter { $0.0 != "dbname" } + [("dbname", name)])
    }

    /// A new connection to the test database.
    public func connect() throws -> PostgresConnection {
        try PostgresConnection(configuration: configuration)
    }

    /// A libpq URL/conninfo for child processes (e.g. the CLI under test), as environment.
    public var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["DATABASE_URL"] = nil
        var conninfo: [String] = []
        if let cs = admin.connectionString { conninfo.append(cs.contains("://") ? "" : cs) }
        for (k, v) in configuration.parameters { conninfo.append("\(k)='\(v)'") }
        if let cs = admin.connectionString, cs.contains("://") {
            // A URL: replace its database by appending dbname= as a query parameter libpq honours last.
            env["DATABASE_URL"] = cs + (cs.contains("?") ? "&" : "?") + "dbname=\(name)"
        } else {
            env["DATABASE_URL"] = conninfo.filter { !$0.isEmpty }.joined(separator: " ")
        }
        return env
    }

    /// Drops the database (terminating leftover sessions).
    public func drop() {
        guard let conn = try? PostgresConnection(configuration: admin) else { return }
        _ = try? conn.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name])
        _ = try? conn.execute("DROP DATABASE IF EXISTS \(name)")
        conn.close()
    }

    deinit { drop() }
}
