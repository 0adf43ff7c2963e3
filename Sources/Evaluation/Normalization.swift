import Foundation

/// How strings are compared when scoring. Both sides go through the same folding as
/// the cleaner (full-width forms → ASCII, ideographic space → space), so a gold file
/// written from raw text and a prediction from cleaned text compare equal.
public enum ScoringNormalization {
    /// Titles, kickers, subtitles, columns, subjects: folded, spaces collapsed and trimmed.
    public static func text(_ s: String?) -> String? {
        guard let s else { return nil }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in s.unicodeScalars {
            var v = u.value
            if (0xFF01...0xFF5E).contains(v) { v -= 0xFEE0 }
            if v == 0x3000 || v == 0xA0 || v == 0x09 || v == 0x0A || v == 0x0D { v = 0x20 }
            if v == 0x20 { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(Unicode.Scalar(v)!)
        }
        let r = String(out)
        return r.isEmpty ? nil : r
    }

    /// Organization and person names: folded, all spaces removed.
    public static func name(_ s: String) -> String {
        String((text(s) ?? "").unicodeScalars.filter { $0 != " " }.map(Character.init))
    }

    /// Policy titles: like names, without 《》〈〉 and quotes.
    public static func policy(_ s: String) -> String {
        let drop: Set<Unicode.Scalar> = ["《", "》", "〈", "〉", "<", ">", "“", "”", "‘", "’", "\"", "'", "「", "」"]
        return String(name(s).unicodeScalars.filter { !drop.contains($0) }.map(Character.init))
    }

    /// A metric's unit: trimmed and folded.
    public static func unit(_ s: String) -> String { name(s) }
}
