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
    /// ISO 8601 in UTC with microseconds, accepted by `timestamptz`.
    public var postgresText: String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd HH:mm:ss.SSSSSS'+00'"
        return f.string(from: self)
    }
    /// Reads `timestamptz` / `timestamp` / `date` output (ISO DateStyle).
    public init?(postgresText: String) {
        var s = postgresText
        if s.count == 10 { s += " 00:00:00+00" }
        // Normalize the zone: "+00", "+05:30", or none (timestamp without time zone, taken as UTC).
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        for format in ["yyyy-MM-dd HH:mm:ss.SSSSSSXXX", "yyyy-MM-dd HH:mm:ssXXX", "yyyy-MM-dd HH:mm:ss.SSSSSSX",
                       "yyyy-MM-dd HH:mm:ssX", "yyyy-MM-dd HH:mm:ss.SSSSSS", "yyyy-MM-dd HH:mm:ss"] {
            f.dateFormat = format
            if let d = f.date(from: s) { self = d; return }
        }
        // Fractions with fewer than 6 digits: pad them.
        if let dot = s.firstIndex(of: ".") {
            var end = s.index(after: dot)
            while end < s.endIndex, s[end].isNumber { end = s.index(after: end) }
            let digits = s[s.index(after: dot)..<end]
            if digits.count < 6 {
                s.replaceSubrange(s.index(after: dot)..<end, with: digits + String(repeating: "0", count: 6 - digits.count))
                if let d = Date(postgresText: s) { self = d; return }
            }
        }
        return nil
    }
}
