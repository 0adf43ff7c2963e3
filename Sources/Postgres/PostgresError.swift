/// An error from PostgreSQL or from libpq, with the context a user needs to act on it.
///
/// The connection password is never part of any error text: connection targets
/// are always shown through ``ConnectionConfiguration/redactedDescription``.
public enum PostgresError: Error, CustomStringConvertible, Sendable {
    /// The server could not be reached or refused the connection.
    case connectionFailed(target: String, message: String)
    /// The server rejected a statement.
    case server(ServerError)
    /// The connection was lost or libpq reported a client-side failure.
    case client(message: String, statement: String?)
    /// A value could not be decoded into the requested Swift type.
    case decoding(column: String, type: String, value: String)

    /// SQLSTATE of a server error (e.g. `23505` unique_violation), nil otherwise.
    public var sqlState: String? {
        if case let .server(e) = self { return e.sqlState }
        return nil
    }

    public var description: String {
        switch self {
        case let .connectionFailed(target, message):
            return "cannot connect to PostgreSQL at \(target): \(message.trimmingTrailingNewlines())"
        case let .server(e):
            return e.description
        case let .client(message, statement):
            var s = "PostgreSQL client error: \(message.trimmingTrailingNewlines())"
            if let statement { s += "\n  statement: \(statement.abbreviatedStatement())" }
            return s
        case let .decoding(column, type, value):
            return "cannot read column \(column) as \(type): \(value.prefix(80))"
        }
    }
}

/// The fields of a server error report (see PostgreSQL's `PQresultErrorField`).
public struct ServerError: Sendable, Equatable, CustomStringConvertible {
    /// Five-character SQLSTATE code, e.g. `42601` (syntax_error).
    public var sqlState: String
    /// ERROR, FATAL, PANIC … (possibly localized by the server).
    public var severity: String
    public var message: String
    public var detail: String?
    public var hint: String?
    /// The statement that failed, as sent (parameters are not included).
    public var statement: String?
    /// 1-based character position of the error in the statement, when reported.
    public var position: Int?
    public var constraint: String?
    public var table: String?

    public var description: String {
        var s = "PostgreSQL \(severity) \(sqlState): \(message)"
        if let detail { s += "\n  detail: \(detail.count > 300 ? String(detail.prefix(300)) + "…" : detail)" }
        if let hint { s += "\n  hint: \(hint)" }
        if let statement { s += "\n  statement: \(statement.abbreviatedStatement())" }
        return s
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while let last = s.last, last == "\n" || last == " " { s = s.dropLast() }
        return String(s)
    }

    func abbreviatedStatement(limit: Int = 400) -> String {
        let oneLine = self.split(whereSeparator: { $0 == "\n" }).map { $0.trimmingCharacters() }.joined(separator: " ")
        return oneLine.count > limit ? String(oneLine.prefix(limit)) + "…" : oneLine
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
