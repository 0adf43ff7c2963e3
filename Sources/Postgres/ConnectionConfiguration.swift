/// Where and how to connect: a libpq connection string or URL, plus explicit
/// keyword overrides. Anything left unset is taken by libpq from the standard
/// `PG*` environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD,
/// PGSSLMODE …) and `~/.pgpass`, exactly as `psql` does.
public struct ConnectionConfiguration: Sendable, Equatable {
    /// A `postgresql://` URL or a `key=value` connection string; passed to libpq
    /// as `dbname` with `expand_dbname`, so libpq itself parses it.
    public var connectionString: String?
    /// Extra keywords (host, port, dbname, user, application_name …); these win
    /// over the connection string.
    public var parameters: [(String, String)]

    public init(connectionString: String? = nil, parameters: [(String, String)] = []) {
        self.connectionString = connectionString
        self.parameters = parameters
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.connectionString == b.connectionString
            && a.parameters.map { "\($0.0)=\($0.1)" } == b.parameters.map { "\($0.0)=\($0.1)" }
    }

    /// The configuration a user has given through the environment, or nil when
    /// none is set: `DATABASE_URL`, else any of the `PG*` connection variables.
    public static func fromEnvironment(_ environment: [String: String]) -> ConnectionConfiguration? {
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            return ConnectionConfiguration(connectionString: url)
        }
        let libpqVariables = ["PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE", "PGPASSWORD"]
        if libpqVariables.contains(where: { environment[$0].map { !$0.isEmpty } ?? false }) {
            // libpq reads the variables itself.
            return ConnectionConfiguration()
        }
        return nil
    }

    /// The target as it can be shown to a user: the password masked.
    public var redactedDescription: String {
        var parts: [String] = []
        if let cs = connectionString { parts.append(Self.redact(cs)) }
        for (k, v) in parameters { parts.append("\(k)=\(k == "password" ? "*****" : v)") }
        if parts.isEmpty { parts.append("(from PG* environment variables)") }
        return parts.joined(separator: " ")
    }

    /// Masks the password in a URL (`postgresql://user:secret@host` → `user:*****@host`)
    /// or in a key=value string (`password=secret` → `password=*****`).
    public static func redact(_ s: String) -> String {
        if s.hasPrefix("postgres://") || s.hasPrefix("postgresql://") {
            var out = s
            if let schemeEnd = out.range(of: "://") {
                let rest = out[schemeEnd.upperBound...]
                let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
                let authority = rest[..<authorityEnd]
                if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                    out.replaceSubrange(out.index(after: colon)..<at, with: "*****")
                }
            }
            // password=… in the query string
            return redactKeyValue(out, separator: "&")
        }
        return redactKeyValue(s, separator: " ")
    }

    private static func redactKeyValue(_ s: String, separator: Character) -> String {
        guard let r = s.range(of: "password=") else { return s }
        var out = s
        let valueStart = r.upperBound
        var valueEnd = out[valueStart...].firstIndex(of: separator) ?? out.endIndex
        if out[valueStart...].first == "'" {
            // quoted value in a conninfo string
            var i = out.index(after: valueStart)
            while i < out.endIndex, out[i] != "'" { if out[i] == "\\" { i = out.index(after: i) }; if i < out.endIndex { i = out.index(after: i) } }
            valueEnd = i < out.endIndex ? out.index(after: i) : out.endIndex
        }
        out.replaceSubrange(valueStart..<valueEnd, with: "*****")
        return out
    }
}
