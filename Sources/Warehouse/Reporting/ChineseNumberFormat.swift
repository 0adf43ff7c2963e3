import Foundation

/// Number formatting for Chinese readers: 万 (10⁴) and 亿 (10⁸) where they fit,
/// e.g. 6545000 → "654.5万", 120000000 → "1.2亿", 5573 → "5573".
public enum ChineseNumberFormat {
    /// A short form with at most `fractionDigits` decimals (trailing zeros dropped).
    public static func short(_ value: Double, fractionDigits: Int = 2) -> String {
        guard value.isFinite else { return "–" }
        let magnitude = abs(value)
        if magnitude >= 1e8 { return trimmed(value / 1e8, fractionDigits) + "亿" }
        if magnitude >= 1e4 { return trimmed(value / 1e4, fractionDigits) + "万" }
        return trimmed(value, fractionDigits)
    }

    /// The exact value for hover text: digits grouped by thousands, all decimals kept,
    /// e.g. "6545000" → "6,545,000". Input is PostgreSQL's text form of a number.
    public static func exact(_ text: String) -> String {
        var s = text.trimmingCharacters(in: .whitespaces)
        var sign = ""
        if s.hasPrefix("-") { sign = "-"; s.removeFirst() }
        let parts = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = parts.first.map(String.init) ?? ""
        guard !integer.isEmpty, integer.allSatisfy(\.isNumber) else { return text }
        var grouped = ""
        for (i, ch) in integer.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        var result = sign + String(grouped.reversed())
        if parts.count == 2 {
            var fraction = String(parts[1])
            while fraction.hasSuffix("0") { fraction.removeLast() }
            if !fraction.isEmpty { result += "." + fraction }
        }
        return result
    }

    /// A share (0–1) as a percentage, e.g. 0.5143 → "51.4%".
    public static func percent(_ share: Double) -> String {
        trimmed(share * 100, 1) + "%"
    }

    static func trimmed(_ value: Double, _ fractionDigits: Int) -> String {
        var s = String(format: "%.\(fractionDigits)f", value)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        if s == "-0" { s = "0" }
        return s
    }
}
