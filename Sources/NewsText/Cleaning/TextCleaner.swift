/// The cleaned text of a page and what cleaning did to it.
public struct CleaningResult: Sendable, Hashable {
    /// The cleaned text; every later span points into it.
    public let text: CleanText
    /// Offsets (in ``text``) where a paragraph split by a page or column break was
    /// joined: the offset of the first scalar of the second half.
    public let joins: [Int]
}

/// Cleans decoded page text: normalizes scalars (see ``ScalarNormalizer``), then joins
/// paragraphs that a PDF page or column break split in the middle of a word or sentence.
///
/// A break is repaired when a paragraph of running text ends without closing
/// punctuation (…`整改进`) and the next paragraph, after blank lines, is running
/// text that is not a heading, byline, dateline or metadata line (`展。…`). The two
/// halves are joined with nothing in between. Headings (`#` lines, kicker lines ending
/// in `——`, short title lines), bylines and the first line of the page are never joined.
public enum TextCleaner {
    public static func clean(_ text: String) -> CleaningResult { cleanKeepingLines(text).result }

    /// ``clean(_:)``, also handing back the line ranges of the cleaned text when the break
    /// repair left the text as normalized (the usual case), so that they are not split twice.
    static func cleanKeepingLines(_ text: String) -> (result: CleaningResult, lines: [Range<Int>]?) {
        let (normalized, string, lines) = ScalarNormalizer.normalizeWithString(text)
        return joinBreaksKeepingLines(normalized, original: string, lines: lines)
    }

    struct Line { var range: Range<Int> }

    /// The lines of `s` (ranges without their `\n`); a text of n newlines has n + 1 lines.
    static func lines(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        s.withUnsafeBufferPointer { t in
            var newlines = 0
            // Branch-free count on the raw values (vectorizes).
            for u in t { newlines &+= u.value == 0x0A ? 1 : 0 }
            var out: [Range<Int>] = []
            out.reserveCapacity(newlines + 1)
            var start = 0
            for i in 0..<t.count where t[i] == "\n" {
                out.append(start..<i); start = i + 1
            }
            out.append(start..<t.count)
            return out
        }
    }

    /// True when `r` is a paragraph whose end was cut by a break.
    static func isCutParagraph(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count >= 8, LineClassifier.headingMark(s, r).level == 0 else { return false }
        if ScalarClass.isParagraphEnd(s[r.upperBound - 1]) { return false }
        var running = false
        for i in r where ScalarClass.isComma(s[i]) || ScalarClass.isSentenceEnd(s[i]) || s[i] == ";" { running = true; break }
        guard running else { return false }
        if LineClassifier.isMetadata(s, r) || LineClassifier.isKickerLike(s, r) { return false }
        if BylineParser.bylineLine(s, r) != nil { return false }
        return true
    }

    /// True when `r` can be the second half of a cut paragraph.
    static func isContinuation(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard !r.isEmpty, LineClassifier.headingMark(s, r).level == 0, s[r.lowerBound] != "#" else { return false }
        guard LineClassifier.isProse(s, r) else { return false }
        if LineClassifier.isMetadata(s, r) || BylineParser.bylineLine(s, r) != nil { return false }
        if DatelineParser.datelineEnd(s, r) != nil || LineClassifier.isKickerLike(s, r) { return false }
        return true
    }

    /// - Parameter original: a string whose scalars are `s`, when there is one (reused as the
    ///   cleaned text's string when no break is joined).
    static func joinBreaks(_ s: [Unicode.Scalar], original: String? = nil) -> CleaningResult {
        joinBreaksKeepingLines(s, original: original, lines: lines(s)).result
    }

    /// ``joinBreaks(_:original:)`` given the lines of `s` (``lines(_:)``); hands them back
    /// when no break was joined (nil otherwise).
    static func joinBreaksKeepingLines(_ s: [Unicode.Scalar], original: String?,
                                       lines all: [Range<Int>]) -> (result: CleaningResult, lines: [Range<Int>]?) {
        let paragraphs = all.filter { !$0.isEmpty }
        var joinAfter = Set<Int>()   // index into `paragraphs`: joined with the next one
        for k in paragraphs.indices.dropLast() where k > 0 {
            if isCutParagraph(s, paragraphs[k]) && isContinuation(s, paragraphs[k + 1]) { joinAfter.insert(k) }
        }
        if joinAfter.isEmpty {
            let text = original.map { CleanText(string: $0, scalars: s) } ?? CleanText(scalars: s)
            return (CleaningResult(text: text, joins: []), all)
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var joins: [Int] = []
        var copied = 0
        for k in joinAfter.sorted() {
            let a = paragraphs[k], b = paragraphs[k + 1]
            out.append(contentsOf: s[copied..<a.upperBound])
            joins.append(out.count)
            copied = b.lowerBound
        }
        out.append(contentsOf: s[copied..<s.count])
        return (CleaningResult(text: CleanText(scalars: out), joins: joins), nil)
    }
}
