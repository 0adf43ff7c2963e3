/// Splits running text into sentences on 。！？ (and ASCII `!` `?`), keeping closing
/// quotes and brackets that follow an ender with the sentence before them
/// (`…他说。”` is one sentence). Text after the last ender is a sentence too.
public enum SentenceSplitter {
    /// Sentence spans inside `range` of `text`, without leading or trailing spaces.
    public static func split(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [TextSpan] {
        var out: [TextSpan] = []
        forEachSentence(text, range) { out.append(TextSpan($0, $1)) }
        return out
    }

    /// Appends the sentences of `range` to `out`, each tagged with `blockIndex`
    /// (the same spans as ``split(_:_:)``, without a temporary array per block).
    static func append(_ text: [Unicode.Scalar], _ range: Range<Int>, blockIndex: Int, to out: inout [Sentence]) {
        forEachSentence(text, range) { out.append(Sentence(span: TextSpan($0, $1), blockIndex: blockIndex)) }
    }

    /// Calls `emit(start, end)` for every non-empty sentence of `range`, in order.
    @inline(__always)
    private static func forEachSentence(_ text: [Unicode.Scalar], _ range: Range<Int>, _ emit: (Int, Int) -> Void) {
        text.withUnsafeBufferPointer { t in
            @inline(__always) func trimmed(_ a: Int, _ b: Int) {
                var a = a, b = b
                while a < b, ScalarClass.isSpace(t[a]) || t[a] == "\n" { a += 1 }
                while b > a, ScalarClass.isSpace(t[b - 1]) || t[b - 1] == "\n" { b -= 1 }
                if b > a { emit(a, b) }
            }
            precondition(range.lowerBound >= 0 && range.upperBound <= t.count, "range out of bounds")
            var start = range.lowerBound
            var i = range.lowerBound
            let end = range.upperBound
            while i < end {
                let s = t[i]
                // Fast path: Han characters (most of the text) neither end a sentence nor a line.
                if s.value >= 0x3400 && s.value <= 0x9FFF { i += 1; continue }
                if s == "\n" {
                    trimmed(start, i); i += 1; start = i; continue
                }
                if ScalarClass.isSentenceEnd(s) {
                    var j = i + 1
                    while j < end, ScalarClass.isSentenceEnd(t[j]) || isCloser(t[j]) || t[j].value == 0x2026 { j += 1 }
                    trimmed(start, j)
                    start = j; i = j
                    continue
                }
                i += 1
            }
            trimmed(start, end)
        }
    }

    /// Closing marks that stay with the sentence: ” ’ 」 』 ) ） 》 】 〉 (not ASCII quotes, which are ambiguous).
    @inline(__always) static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0x29, 0xFF09, 0x300B, 0x3011, 0x3009: return true
        default: return false
        }
    }
}
