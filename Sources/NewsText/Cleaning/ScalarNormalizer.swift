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
    static func normalize(_ text: String) -> [Unicode.Scalar] { normalizeReportingChange(text).scalars }

    /// The normalized scalars, and whether they differ from the scalars of `text` (when they do
    /// not, `text` itself is the cleaned string: no new `String` to build and validate).
    static func normalizeReportingChange(_ text: String) -> (scalars: [Unicode.Scalar], changed: Bool) {
        var text = text
        text.makeContiguousUTF8()
        let capacity = text.utf8.count
        // Decodes the (valid) UTF-8 by hand and writes into the result's storage: the same rules
        // as iterating `unicodeScalars` and appending, without the per-scalar append checks.
        var changed = false
        let scalars = text.utf8.withContiguousStorageIfAvailable { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { out, count in
                count = normalize(bytes, into: out, changed: &changed)
            }
        }!
        return (scalars, changed)
    }

    /// Normalizes the UTF-8 `bytes` into `out` (at least as many slots as bytes); returns the count.
    /// Sets `changed` when a scalar is dropped or replaced.
    private static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<Unicode.Scalar>,
                                  changed: inout Bool) -> Int {
        var n = 0
        var lineStart = 0
        var previousCR = false
        var i = 0
        let len = bytes.count
        while i < len {
            let b0 = UInt32(bytes[i])
            let v: UInt32
            if b0 < 0x80 {
                v = b0; i += 1
            } else if b0 < 0xE0 {
                v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
            } else if b0 < 0xF0 {
                v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
            } else {
                v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F); i += 4
            }
            // Fast path: CJK unified ideographs (most of the text) are kept as they are.
            if v >= 0x4E00 && v <= 0x9FFF {
                previousCR = false
                out[n] = Unicode.Scalar(v).unsafelyUnwrapped; n += 1
                continue
            }
            var newline = false
            if v == 0x0A {
                if previousCR { previousCR = false; continue }
                newline = true
            } else {
                previousCR = false
                switch v {
                case 0x0D:
                    previousCR = true; newline = true; changed = true
                case 0x2028, 0x2029:
                    newline = true; changed = true
                case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                    if n > lineStart { out[n] = " "; n += 1 } else { changed = true }
                    if v != 0x20 { changed = true }
                case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD, 0x00...0x1F, 0x7F...0x9F:
                    changed = true
                case 0xFF01...0xFF5E:
                    out[n] = Unicode.Scalar(v &- 0xFEE0).unsafelyUnwrapped; n += 1; changed = true
                default:
                    out[n] = Unicode.Scalar(v).unsafelyUnwrapped; n += 1
                }
            }
            if newline {
                while n > lineStart, out[n - 1] == " " { n -= 1; changed = true }
                out[n] = "\n"; n += 1
                lineStart = n
            }
        }
        while n > lineStart, out[n - 1] == " " { n -= 1; changed = true }
        return n
    }
}
