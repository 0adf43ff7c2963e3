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
    static func normalize(_ text: String) -> [Unicode.Scalar] { normalizeWithString(text).scalars }

    /// The normalized scalars; the cleaned `String` holding exactly those scalars (`text`
    /// itself when nothing changed, otherwise a string built from the UTF-8 the normalizer
    /// wrote alongside the scalars: no second encoding pass, no validation); and the lines of
    /// the result, as ``TextCleaner/lines(_:)`` would split them.
    static func normalizeWithString(_ text: String) -> (scalars: [Unicode.Scalar], string: String, lines: [Range<Int>]) {
        var text = text
        text.makeContiguousUTF8()
        let capacity = text.utf8.count
        if capacity == 0 { return ([], text, [0..<0]) }
        var lines: [Range<Int>] = []
        // Decodes the (valid) UTF-8 by hand and writes into the result's storage: the same rules
        // as iterating `unicodeScalars` and appending, without the per-scalar append checks.
        // The output's UTF-8 is never longer than the input's (replacements are 1-byte ASCII).
        var changed = false
        var string: String? = nil
        let scalars = text.utf8.withContiguousStorageIfAvailable { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { utf8 in
                var byteCount = 0
                let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { out, count in
                    count = normalize(bytes, into: out, utf8: utf8, byteCount: &byteCount, lines: &lines, changed: &changed)
                }
                if changed {
                    // Every byte was copied from a whole input scalar or is ASCII: valid UTF-8.
                    let span = UTF8Span(unchecked: Span(_unsafeElements: UnsafeBufferPointer(rebasing: utf8[0..<byteCount])))
                    string = String(copying: span)
                }
                return scalars
            }
        }!
        return (scalars, string ?? text, lines)
    }

    /// Normalizes the UTF-8 `bytes` into `out` (at least as many slots as bytes) and, in step,
    /// writes the UTF-8 of the output scalars to `utf8` (at least as many bytes); returns the
    /// scalar count and sets `byteCount`. Appends the range of every output line (without its
    /// `\n`) to `lines`. Sets `changed` when a scalar is dropped or replaced.
    private static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<Unicode.Scalar>,
                                  utf8: UnsafeMutableBufferPointer<UInt8>, byteCount: inout Int,
                                  lines: inout [Range<Int>], changed: inout Bool) -> Int {
        var n = 0
        var m = 0   // bytes written to `utf8`
        var lineStart = 0
        var previousCR = false
        var i = 0
        let len = bytes.count
        while i < len {
            let b0 = UInt32(bytes[i])
            let v: UInt32
            let first = i
            // Offsets stay below the buffer sizes: wrapping arithmetic skips the overflow checks.
            if b0 < 0x80 {
                v = b0; i &+= 1
            } else if b0 < 0xE0 {
                v = (b0 & 0x1F) << 6 | UInt32(bytes[i &+ 1] & 0x3F); i &+= 2
            } else if b0 < 0xF0 {
                v = (b0 & 0x0F) << 12 | UInt32(bytes[i &+ 1] & 0x3F) << 6 | UInt32(bytes[i &+ 2] & 0x3F); i &+= 3
            } else {
                v = (b0 & 0x07) << 18 | UInt32(bytes[i &+ 1] & 0x3F) << 12 | UInt32(bytes[i &+ 2] & 0x3F) << 6
                    | UInt32(bytes[i &+ 3] & 0x3F); i &+= 4
            }
            // Fast path: CJK unified ideographs (most of the text) are kept as they are.
            if v >= 0x4E00 && v <= 0x9FFF {
                previousCR = false
                out[n] = Unicode.Scalar(v).unsafelyUnwrapped; n &+= 1
                utf8[m] = bytes[first]; utf8[m &+ 1] = bytes[first &+ 1]; utf8[m &+ 2] = bytes[first &+ 2]; m &+= 3
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
                    if n > lineStart { out[n] = " "; n += 1; utf8[m] = 0x20; m += 1 } else { changed = true }
                    if v != 0x20 { changed = true }
                case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD, 0x00...0x1F, 0x7F...0x9F:
                    changed = true
                case 0xFF01...0xFF5E:
                    out[n] = Unicode.Scalar(v &- 0xFEE0).unsafelyUnwrapped; n += 1; changed = true
                    utf8[m] = UInt8(truncatingIfNeeded: v &- 0xFEE0); m += 1
                default:
                    out[n] = Unicode.Scalar(v).unsafelyUnwrapped; n += 1
                    for k in first..<i { utf8[m] = bytes[k]; m += 1 }
                }
            }
            if newline {
                // Trailing spaces are 1-byte ASCII in `utf8` too.
                while n > lineStart, out[n - 1] == " " { n -= 1; m -= 1; changed = true }
                lines.append(lineStart..<n)
                out[n] = "\n"; n += 1
                utf8[m] = 0x0A; m += 1
                lineStart = n
            }
        }
        while n > lineStart, out[n - 1] == " " { n -= 1; m -= 1; changed = true }
        lines.append(lineStart..<n)
        byteCount = m
        return n
    }
}
