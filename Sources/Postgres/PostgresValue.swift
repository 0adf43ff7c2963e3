import Foundation

/// A Swift value that can be sent as a query parameter (in PostgreSQL's text format).
///
/// Parameters are always sent separately from the statement (`$1`, `$2` …), never
/// spliced into SQL text.
public protocol PostgresEncodable {
    /// The value in PostgreSQL's text input format.
    var postgresText: String { get }
}

/// A Swift type that can be read from a result column (PostgreSQL's text output format).
public protocol PostgresDecodable {
    init?(postgresText: String)
}

extension String: PostgresEncodable, PostgresDecodable {
    public var postgresText: String { self }
    public init?(postgresText: String) { self = postgresText }
}
extension Substring: PostgresEncodable { public var postgresText: String { String(self) } }

extension Int: PostgresEncodable, PostgresDecodable {
    public var postgresText: String { String(self) }
    public init?(postgresText: String) { self.init(postgresText) }
}
extension Int64: PostgresEncodable, PostgresDecodable {
    public var postgresText: String { String(self) }
    public init?(postgresText: String) { self.init(postgresText) }
}
extension Int32: PostgresEncodable, PostgresDecodable {
    public var postgresText: String { String(self) }
    public init?(postgresText: String) { self.init(postgresText) }
}
extension Double: PostgresEncodable, PostgresDecodable {
    public var postgresText: String {
        if isNaN { return "NaN" }
        if isInfinite { return self > 0 ? "Infinity" : "-Infinity" }
        return "\(self)"
    }
    public init?(postgresText: String) {
        switch postgresText {
        case "NaN": self = .nan
        case "Infinity": self = .infinity
        case "-Infinity": self = -.infinity
        default: self.init(postgresText)
        }
    }
}
extension Bool: PostgresEncodable, PostgresDecodable {
    public var postgresText: String { self ? "true" : "false" }
    public init?(postgresText: String) {
        switch postgresText {
        case "t", "true": self = true
        case "f", "false": self = false
        default: return nil
        }
    }
}
extension Decimal: PostgresEncodable, PostgresDecodable {
    /// Exact decimal text (no binary floating point involved).
    public var postgresText: String { NSDecimalNumber(decimal: self).description(withLocale: Locale(identifier: "en_US_POSIX")) }
    public init?(postgresText: String) {
        guard let d = Decimal(string: postgresText, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        self = d
    }
}

/// An exact `numeric` value kept as its decimal digits, for values beyond
/// `Decimal`'s 38 significant digits or when the text itself must round-trip.
public struct PostgresNumeric: PostgresEncodable, PostgresDecodable, Hashable, Sendable, CustomStringConvertible {
    public let text: String
    public init?(_ text: String) {
        var sawDigit = false, sawDot = false
        for (i, c) in text.utf8.enumerated() {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "."): if sawDot { return nil }; sawDot = true
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if i != 0 { return nil }
            default: return nil
            }
        }
        guard sawDigit else { return nil }
        self.text = text
    }
    public init?(postgresText: String) { self.init(postgresText) }
    public var postgresText: String { text }
    public var description: String { text }
}

/// A calendar date without time zone (PostgreSQL `date`).
public struct PostgresDate: PostgresEncodable, PostgresDecodable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int, month: Int, day: Int
    public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }
    public init?(postgresText: String) {
        let p = postgresText.split(separator: "-")
        guard p.count == 3, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2].prefix(2)) else { return nil }
        self.init(year: y, month: m, day: d)
    }
    public var postgresText: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + d
    }
    public var description: String { postgresText }
    public static func < (a: Self, b: Self) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}

extension Date: PostgresEncodable, PostgresDecodable {
    /// ISO 8601 in UTC with microseconds (`2025-10-17 08:30:00.250000+00`), accepted by
    /// `timestamptz`. Formatted by hand: a DateFormatter per value costs more than the row.
    public var postgresText: String {
        let micros = (timeIntervalSince1970 * 1_000_000).rounded()
        var seconds = Int64((micros / 1_000_000).rounded(.down))
        let fraction = Int64(micros) - seconds * 1_000_000
        let days = Int64((Double(seconds) / 86_400).rounded(.down))
        seconds -= days * 86_400
        let (y, m, d) = CivilCalendar.civil(fromDays: days)
        func pad(_ v: Int64, _ width: Int) -> String {
            let s = String(v); return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2)) \(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2)).\(pad(fraction, 6))+00"
    }

    /// Reads `timestamptz` / `timestamp` / `date` output in ISO DateStyle
    /// (`YYYY-MM-DD[ HH:MM:SS[.ffffff]][±HH[:MM]]`); a value without zone is taken as UTC.
    public init?(postgresText: String) {
        let b = Array(postgresText.utf8)
        var i = 0
        func number(_ width: Int) -> Int64? {
            guard i + width <= b.count else { return nil }
            var v: Int64 = 0
            for k in i..<(i + width) {
                guard b[k] >= 48 && b[k] <= 57 else { return nil }
                v = v * 10 + Int64(b[k] - 48)
            }
            i += width
            return v
        }
        func expect(_ c: UInt8) -> Bool { if i < b.count && b[i] == c { i += 1; return true }; return false }
        guard let y = number(4), expect(45), let m = number(2), expect(45), let d = number(2) else { return nil }
        var seconds: Double = 0
        if i < b.count && (b[i] == 32 || b[i] == 84) {  // ' ' or 'T'
            i += 1
            guard let hh = number(2), expect(58), let mm = number(2), expect(58), let ss = number(2) else { return nil }
            seconds = Double(hh * 3600 + mm * 60 + ss)
            if expect(46) {  // fraction
                var scale = 0.1
                while i < b.count, b[i] >= 48 && b[i] <= 57 { seconds += Double(b[i] - 48) * scale; scale /= 10; i += 1 }
            }
            if i < b.count, b[i] == 43 || b[i] == 45 {  // zone
                let sign: Double = b[i] == 43 ? 1 : -1
                i += 1
                guard let zh = number(2) else { return nil }
                var offset = Double(zh * 3600)
                if expect(58) { guard let zm = number(2) else { return nil }; offset += Double(zm * 60) }
                if expect(58) { guard let zs = number(2) else { return nil }; offset += Double(zs) }  // historical zones (LMT)
                seconds -= sign * offset
            }
        }
        guard i == b.count, (1...12).contains(m), (1...31).contains(d) else { return nil }
        self = Date(timeIntervalSince1970: Double(CivilCalendar.days(fromCivil: y, m, d)) * 86_400 + seconds)
    }
}

/// Proleptic Gregorian calendar arithmetic (H. Hinnant's days_from_civil / civil_from_days).
enum CivilCalendar {
    static func days(fromCivil y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// A one-dimensional array parameter (`text[]`, `bigint[]` …) in PostgreSQL's array
/// literal format: every element double-quoted, `"` and `\` escaped, nil as NULL.
/// Cast it in SQL (`= ANY($1::text[])`).
public struct PostgresArray: PostgresEncodable, Sendable {
    public let elements: [String?]

    public init(_ elements: [String?]) { self.elements = elements }
    public init<S: Sequence>(_ elements: S) where S.Element: PostgresEncodable {
        self.elements = elements.map(\.postgresText)
    }

    public var postgresText: String {
        var out = "{"
        out.reserveCapacity(elements.reduce(2) { $0 + ($1?.utf8.count ?? 4) + 3 })
        for (i, e) in elements.enumerated() {
            if i > 0 { out += "," }
            guard let e else { out += "NULL"; continue }
            out += "\""
            for c in e.unicodeScalars {
                if c == "\"" || c == "\\" { out.unicodeScalars.append("\\") }
                out.unicodeScalars.append(c)
            }
            out += "\""
        }
        return out + "}"
    }
}
