import Foundation

/// A JSON value with ordered object keys and numbers kept as their exact text,
/// so that a `Decimal` prints as `6545000` or `82.2`, never `82.19999999999999`.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number as its JSON text.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.render() == b.render() }
    public func hash(into h: inout Hasher) { h.combine(render()) }

    /// A number from a `Decimal`, printed exactly.
    public static func decimal(_ d: Decimal) -> JSONValue { .number(exactDecimalString(d)) }
    public static func int(_ i: Int) -> JSONValue { .number(String(i)) }
    /// A string, or null.
    public static func optional(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    /// The object's value for `key`.
    public subscript(key: String) -> JSONValue? {
        if case let .object(pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    /// Compact (one line) or pretty (two-space indent) JSON text. Non-ASCII is written as is.
    public func render(pretty: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(&out, pretty: pretty, indent: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON text as UTF-8 bytes (a byte buffer grows far more cheaply than a `String`).
    func write(_ out: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case let .bool(b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case let .number(n): out.append(contentsOf: n.utf8)
        case let .string(s): JSONValue.writeString(s, &out)
        case let .array(items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            // Short lists of numbers (spans) stay on one line.
            let inline = pretty && items.count <= 4 && items.allSatisfy { if case .number = $0 { return true } else { return false } }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(contentsOf: (inline ? ", " : ",").utf8) }
                if pretty && !inline { Self.newline(&out, indent: indent + 1) }
                item.write(&out, pretty: pretty && !inline, indent: indent + 1)
            }
            if pretty && !inline { Self.newline(&out, indent: indent) }
            out.append(UInt8(ascii: "]"))
        case let .object(pairs):
            if pairs.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (i, (k, v)) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(&out, indent: indent + 1) }
                JSONValue.writeString(k, &out)
                out.append(contentsOf: (pretty ? ": " : ":").utf8)
                v.write(&out, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&out, indent: indent) }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A line break followed by `indent` two-space steps.
    static func newline(_ out: inout [UInt8], indent: Int) {
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<(2 * indent) { out.append(UInt8(ascii: " ")) }
    }

    /// A JSON string literal: quote, backslash and control characters escaped, everything else as is.
    static func writeString(_ s: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = String(b, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default:
                out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// `Decimal` as plain decimal text without exponent: 6545000, 82.2, 0.5, -3.
public func exactDecimalString(_ d: Decimal) -> String {
    if d.isNaN { return "null" }
    var value = d
    var rounded = Decimal()
    NSDecimalRound(&rounded, &value, 12, .plain)
    var s = NSDecimalNumber(decimal: rounded).stringValue
    if s.contains("e") || s.contains("E") { s = "\(rounded)" }
    return s
}
