import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Errors managing the self-managed PostgreSQL cluster, each saying what to do.
public enum LocalClusterError: Error, CustomStringConvertible {
    case serverBinariesMissing(searched: [String])
    case noUnprivilegedUser
    case commandFailed(command: String, status: Int32, output: String, log: String?)
    case notRunning(directory: String)

    public var description: String {
        switch self {
        case let .serverBinariesMissing(searched):
            return """
            PostgreSQL server programs (initdb, pg_ctl, postgres) were not found (looked in: \(searched.joined(separator: ", "))).
            Install them, e.g. on Debian/Ubuntu: apt-get install postgresql (or run scripts/bootstrap),
            or point LaborETL at an existing server with DATABASE_URL or PG* variables.
            """
        case .noUnprivilegedUser:
            return "running as root, but there is no 'postgres' system user to run the server as (initdb refuses root). Install the postgresql package, which creates it, or run as a normal user."
        case let .commandFailed(command, status, output, log):
            var s = "\(command) failed (exit \(status)):\n\(output.trimmingCharacters(in: .whitespacesAndNewlines))"
            if let log, !log.isEmpty { s += "\nlast lines of the server log:\n\(log)" }
            return s
        case let .notRunning(directory):
            return "the self-managed PostgreSQL in \(directory) is not running (start it with: labor-etl db start)"
        }
    }
}

/// A private PostgreSQL cluster that LaborETL manages itself under `./.labor-etl/`
/// when no database is configured: created with `initdb` on first use, listening
/// only on a Unix socket in its own folder (no TCP port to collide with), started
/// on demand and left running for the next command.
///
/// As root, the server runs as the unprivileged `postgres` user (initdb refuses
/// root) and its folder is owned by that user.
public struct LocalCluster: Sendable {
    /// The folder the user sees (`./.labor-etl`).
    public let home: URL
    /// Where the cluster actually lives: `home`, or a short path under /var/tmp when
    /// `home` is too long for a Unix socket or not reachable by the `postgres` user.
    public let root: URL
    public let databaseName: String
    public let superuser = "labor_etl"

    public var dataDirectory: URL { root.appendingPathComponent("pgdata") }
    public var socketDirectory: URL { root.appendingPathComponent("run") }
    public var logFile: URL { root.appendingPathComponent("postgres.log") }

    /// - Parameters:
    ///   - home: the cluster's folder; default `$LABOR_ETL_HOME` or `./.labor-etl`.
    ///   - databaseName: the database LaborETL uses in it.
    public init(home: URL? = nil, databaseName: String = "labor_etl") {
        let env = ProcessInfo.processInfo.environment
        let h = home ?? URL(fileURLWithPath: env["LABOR_ETL_HOME"] ?? ".labor-etl",
                            relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        self.home = h
        self.databaseName = databaseName
        self.root = LocalCluster.placement(for: h)
    }

    /// libpq connection keywords for this cluster.
    public func connectionParameters(database: String? = nil) -> [(String, String)] {
        [("host", socketDirectory.path), ("port", "5432"), ("user", superuser), ("dbname", database ?? databaseName)]
    }

    /// A URL that `psql` and other libpq clients accept.
    public func url(database: String? = nil) -> String {
        "postgresql:///\(database ?? databaseName)?host=\(socketDirectory.path)&user=\(superuser)"
    }

    // MARK: Placement

    static var isRoot: Bool { geteuid() == 0 }

    /// A Unix socket path is limited to 107 bytes; as root, the `postgres` user must
    /// be able to reach the folder. Otherwise the cluster lives under /var/tmp, and
    /// `home/location` records where.
    static func placement(for home: URL) -> URL {
        let socketPath = home.appendingPathComponent("run/.s.PGSQL.5432").path
        let reachable = !isRoot || pathReachableByPostgresUser(home.deletingLastPathComponent().path)
        if socketPath.utf8.count <= 100 && reachable { return home }
        var hash: UInt64 = 1469598103934665603
        for b in home.path.utf8 { hash = (hash ^ UInt64(b)) &* 1099511628211 }
        return URL(fileURLWithPath: "/var/tmp/labor-etl-\(String(hash, radix: 16))")
    }

    /// True when every ancestor of `path` lets "others" traverse it (what the
    /// `postgres` user needs, as it is neither owner nor in root's group).
    static func pathReachableByPostgresUser(_ path: String) -> Bool {
        var p = URL(fileURLWithPath: path).standardizedFileURL
        while true {
            var st = stat()
            if stat(p.path, &st) == 0 {
                if st.st_mode & S_IXOTH == 0 { return false }
            }
            if p.path == "/" { return true }
            p = p.deletingLastPathComponent()
        }
    }

    // MARK: Server programs

    /// Finds initdb/pg_ctl: `pg_config --bindir`, then /usr/lib/postgresql/*/bin (newest), then PATH.
    public static func serverBinDirectory() throws -> URL {
        var searched: [String] = []
        func has(_ dir: String) -> Bool {
            FileManager.default.isExecutableFile(atPath: dir + "/initdb") && FileManager.default.isExecutableFile(atPath: dir + "/pg_ctl")
        }
        if let env = ProcessInfo.processInfo.environment["LABOR_ETL_PG_BINDIR"] {
            searched.append(env); if has(env) { return URL(fileURLWithPath: env) }
        }
        if let out = try? run(["pg_config", "--bindir"], allowFailure: true), out.status == 0 {
            let dir = out.output.trimmingCharacters(in: .whitespacesAndNewlines)
            searched.append(dir); if has(dir) { return URL(fileURLWithPath: dir) }
        }
        let base = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? [])
            .compactMap { Int($0) }.sorted(by: >)
        for v in versions {
            let dir = "\(base)/\(v)/bin"
            searched.append(dir); if has(dir) { return URL(fileURLWithPath: dir) }
        }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) {
            if has(dir) { return URL(fileURLWithPath: dir) }
        }
        searched.append("$PATH")
        throw LocalClusterError.serverBinariesMissing(searched: searched)
    }

    // MARK: Lifecycle

    public var isInitialized: Bool {
        FileManager.default.fileExists(atPath: dataDirectory.appendingPathComponent("PG_VERSION").path)
    }

    /// True when the server answers on its socket.
    public func isRunning() -> Bool {
        guard isInitialized, let bin = try? LocalCluster.serverBinDirectory() else { return false }
        guard let out = try? asServerUser([bin.appendingPathComponent("pg_ctl").path, "status", "-D", dataDirectory.path], allowFailure: true) else { return false }
        return out.status == 0
    }

    /// Creates the cluster if needed and starts it if it is not running (idempotent,
    /// safe against a concurrent start by another process).
    /// - Returns: true when this call started the server.
    @discardableResult
    public func start() throws -> Bool {
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        if root != home {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try? (root.path + "\n").write(to: home.appendingPathComponent("location"), atomically: true, encoding: .utf8)
        }
        let lock = try FileLock(path: root.appendingPathComponent("lock").path)
        defer { lock.unlock() }

        let bin = try LocalCluster.serverBinDirectory()
        if LocalCluster.isRoot {
            guard getpwnam("postgres") != nil else { throw LocalClusterError.noUnprivilegedUser }
        }
        if !isInitialized { try initialize(bin: bin) }
        if isRunning() { return false }
        try FileManager.default.createDirectory(at: socketDirectory, withIntermediateDirectories: true)
        try chownToServerUser(socketDirectory.path)
        // A stale pid file from a killed server is handled by pg_ctl itself.
        let out = try asServerUser([bin.appendingPathComponent("pg_ctl").path, "start", "-w", "-t", "60",
                                    "-D", dataDirectory.path, "-l", logFile.path], allowFailure: true)
        if out.status != 0 {
            throw LocalClusterError.commandFailed(command: "pg_ctl start", status: out.status, output: out.output, log: tailOfLog())
        }
        return true
    }

    /// Stops the server (fast shutdown: open transactions are rolled back). No-op when stopped.
    /// - Returns: true when this call stopped a running server.
    @discardableResult
    public func stop() throws -> Bool {
        guard isInitialized, isRunning() else { return false }
        let bin = try LocalCluster.serverBinDirectory()
        let out = try asServerUser([bin.appendingPathComponent("pg_ctl").path, "stop", "-w", "-m", "fast", "-D", dataDirectory.path], allowFailure: true)
        if out.status != 0 {
            throw LocalClusterError.commandFailed(command: "pg_ctl stop", status: out.status, output: out.output, log: tailOfLog())
        }
        return true
    }

    /// Restarts a running server (fast shutdown: sessions are disconnected).
    public func restart() throws {
        let bin = try LocalCluster.serverBinDirectory()
        let out = try asServerUser([bin.appendingPathComponent("pg_ctl").path, "restart", "-w", "-m", "fast",
                                    "-D", dataDirectory.path, "-l", logFile.path], allowFailure: true)
        if out.status != 0 {
            throw LocalClusterError.commandFailed(command: "pg_ctl restart", status: out.status, output: out.output, log: tailOfLog())
        }
    }

    private func initialize(bin: URL) throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try chownToServerUser(root.path)
        let out = try asServerUser([bin.appendingPathComponent("initdb").path, "-D", dataDirectory.path,
                                    "-U", superuser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                                   allowFailure: true)
        if out.status != 0 {
            try? FileManager.default.removeItem(at: dataDirectory)
            throw LocalClusterError.commandFailed(command: "initdb", status: out.status, output: out.output, log: nil)
        }
        let settings = """

        # --- LaborETL self-managed cluster ---
        listen_addresses = ''
        unix_socket_directories = '\(socketDirectory.path)'
        unix_socket_permissions = 0700
        max_connections = 50
        shared_buffers = 256MB
        max_wal_size = 2GB
        checkpoint_timeout = 15min
        wal_level = minimal
        max_wal_senders = 0
        logging_collector = off
        """
        let conf = dataDirectory.appendingPathComponent("postgresql.conf")
        let handle = try FileHandle(forWritingTo: conf)
        handle.seekToEndOfFile()
        handle.write(Data(settings.utf8))
        try handle.close()
    }

    private func tailOfLog(lines: Int = 15) -> String? {
        guard let text = try? String(contentsOf: logFile, encoding: .utf8) else { return nil }
        return text.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }

    // MARK: Running commands

    private func chownToServerUser(_ path: String) throws {
        guard LocalCluster.isRoot, let pw = getpwnam("postgres") else { return }
        if chown(path, pw.pointee.pw_uid, pw.pointee.pw_gid) != 0 {
            throw LocalClusterError.commandFailed(command: "chown postgres \(path)", status: errno, output: String(cString: strerror(errno)), log: nil)
        }
        chmod(path, 0o700)
    }

    private func asServerUser(_ argv: [String], allowFailure: Bool) throws -> (status: Int32, output: String) {
        if LocalCluster.isRoot {
            return try LocalCluster.run(["runuser", "-u", "postgres", "--"] + argv, allowFailure: allowFailure)
        }
        return try LocalCluster.run(argv, allowFailure: allowFailure)
    }

    @discardableResult
    static func run(_ argv: [String], allowFailure: Bool = false) throws -> (status: Int32, output: String) {
        let r = try ChildProcess.run(argv, mergeOutput: true)
        if r.status != 0 && !allowFailure {
            throw LocalClusterError.commandFailed(command: argv.joined(separator: " "), status: r.status, output: r.stdout, log: nil)
        }
        return (r.status, r.stdout)
    }
}

/// An exclusive `flock` on a file, released by `unlock()` or process exit.
final class FileLock {
    private let fd: Int32
    init(path: String) throws {
        fd = open(path, O_CREAT | O_RDWR, 0o644)
        if fd < 0 { throw LocalClusterError.commandFailed(command: "open \(path)", status: errno, output: String(cString: strerror(errno)), log: nil) }
        flock(fd, LOCK_EX)
    }
    func unlock() { flock(fd, LOCK_UN); close(fd) }
}
