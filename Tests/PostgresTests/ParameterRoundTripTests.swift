import Foundation
import Postgres
import TestSupport
import XCTest

final class ParameterRoundTripTests: XCTestCase {
    var db: TestDatabase!
    var conn: PostgresConnection!

    override func setUpWithError() throws {
        db = try TestDatabase()
        conn = try db.connect()
    }

    override func tearDown() {
        conn?.close()
        db?.drop()
    }

    func testTextRoundTripsChineseEmojiEmptyAndNull() throws {
        let values: [String?] = ["调解成功案件47097件", "“工会+检察”\t\n\\", "👷‍♀️🏭", "", nil, "'); DROP TABLE x; --"]
        for v in values {
            let row = try XCTUnwrap(conn.query("SELECT $1::text AS v, $1::text IS NULL AS isnull", [v]).rows.first)
            XCTAssertEqual(row.string("v"), v)
            XCTAssertEqual(row.bool("isnull"), v == nil, "empty string and NULL must stay distinct")
        }
        XCTAssertEqual(try conn.query("SELECT length($1::text)", ["安徽省总工会"]).rows[0].int(0), 6)
    }

    func testArrayParametersKeepEveryElementExactly() throws {
        let values: [String?] = ["调解成功案件47097件", "a,b", "{x}", "quote\"in", "back\\slash", "", nil, "NULL", " spaced "]
        let rows = try conn.query("SELECT v, v IS NULL FROM unnest($1::text[]) WITH ORDINALITY AS t(v, n) ORDER BY n",
                                  [PostgresArray(values)]).rows
        XCTAssertEqual(rows.map { $0.string(0) }, values)
        XCTAssertEqual(rows.map { $0.bool(1) }, values.map { $0 == nil })
        XCTAssertEqual(try conn.query("SELECT cardinality($1::bigint[])", [PostgresArray([Int64(1), 2, 3])]).rows[0].int(0), 3)
        XCTAssertEqual(try conn.query("SELECT cardinality($1::text[])", [PostgresArray([String?]())]).rows[0].int(0), 0)
    }

    func testIntegersAtTheirExtremes() throws {
        for v in [Int64.min, Int64.max, 0, -1] {
            let row = try conn.query("SELECT $1::bigint", [v]).rows[0]
            XCTAssertEqual(try row.decode(0, as: Int64.self), v)
        }
    }

    func testNumericKeepsEveryDigit() throws {
        let twenty = try XCTUnwrap(PostgresNumeric("12345678901234567890"))
        let row = try conn.query("SELECT $1::numeric, $2::numeric, $3::numeric * 10000", [twenty, Decimal(string: "82.2")!, Decimal(string: "654.5")!]).rows[0]
        XCTAssertEqual(try row.decode(0, as: PostgresNumeric.self), twenty)
        XCTAssertEqual(try row.decode(1, as: Decimal.self), Decimal(string: "82.2"))
        XCTAssertEqual(row.string(2), "6545000.0")
        XCTAssertEqual(try row.decode(2, as: Decimal.self), Decimal(6545000))
        XCTAssertEqual(Decimal(string: "0.1")!.postgresText, "0.1", "no binary floating point")
    }

    func testDoublesAndBooleans() throws {
        let row = try conn.query("SELECT $1::float8, $2::boolean, $3::boolean", [0.1, true, false]).rows[0]
        XCTAssertEqual(try row.decode(0, as: Double.self), 0.1)
        XCTAssertEqual(row.bool(1), true)
        XCTAssertEqual(row.bool(2), false)
    }

    func testDatesAndTimestamps() throws {
        let day = PostgresDate(year: 2025, month: 10, day: 17)
        let row = try conn.query("SELECT $1::date, $1::date + 1, $2::timestamptz", [day, Date(timeIntervalSince1970: 1_700_000_000.25)]).rows[0]
        XCTAssertEqual(try row.decode(0, as: PostgresDate.self), day)
        XCTAssertEqual(try row.decode(1, as: PostgresDate.self), PostgresDate(year: 2025, month: 10, day: 18))
        let ts = try XCTUnwrap(row.decode(2, as: Date.self))
        XCTAssertEqual(ts.timeIntervalSince1970, 1_700_000_000.25, accuracy: 0.000_001)
    }

    func testDecodingTheWrongTypeIsAClearError() throws {
        let row = try conn.query("SELECT 'abc'::text AS word").rows[0]
        XCTAssertThrowsError(try row.decode("word", as: Int64.self)) { error in
            XCTAssertTrue("\(error)".contains("word"), "\(error)")
        }
    }
}

final class TimestampTextTests: XCTestCase {
    func testTimestampsRoundTripThroughTheServerAcrossZonesAndCenturies() throws {
        let db = try TestDatabase()
        defer { db.drop() }
        let conn = try db.connect()
        defer { conn.close() }
        try conn.execute("SET TimeZone = 'Asia/Shanghai'")
        for t in [0.0, 1_700_000_000.123456, -2_208_988_800.5, 4_102_444_800.000001, 951_782_400] {  // 1970, 2023, 1900, 2100, 2000-02-29
            let date = Date(timeIntervalSince1970: t)
            let row = try conn.query("SELECT $1::timestamptz, $1::timestamptz::text = $2::timestamptz::text", [date, date]).rows[0]
            let back = try XCTUnwrap(row.decode(0, as: Date.self), "\(t)")
            XCTAssertEqual(back.timeIntervalSince1970, t, accuracy: 0.000_001)
        }
        XCTAssertEqual(Date(postgresText: "2024-02-29")?.timeIntervalSince1970, 1_709_164_800)
        XCTAssertEqual(Date(postgresText: "2024-02-29 08:00:00+08")?.timeIntervalSince1970, 1_709_164_800)
        XCTAssertEqual(Date(postgresText: "2024-02-29 05:30:00+05:30")?.timeIntervalSince1970, 1_709_164_800)
        XCTAssertNil(Date(postgresText: "2024-13-01"))
        XCTAssertNil(Date(postgresText: "yesterday"))
    }
}
