import CLibPQ
import Foundation

extension PostgresConnection {
    /// Streams rows into `COPY table (columns) FROM STDIN` (text format).
    ///
    /// `body` writes rows through the ``CopyInWriter``; values are escaped for
    /// COPY's text format (backslash, tab, newline, carriage return; nil → `\N`)
    /// and sent in large chunks. Lengths are counted in UTF-8 bytes. When `body`
    /// throws, the COPY is aborted (nothing from it is kept) and the error rethrown.
    ///
    /// - Returns: the number of rows the server reports as copied.
    @discardableResult
    public func copyIn(_ sql: String, chunkSize: Int = 1 << 20, _ body: (CopyInWriter) throws -> Void) throws -> Int {
        let conn = try requireHandle(sql)
        guard let start = PQexec(conn, sql) else {
            throw PostgresError.client(message: String(cString: PQerrorMessage(conn)), statement: sql)
        }
        let status = PQresultStatus(start)
        if status != PGRES_COPY_IN {
            defer { PQclear(start) }
            if status == PGRES_FATAL_ERROR || status == PGRES_NONFATAL_ERROR {
                throw PostgresError.server(ServerError(result: start, statement: sql))
            }
            throw PostgresError.client(message: "statement did not start COPY FROM STDIN", statement: sql)
        }
        PQclear(start)

        let writer = CopyInWriter(conn: conn, statement: sql, chunkSize: chunkSize)
        do {
            try body(writer)
            try writer.flush()
        } catch {
            _ = PQputCopyEnd(conn, "aborted by client: \(error)")
            drainResults(conn)
            throw error
        }
        guard PQputCopyEnd(conn, nil) == 1 else {
            let message = String(cString: PQerrorMessage(conn))
            drainResults(conn)
            throw PostgresError.client(message: message, statement: sql)
        }
        // Drain every result; the first failure is the one reported.
        var failure: PostgresError?
        var copied = 0
        while let result = PQgetResult(conn) {
            switch PQresultStatus(result) {
            case PGRES_COMMAND_OK:
                copied = Int(String(cString: PQcmdTuples(result))) ?? writer.rowCount
            case PGRES_FATAL_ERROR, PGRES_NONFATAL_ERROR:
                if failure == nil { failure = .server(ServerError(result: result, statement: sql)) }
            default:
                if failure == nil { failure = .client(message: "unexpected result after COPY", statement: sql) }
            }
            PQclear(result)
        }
        if let failure { throw failure }
        return copied
    }

    private func drainResults(_ conn: OpaquePointer) {
        while let r = PQgetResult(conn) { PQclear(r) }
    }
}

/// Writes rows for ``PostgresConnection/copyIn(_:chunkSize:_:)`` in COPY text format.
///
/// Write the fields of a row with the `field` methods, then call ``endRow()``.
public final class CopyInWriter {
    private let conn: OpaquePointer
    private let statement: String
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var atRowStart = true
    /// Rows written so far.
    public private(set) var rowCount = 0

    init(conn: OpaquePointer, statement: String, chunkSize: Int) {
        self.conn = conn
        self.statement = statement
        self.chunkSize = chunkSize
        buffer.reserveCapacity(chunkSize + 4096)
    }

    @inline(__always) private func separator() {
        if atRowStart { atRowStart = false } else { buffer.append(9) }
    }

    /// A text field (nil is SQL NULL).
    public func field(_ value: String?) {
        separator()
        guard var value else { buffer.append(contentsOf: [92, 78]); return }  // \N
        let fast: Void? = value.utf8.withContiguousStorageIfAvailable { append(escaping: $0) }
        if fast == nil {
            value.makeContiguousUTF8()
            value.utf8.withContiguousStorageIfAvailable { append(escaping: $0) }
        }
    }

    /// An integer field.
    public func field(_ value: Int?) {
        separator()
        guard let value else { buffer.append(contentsOf: [92, 78]); return }
        buffer.append(contentsOf: String(value).utf8)
    }

    /// A boolean field.
    public func field(_ value: Bool?) {
        separator()
        guard let value else { buffer.append(contentsOf: [92, 78]); return }
        buffer.append(value ? 116 : 102)  // t / f
    }

    /// Any encodable value, through its text form.
    public func field(_ value: (any PostgresEncodable)?) {
        field(value?.postgresText)
    }

    /// Ends the current row; sends the buffer when it is full.
    public func endRow() throws {
        buffer.append(10)
        atRowStart = true
        rowCount += 1
        if buffer.count >= chunkSize { try flush() }
    }

    @inline(__always) private func append(escaping bytes: UnsafeBufferPointer<UInt8>) {
        for b in bytes {
            switch b {
            case 92: buffer.append(92); buffer.append(92)     // backslash
            case 9: buffer.append(92); buffer.append(116)     // \t
            case 10: buffer.append(92); buffer.append(110)    // \n
            case 13: buffer.append(92); buffer.append(114)    // \r
            default: buffer.append(b)
            }
        }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        let rc = buffer.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
                PQputCopyData(conn, $0, Int32(p.count))
            }
        }
        guard rc == 1 else {
            throw PostgresError.client(message: String(cString: PQerrorMessage(conn)), statement: statement)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
