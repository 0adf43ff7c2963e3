/// First cleaning pass: one scalar at a time, on the decoded text.
///
/// - line breaks: CRLF, CR, U+2028/2029 → `\n`;
/// - spaces: tab, NBSP, ideographic space U+3000 and the other Unicode spaces → U+0020;
///   leading and trailing spaces of every line are removed;
/// - the full-width forms block (U+FF01–U+FF5E: digits, Latin letters, `，：；（）？！％`…)
///   → ASCII, as NFKC does. This is the convention of the gold texts (they are NFKC,
///   with ASCII `,` `:` `(` `)`), so titles and surfaces read from the cleaned text are
///   exact substrings of gold-style text, and numbers are ASCII for the parsers;
/// - zero-width characters, BOMs, soft hyphens and C0/C1 controls are dropped.
///
/// Quotes (“”‘’), 、。《》〈〉 and the ellipsis are kept as printed.
enum ScalarNormalizer {
    static func normalize(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        var lineStart = 0
        var previousCR = false
        for s in text.unicodeScalars {
            let v = s.value
            var newline = false
            if v == 0x0A {
                if previousCR { previousCR = false; continue }
                newline = true
            } else {
                previousCR = false
                switch v {
                case 0x0D:
                    previousCR = true; newline = true
                case 0x2028, 0x2029:
                    newline = true
                case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                    if out.count > lineStart { out.append(" ") }
                case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD, 0x00...0x1F, 0x7F...0x9F:
                    break
                case 0xFF01...0xFF5E:
                    out.append(Unicode.Scalar(v &- 0xFEE0)!)
                default:
                    out.append(s)
                }
            }
            if newline {
                while out.count > lineStart, out[out.count - 1] == " " { out.removeLast() }
                out.append("\n")
                lineStart = out.count
            }
        }
        while out.count > lineStart, out[out.count - 1] == " " { out.removeLast() }
        return out
    }
}
