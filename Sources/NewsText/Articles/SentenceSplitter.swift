/// Splits running text into sentences on 。！？ (and ASCII `!` `?`), keeping closing
/// quotes and brackets that follow an ender with the sentence before them
/// (`…他说。”` is one sentence). Text after the last ender is a sentence too.
public enum SentenceSplitter {
    /// Sentence spans inside `range` of `text`, without leading or trailing spaces.
    public static func split(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [TextSpan] {
        var out: [TextSpan] = []
        var start = range.lowerBound
        var i = range.lowerBound
        let end = range.upperBound
        @inline(__always) func emit(_ a: Int, _ b: Int) {
            var a = a, b = b
            while a < b, ScalarClass.isSpace(text[a]) || text[a] == "\n" { a += 1 }
            while b > a, ScalarClass.isSpace(text[b - 1]) || text[b - 1] == "\n" { b -= 1 }
            if b > a { out.append(TextSpan(a, b)) }
        }
        while i < end {
            let s = text[i]
            if s == "\n" {
                emit(start, i); i += 1; start = i; continue
            }
            if ScalarClass.isSentenceEnd(s) {
                var j = i + 1
                while j < end, ScalarClass.isSentenceEnd(text[j]) || isCloser(text[j]) || text[j].value == 0x2026 { j += 1 }
                emit(start, j)
                start = j; i = j
                continue
            }
            i += 1
        }
        emit(start, end)
        return out
    }

    /// Closing marks that stay with the sentence: ” ’ 」 』 ) ） 》 】 〉 (not ASCII quotes, which are ambiguous).
    @inline(__always) static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0x29, 0xFF09, 0x300B, 0x3011, 0x3009: return true
        default: return false
        }
    }
}
