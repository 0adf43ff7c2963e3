import CLibPQ
import Foundation
import Logging

/// One connection to PostgreSQL through libpq.
///
/// A libpq connection is not thread-safe, so this class is deliberately **not**
/// `Sendable`: under Swift 6 strict concurrency the compiler refuses to share it
/// between tasks or threads. Open it in the task that uses it (one connection per
/// task, or wrap it in an actor of your own). The connection is closed by
/// ``close()`` or, at the latest, when the object is released (`PQfinish` runs on
/// every path, failed connects included).
public final class PostgresConnection {
    private var handle: OpaquePointer?
    private let noticeSink: NoticeSink
    public let configuration: ConnectionConfiguration
    public var logger: Logger { noticeSink.logger }

    /// Opens a connection with `PQconnectdbParams` (keywords and values, no string
    /// building). Unset parameters come from the `PG*` environment variables.
    public init(configuration: ConnectionConfiguration, logger: Logger = Logger(label: "labor-etl.postgres"),
                applicationName: String = "labor-etl") throws(PostgresError) {
        self.configuration = configuration
        self.noticeSink = NoticeSink(logger: logger)

        var keywords: [String] = []
        var values: [String] = []
        if let cs = configuration.connectionString {
            keywords.append("dbname"); values.append(cs)
        }
        for (k, v) in configuration.parameters { keywords.append(k); values.append(v) }
        if !keywords.contains("application_name") { keywords.append("application_name"); values.append(applicationName) }
        if !keywords.contains("client_encoding") { keywords.append("client_encoding"); values.append("UTF8") }
        if !keywords.contains("connect_timeout") && ProcessInfo.processInfo.environment["PGCONNECT_TIMEOUT"] == nil {
            keywords.append("connect_timeout"); values.append("10")
        }

        let conn: OpaquePointer? = withCStringArray(keywords) { kw in
            withCStringArray(values) { vals in
                PQconnectdbParams(kw, vals, configuration.connectionString == nil ? 0 : 1)
            }
        }
        guard let conn else {
            throw .connectionFailed(target: configuration.redactedDescription, message: "out of memory")
        }
        guard PQstatus(conn) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(conn))
            PQfinish(conn)
            throw .connectionFailed(target: configuration.redactedDescription, message: message)
        }
        self.handle = conn
        PQsetNoticeReceiver(conn, noticeReceiver, Unmanaged.passUnretained(noticeSink).toOpaque())
    }

    deinit { close() }

    /// Closes the connection (idempotent).
    public func close() {
        if let h = handle { PQfinish(h); handle = nil }
    }

    /// True while the connection is usable.
    public var isOpen: Bool { handle.map { PQstatus($0) == CONNECTION_OK } ?? false }

    /// The server's version number, e.g. 150018.
    public var serverVersion: Int { handle.map { Int(PQserverVersion($0)) } ?? 0 }

    /// The backend process id (for `pg_terminate_backend`, logs).
    public var backendPID: Int32 { handle.map { PQbackendPID($0) } ?? 0 }

    func requireHandle(_ statement: String?) throws(PostgresError) -> OpaquePointer {
        guard let h = handle else { throw .client(message: "connection is closed", statement: statement) }
        return h
    }

    // MARK: Queries

    /// Runs one statement with parameters `$1…$n` (sent separately, in text format)
    /// and returns all its rows.
    @discardableResult
    public func query(_ sql: String, _ parameters: [(any PostgresEncodable)?] = []) throws(PostgresError) -> QueryResult {
        let conn = try requireHandle(sql)
        let texts: [String?] = parameters.map { $0?.postgresText }
        let result: OpaquePointer? = withOptionalCStringArray(texts) { values in
            PQexecParams(conn, sql, Int32(texts.count), nil, values, nil, nil, 0)
        }
        return try consume(result, statement: sql)
    }

    /// Runs one or more statements without parameters (simple query protocol), e.g.
    /// a migration file. Returns the result of the last statement.
    @discardableResult
    public func execute(_ sql: String) throws(PostgresError) -> QueryResult {
        let conn = try requireHandle(sql)
        let result = PQexec(conn, sql)
        // With several statements libpq returns only the last result; any failure stops there.
        return try consume(result, statement: sql)
    }

    private func consume(_ result: OpaquePointer?, statement: String) throws(PostgresError) -> QueryResult {
        guard let result else {
            throw .client(message: handle.map { String(cString: PQerrorMessage($0)) } ?? "no connection", statement: statement)
        }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return QueryResult(result)
        case PGRES_FATAL_ERROR, PGRES_NONFATAL_ERROR:
            throw PostgresError.server(ServerError(result: result, statement: statement))
        default:
            let status = String(cString: PQresStatus(PQresultStatus(result)))
            throw .client(message: "unexpected result status \(status)", statement: statement)
        }
    }

    // MARK: Transactions

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try execute("BEGIN")
        do {
            let value = try body(self)
            try execute("COMMIT")
            return value
        } catch {
            if isOpen { _ = try? execute("ROLLBACK") }
            throw error
        }
    }

    // MARK: Advisory locks

    /// Takes a session-level advisory lock if it is free; returns false at once otherwise.
    public func tryAdvisoryLock(_ key: Int64) throws(PostgresError) -> Bool {
        try query("SELECT pg_try_advisory_lock($1)", [key]).rows.first?.bool(0) ?? false
    }

    /// Waits for a session-level advisory lock.
    public func advisoryLock(_ key: Int64) throws(PostgresError) {
        try query("SELECT pg_advisory_lock($1)", [key])
    }

    /// Releases a session-level advisory lock; returns false when it was not held.
    @discardableResult
    public func advisoryUnlock(_ key: Int64) throws(PostgresError) -> Bool {
        try query("SELECT pg_advisory_unlock($1)", [key]).rows.first?.bool(0) ?? false
    }
}

@available(*, unavailable, message: "a libpq connection must stay in one task")
extension PostgresConnection: Sendable {}

// MARK: - Notices

/// Receives server notices (NOTICE, WARNING …) and routes them to the logger.
final class NoticeSink {
    let logger: Logger
    init(logger: Logger) { self.logger = logger }
}

private let noticeReceiver: PQnoticeReceiver = { arg, result in
    guard let arg, let result else { return }
    let sink = Unmanaged<NoticeSink>.fromOpaque(arg).takeUnretainedValue()
    let severity = field(result, "V") ?? field(result, "S") ?? "NOTICE"
    let message = field(result, "M") ?? String(cString: PQresultErrorMessage(result)).trimmingTrailingNewlines()
    let level: Logger.Level = severity == "WARNING" ? .warning : .debug
    sink.logger.log(level: level, "postgres \(severity): \(message)")
}

func field(_ result: OpaquePointer, _ code: Character) -> String? {
    guard let p = PQresultErrorField(result, Int32(code.asciiValue!)) else { return nil }
    return String(cString: p)
}

extension ServerError {
    init(result: OpaquePointer, statement: String?) {
        let message = field(result, "M") ?? String(cString: PQresultErrorMessage(result)).trimmingTrailingNewlines()
        self.init(sqlState: field(result, "C") ?? "XX000",
                  severity: field(result, "V") ?? field(result, "S") ?? "ERROR",
                  message: message,
                  detail: field(result, "D"),
                  hint: field(result, "H"),
                  statement: statement,
                  position: field(result, "P").flatMap { Int($0) },
                  constraint: field(result, "n"),
                  table: field(result, "t"))
    }
}

// MARK: - C strings

func withCStringArray<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
    let duplicated: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    defer { duplicated.forEach { free($0) } }
    var pointers: [UnsafePointer<CChar>?] = duplicated.map { UnsafePointer($0) }
    pointers.append(nil)
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}

func withOptionalCStringArray<R>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    let duplicated: [UnsafeMutablePointer<CChar>?] = strings.map { $0.map { strdup($0) } ?? nil }
    defer { duplicated.forEach { free($0) } }
    let pointers: [UnsafePointer<CChar>?] = duplicated.map { UnsafePointer($0) }
    if pointers.isEmpty { return body(nil) }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
