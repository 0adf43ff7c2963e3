import Foundation
import Postgres
import TestSupport
import XCTest

final class CopyInTests: XCTestCase {
    func testHundredThousandAwkwardRowsReadBackIdentical() throws {
        let db = try TestDatabase()
        defer { db.drop() }
        let conn = try db.connect()
        defer { conn.close() }
        try conn.execute("CREATE TABLE t (id bigint PRIMARY KEY, body text, flag boolean)")

        let samples: [String?] = ["tab\there", "new\nline", "back\\slash", "\\N", nil, "", "cr\r\n", "中文“引号”\t第二列", "😀", "end\\"]
        func body(_ i: Int) -> String? {
            guard let s = samples[i % samples.count] else { return nil }
            return s + String(i)
        }
        let n = 100_000
        let copied = try conn.copyIn("COPY t (id, body, flag) FROM STDIN", chunkSize: 64 * 1024) { w in
            for i in 0..<n {
                w.field(i)
                w.field(body(i))
                w.field(i % 3 == 0 ? nil : (i % 2 == 0))
                try w.endRow()
            }
        }
        XCTAssertEqual(copied, n)
        let rows = try conn.query("SELECT id, body, flag FROM t ORDER BY id").rows
        XCTAssertEqual(rows.count, n)
        for (i, row) in rows.enumerated() {
            XCTAssertEqual(row.int(0), i)
            if row.string(1) != body(i) { XCTFail("row \(i): \(String(describing: row.string(1))) != \(String(describing: body(i)))"); break }
            XCTAssertEqual(row.bool(2), i % 3 == 0 ? nil : (i % 2 == 0))
        }
    }

    func testAFailingCopyKeepsNothingAndLeavesTheConnectionUsable() throws {
        let db = try TestDatabase()
        defer { db.drop() }
        let conn = try db.connect()
        defer { conn.close() }
        try conn.execute("CREATE TABLE t (id int PRIMARY KEY)")
        // A server-side failure (duplicate key) surfaces with its SQLSTATE.
        XCTAssertThrowsError(try conn.copyIn("COPY t FROM STDIN") { w in
            w.field(1); try w.endRow()
            w.field(1); try w.endRow()
        }) { XCTAssertEqual(($0 as? PostgresError)?.sqlState, "23505") }
        // A client-side failure aborts the COPY.
        struct Stop: Error {}
        XCTAssertThrowsError(try conn.copyIn("COPY t FROM STDIN") { w in
            w.field(2); try w.endRow()
            throw Stop()
        }) { XCTAssertTrue($0 is Stop) }
        XCTAssertEqual(try conn.query("SELECT count(*) FROM t").rows[0].int(0), 0)
        XCTAssertEqual(try conn.copyIn("COPY t FROM STDIN") { w in w.field(3); try w.endRow() }, 1)
    }

    func testChineseTextIsNeverCutAtChunkBoundaries() throws {
        // Byte lengths, not Character counts: a tiny chunk size forces many sends mid-row.
        let db = try TestDatabase()
        defer { db.drop() }
        let conn = try db.connect()
        defer { conn.close() }
        try conn.execute("CREATE TABLE t (id int, body text)")
        let text = String(repeating: "职工法律援助👷‍♂️", count: 50)
        try conn.copyIn("COPY t FROM STDIN", chunkSize: 7) { w in
            for i in 0..<20 { w.field(i); w.field(text); try w.endRow() }
        }
        let rows = try conn.query("SELECT body FROM t").rows
        XCTAssertEqual(rows.count, 20)
        XCTAssertTrue(rows.allSatisfy { $0.string(0) == text })
    }
}
