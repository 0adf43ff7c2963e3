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
        var out = ""
        write(&out, pretty: pretty, indent: 0)
        return out
    }

    func write(_ out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .number(n): out += n
        case let .string(s): JSONValue.writeString(s, &out)
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            // Short lists of numbers (spans) stay on one line.
            let inline = pretty && items.count <= 4 && items.allSatisfy { if case .number = $0 { return true } else { return false } }
            if inline { out += "[" + items.map { $0.render() }.joined(separator: ", ") + "]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                item.write(&out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "]"
        case let .object(pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (k, v)) in pairs.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                JSONValue.writeString(k, &out)
                out += pretty ? ": " : ":"
                v.write(&out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "}"
        }
    }

    static func writeString(_ s: String, _ out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
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
