import CLibPQ
import Foundation

/// The rows of a query, read eagerly from a libpq result (text format).
public struct QueryResult: Sendable {
    /// Column names, in order.
    public let columns: [String]
    /// Column type OIDs, in order.
    public let columnTypes: [UInt32]
    public let rows: [Row]
    /// Rows affected by INSERT/UPDATE/DELETE/COPY (from `PQcmdTuples`), 0 otherwise.
    public let affectedRows: Int

    init(_ result: OpaquePointer) {
        let nFields = Int(PQnfields(result))
        let nRows = Int(PQntuples(result))
        var columns: [String] = []
        var types: [UInt32] = []
        for c in 0..<nFields {
            columns.append(String(cString: PQfname(result, Int32(c))))
            types.append(UInt32(PQftype(result, Int32(c))))
        }
        let index = ColumnIndex(columns: columns)
        var rows: [Row] = []
        rows.reserveCapacity(nRows)
        for r in 0..<nRows {
            var cells: [String?] = []
            cells.reserveCapacity(nFields)
            for c in 0..<nFields {
                if PQgetisnull(result, Int32(r), Int32(c)) == 1 {
                    cells.append(nil)
                } else {
                    let length = Int(PQgetlength(result, Int32(r), Int32(c)))
                    let p = PQgetvalue(result, Int32(r), Int32(c))!
                    cells.append(p.withMemoryRebound(to: UInt8.self, capacity: length) {
                        String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
                    })
                }
            }
            rows.append(Row(cells: cells, index: index))
        }
        self.columns = columns
        self.columnTypes = types
        self.rows = rows
        self.affectedRows = Int(String(cString: PQcmdTuples(result))) ?? 0
    }
}

final class ColumnIndex: Sendable {
    let columns: [String]
    let positions: [String: Int]
    init(columns: [String]) {
        self.columns = columns
        var p: [String: Int] = [:]
        for (i, c) in columns.enumerated() where p[c] == nil { p[c] = i }
        self.positions = p
    }
}

/// One row of a result. Cells are read by position or column name, as a
/// `PostgresDecodable` type; SQL NULL reads as nil.
public struct Row: Sendable {
    /// Cell texts in PostgreSQL's text output format; nil is SQL NULL.
    public let cells: [String?]
    let index: ColumnIndex

    /// Reads column `position` as `T`; nil for NULL; throws when the text is not a `T`.
    public func decode<T: PostgresDecodable>(_ position: Int, as type: T.Type = T.self) throws(PostgresError) -> T? {
        guard let text = cells[position] else { return nil }
        guard let v = T(postgresText: text) else {
            throw .decoding(column: index.columns[position], type: String(describing: T.self), value: text)
        }
        return v
    }

    /// Reads the named column as `T`; nil for NULL.
    public func decode<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws(PostgresError) -> T? {
        guard let i = index.positions[column] else {
            throw .decoding(column: column, type: String(describing: T.self), value: "(no such column)")
        }
        return try decode(i, as: type)
    }

    public func string(_ position: Int) -> String? { cells[position] }
    public func string(_ column: String) -> String? { index.positions[column].flatMap { cells[$0] } }
    public func int(_ position: Int) -> Int? { cells[position].flatMap { Int($0) } }
    public func int(_ column: String) -> Int? { string(column).flatMap { Int($0) } }
    public func bool(_ position: Int) -> Bool? { cells[position].flatMap { Bool(postgresText: $0) } }
    public func bool(_ column: String) -> Bool? { string(column).flatMap { Bool(postgresText: $0) } }
}
