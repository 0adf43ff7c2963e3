/// The dateline and byline at the head of a paragraph:
/// `本报讯(记者田国奎 通讯员燕飞)近日,…`, `新华社北京10月31日电 …`,
/// `本报讯 毛朝阳、胡英报道 日前,…`, `中新网北京7月29日电 (记者 余湛奕)…`.
struct ParagraphLead {
    var dateline: Range<Int>?
    var byline: Range<Int>?
    var people: [BylinePerson]
    /// Where the running text starts.
    var bodyStart: Int
}

/// A credit at the end of an article's last paragraph: `(姚雪梅)`, `(据《X报》报道 任胜男)`.
struct TrailingCredit {
    var range: Range<Int>
    var people: [BylinePerson]
}

enum DatelineParser {
    static let xun: Unicode.Scalar = "讯"
    static let dian: Unicode.Scalar = "电"
    static let ri: Unicode.Scalar = "日"
    static let outletEnds: Set<Unicode.Scalar> = ["报", "刊", "网", "社", "台", "端"]
    static let agencyMarks: Set<Unicode.Scalar> = ["社", "网", "报", "台"]

    /// The end of a dateline starting at `range.lowerBound`, or nil.
    static func datelineEnd(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        let start = range.lowerBound, end = range.upperBound
        // 本报讯 / 中工网讯: a short Han run ending in an outlet word, then 讯.
        var i = start
        while i < end, i - start <= 10, ScalarClass.isHan(text[i]) {
            if text[i] == xun, i - start >= 2, outletEnds.contains(text[i - 1]) { return i + 1 }
            i += 1
        }
        // 新华社北京10月31日电 / 本报北京电: Han (agency, place), optional date, then 电.
        i = start
        var sawAgency = false
        while i < end, i - start <= 30 {
            let s = text[i]
            if s == dian, i - start >= 3 {
                let dated = text[i - 1] == ri && i - start >= 2 && ScalarClass.isDigit(text[i - 2])
                let next: Unicode.Scalar? = i + 1 < end ? text[i + 1] : nil
                let clean = next == nil || next == " " || next == "(" || next?.value == 0xFF08 || next == ":"
                if dated && (sawAgency || clean) { return i + 1 }
                if sawAgency && clean { return i + 1 }
                return nil
            }
            if ScalarClass.isHan(s) {
                if i - start < 6, agencyMarks.contains(s) { sawAgency = true }
            } else if !ScalarClass.isDigit(s) {
                return nil
            }
            i += 1
        }
        return nil
    }

    @inline(__always) static func isOpenParen(_ s: Unicode.Scalar) -> Bool { s == "(" || s.value == 0xFF08 || s.value == 0x3014 }
    @inline(__always) static func isCloseParen(_ s: Unicode.Scalar) -> Bool { s == ")" || s.value == 0xFF09 || s.value == 0x3015 }

    /// Skips spaces and a colon.
    static func skipFiller(_ text: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end, text[i] == " " || text[i] == ":" || text[i].value == 0xFF1A { i += 1 }
        return i
    }

    /// Reads the dateline and byline at the start of a paragraph, or nil when it has neither.
    static func lead(_ text: [Unicode.Scalar], _ range: Range<Int>) -> ParagraphLead? {
        let end = range.upperBound
        var lead = ParagraphLead(dateline: nil, byline: nil, people: [], bodyStart: range.lowerBound)
        var i = range.lowerBound
        if let d = datelineEnd(text, range) {
            lead.dateline = range.lowerBound..<d
            i = d
        }
        while i < end, text[i] == " " { i += 1 }
        if let (byline, people) = byline(text, i..<end, afterDateline: lead.dateline != nil) {
            lead.byline = byline; lead.people = people
            i = byline.upperBound
        }
        guard lead.dateline != nil || lead.byline != nil else { return nil }
        lead.bodyStart = skipFiller(text, i, end)
        return lead
    }

    /// A byline starting at `range.lowerBound`: `(记者 X)`, `X、Y报道`, `记者 X`.
    static func byline(_ text: [Unicode.Scalar], _ range: Range<Int>, afterDateline: Bool) -> (Range<Int>, [BylinePerson])? {
        let start = range.lowerBound, end = range.upperBound
        guard start < end else { return nil }
        if isOpenParen(text[start]) {
            var k = start + 1
            while k < end, k - start <= 48, !isCloseParen(text[k]) { k += 1 }
            guard k < end, isCloseParen(text[k]) else { return nil }
            let r = BylineParser.parse(text, (start + 1)..<k)
            guard r.complete, !r.people.isEmpty, r.labelled || afterDateline else { return nil }
            return (start..<(k + 1), r.people)
        }
        // `X、Y报道` / `通讯员X、Y报道`
        if let k = ScalarMatch.firstIndex(of: BylineParser.report, in: text, range: start..<min(end, start + 40)) {
            let r = BylineParser.parse(text, start..<k)
            if r.complete, !r.people.isEmpty, r.labelled || afterDateline {
                return (start..<(k + BylineParser.report.count), r.people)
            }
        }
        // `记者 X Y 正文…`: the longest space-delimited run that reads as a byline.
        guard BylineParser.label(at: start, in: text, end: end) != nil else { return nil }
        var cuts: [Int] = []
        var k = start
        while k < end, k - start <= 40 {
            if text[k] == " " { cuts.append(k) }
            if ScalarClass.isClausePunctuation(text[k]) { break }
            k += 1
        }
        for cut in cuts.reversed() {
            let r = BylineParser.parse(text, start..<cut)
            if r.complete, !r.people.isEmpty { return (start..<cut, r.people) }
        }
        return nil
    }

    /// A credit in parentheses closing the paragraph `range`, or nil.
    static func trailingCredit(_ text: [Unicode.Scalar], _ range: Range<Int>) -> TrailingCredit? {
        var close = range.upperBound - 1
        while close > range.lowerBound, text[close] == " " { close -= 1 }
        guard close > range.lowerBound, isCloseParen(text[close]) else { return nil }
        var open = close - 1
        while open > range.lowerBound, close - open <= 48, !isOpenParen(text[open]) {
            if isCloseParen(text[open]) { return nil }
            open -= 1
        }
        guard isOpenParen(text[open]) else { return nil }
        var inner = (open + 1)..<close
        if text[inner.lowerBound] == "据" {
            if let k = ScalarMatch.firstIndex(of: BylineParser.report, in: text, range: inner) {
                inner = (k + BylineParser.report.count)..<close
            } else if let k = ScalarMatch.firstIndex(of: ["》"], in: text, range: inner) {
                inner = (k + 1)..<close
            } else { return nil }
        }
        let r = BylineParser.parse(text, inner)
        guard r.complete, !r.people.isEmpty else { return nil }
        return TrailingCredit(range: open..<(close + 1), people: r.people)
    }
}
