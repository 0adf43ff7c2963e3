/// Tests on one line (paragraph) of cleaned text, shared by the page-break joiner
/// and the article splitter.
enum LineClassifier {
    static let source = ScalarMatch.scalars("来源")
    static let http = ScalarMatch.scalars("http")
    static let www = ScalarMatch.scalars("www.")
    static let metaPrefixes: [[Unicode.Scalar]] = ["来源", "时间", "发布时间", "作者", "编辑", "责任编辑", "责编", "稿源", "出处", "发布日期", "更新时间"].map(ScalarMatch.scalars)
    static let dash = ScalarMatch.scalars("——")
    static let ban: Unicode.Scalar = "版"
    static let outletSuffixes: [[Unicode.Scalar]] = ["网", "报", "社", "台", "刊", "客户端", "新闻", "在线", "频道"].map(ScalarMatch.scalars)

    /// Heading marks: the number of leading `#` followed by a space (0 when none), and where the text starts.
    static func headingMark(_ text: [Unicode.Scalar], _ range: Range<Int>) -> (level: Int, contentStart: Int) {
        var i = range.lowerBound
        while i < range.upperBound, text[i] == "#" { i += 1 }
        let level = i - range.lowerBound
        guard level > 0, level <= 6, i < range.upperBound, text[i] == " " else { return (0, range.lowerBound) }
        while i < range.upperBound, text[i] == " " { i += 1 }
        return (level, i)
    }

    /// True when the line holds no sentence punctuation at all.
    static func hasClausePunctuation(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for i in range where ScalarClass.isClausePunctuation(text[i]) { return true }
        return false
    }

    static func containsSentenceEnd(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for i in range where text[i].value == 0x3002 { return true }
        return false
    }

    /// Page furniture: source/date lines, URLs, page labels (`00002版:工会`),
    /// editor credits, printed date lines (`2015年10月29日 星期四`).
    static func isMetadata(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let start = range.lowerBound
        guard !range.isEmpty else { return false }
        if ScalarMatch.hasPrefix(text, at: start, http, end: range.upperBound)
            || ScalarMatch.hasPrefix(text, at: start, www, end: range.upperBound) { return true }
        for p in metaPrefixes where ScalarMatch.hasPrefix(text, at: start, p, end: range.upperBound) {
            let k = start + p.count
            if k < range.upperBound, text[k] == ":" || text[k].value == 0xFF1A || text[k] == " " { return true }
        }
        // Page label: digits then 版.
        if let (_, n) = ScalarMatch.integer(text, at: start, end: range.upperBound, maxDigits: 6),
           start + n < range.upperBound, text[start + n] == ban { return true }
        // A short line carrying a full date and no running text.
        if range.count <= 60, !containsSentenceEnd(text, range) {
            var hasDate = false
            for i in range where ScalarClass.isDigit(text[i]) {
                if DateScanner.fullDate(text, at: i, end: range.upperBound) != nil { hasDate = true; break }
            }
            if hasDate {
                var commas = 0
                for i in range where ScalarClass.isComma(text[i]) { commas += 1 }
                if commas == 0 { return true }
            }
        }
        // `… 来源: …` anywhere in a short line.
        if range.count <= 60, let k = ScalarMatch.firstIndex(of: source, in: text, range: range),
           k + 2 < range.upperBound, text[k + 2] == ":" || text[k + 2].value == 0xFF1A { return true }
        return false
    }

    /// A short line naming an outlet (`中国新闻网`), to be read as metadata when next to a metadata line.
    static func isOutletName(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 12, !hasClausePunctuation(text, range) else { return false }
        for i in range where !(ScalarClass.isHan(text[i]) || ScalarClass.isLatinLetter(text[i])) { return false }
        return outletSuffixes.contains { ScalarMatch.hasSuffix(text, end: range.upperBound, $0, start: range.lowerBound) }
    }

    /// An unmarked kicker line: ends with `——`.
    static func isKickerLike(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.count >= 4 && range.count <= 90 && ScalarMatch.hasSuffix(text, end: range.upperBound, dash, start: range.lowerBound)
    }

    /// A subtitle line: starts with `——`.
    static func isSubtitleLike(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.count >= 4 && range.count <= 90 && ScalarMatch.hasPrefix(text, at: range.lowerBound, dash, end: range.upperBound)
    }

    /// A line that can be a headline: short, no 。, not ending in a comma, colon or semicolon.
    static func isHeadingLike(_ text: [Unicode.Scalar], _ range: Range<Int>, maxLength: Int = 64) -> Bool {
        guard range.count >= 2, range.count <= maxLength else { return false }
        if containsSentenceEnd(text, range) { return false }
        let last = text[range.upperBound - 1]
        if ScalarClass.isComma(last) || last == ":" || last == ";" || last.value == 0xFF1A || last.value == 0xFF1B { return false }
        return true
    }

    /// Running text: has clause punctuation or ends like a paragraph.
    static func isProse(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        return hasClausePunctuation(text, range) || ScalarClass.isParagraphEnd(text[range.upperBound - 1])
    }
}
