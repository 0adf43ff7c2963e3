import Foundation
import NewsText

/// A number with its measure word, found in a sentence (before attribution).
struct Candidate: Sendable {
    var numStart: Int
    /// Start of a vague marker written before the number (近, 约 …), else `numStart`.
    var preStart: Int
    var numEnd: Int
    var measureEnd: Int
    /// After a vague marker written after the measure word (以上, 左右 …).
    var postEnd: Int
    var value: Decimal
    /// Not reference-counted: every `MeasureInfo` lives as long as the process (the measure-word
    /// trie and ``LexiconTables/shared`` hold them), so a candidate is a plain value whose
    /// copies (into the page's arrays, out of them per figure) cost no retain or release.
    unowned(unsafe) var info: MeasureInfo
    var approx: Bool
}

/// Finds candidates, then attributes each: subject, flags, period, region, topic.
struct MetricEngine: Sendable {
    /// The shared lexicons (see ``LexiconTables``).
    let lx = LexiconTables.shared
    let table = Chars.table
    /// ``ScalarBitmap/numerals``, held for ``scan(_:_:into:)`` (no lazy-global check per sentence).
    let numerals = ScalarBitmap.numerals

    // MARK: entry points

    func run(page: Page, dates: [DateMention], regions: [RegionAnchor], reference: CivilDate?) -> [Metric] {
        let seg = Segmentation(page: page)
        return run(scalars: page.text.scalars, segmentation: seg, articles: page.articles, dates: dates,
                   regions: regions, reference: reference)
    }

    func run(scalars s: [Unicode.Scalar], segmentation seg: Segmentation, articles: [Article],
             dates: [DateMention], regions: [RegionAnchor], reference: CivilDate?) -> [Metric] {
        // Both usually arrive in text order already: then the (stable) sort would return them unchanged.
        let sortedDates = MetricEngine.isSortedBySpan(dates) { $0.span } ? dates : dates.sorted { $0.span < $1.span }
        let sortedRegions = MetricEngine.isSortedBySpan(regions) { $0.span } ? regions : regions.sorted { $0.span < $1.span }
        let ctx = PageContext(s: s, seg: seg, articles: articles, dates: sortedDates,
                              regions: sortedRegions, reference: reference)
        ctx.prepare()
        // The candidates of the whole page first: every candidate makes one metric, so the
        // metrics array is allocated once at its final size (a metric is a large value: growing
        // the array copied them).
        var all: [Candidate] = []
        var found: [(sentence: Int, end: Int)] = []   // sentences with candidates; their end in `all`
        var region = 0   // the first region anchor that may hold a later candidate
        for si in seg.sentences.indices {
            let before = all.count
            scan(s, seg.sentences[si], into: &all)
            guard all.count > before else { continue }
            MetricEngine.dropInsideRegionNames(&all, from: before, regions: sortedRegions, cursor: &region)
            if all.count > before { found.append((si, all.count)) }
        }
        var out: [Metric] = []
        out.reserveCapacity(all.count)
        var scratch = PageContext.SentenceScratch()   // reused by every sentence of the page
        // each sentence's candidates are read in place, as a buffer of their own (not copied out)
        all.withUnsafeBufferPointer { page in
            var start = 0
            for (si, end) in found {
                ctx.attribute(UnsafeBufferPointer(rebasing: page[start..<end]), sentence: si, scratch: &scratch,
                              into: &out)
                start = end
            }
        }
        return out
    }

    /// Removes the candidates of `all[from...]` whose number starts inside a region's name:
    /// 七台河市, 六盘水市 and 五家渠市 hold a numeral and a measure word but count nothing.
    ///
    /// Candidates and `regions` are both in text order, so one cursor walks the regions once
    /// per page.
    static func dropInsideRegionNames(_ all: inout [Candidate], from: Int, regions: [RegionAnchor], cursor r: inout Int) {
        guard r < regions.count else { return }
        var kept = from
        for i in from..<all.count {
            let k = all[i].numStart
            while r < regions.count && regions[r].span.end <= k { r += 1 }
            let inside = r < regions.count && regions[r].span.start <= k
            if !inside {
                if kept != i { all[kept] = all[i] }
                kept += 1
            }
        }
        if kept < all.count { all.removeSubrange(kept...) }
    }

    /// Whether no element's span is before its predecessor's.
    static func isSortedBySpan<T>(_ items: [T], _ span: (T) -> TextSpan) -> Bool {
        var k = 1
        while k < items.count {
            if span(items[k]) < span(items[k - 1]) { return false }
            k += 1
        }
        return true
    }

    // MARK: candidates

    /// Appends all number + measure-word candidates of a sentence to `out`, in order
    /// (what `out` already holds is left alone).
    func scan(_ s: [Unicode.Scalar], _ u: SentenceUnit, into out: inout [Candidate]) {
        // The quoted names are only needed once the sentence has a numeral (most have none).
        var quotes: [(Int, Int)]? = nil
        var k = u.start
        while k < u.end {
            k = numerals.firstIndex(s, from: k, end: u.end)
            guard k < u.end else { break }
            let before = out.count
            let next: Int
            if MetricEngine.isLoneOne(s, at: k, end: u.end) {
                next = k + 1   // what `candidates` returns for it, whichever test rejects it first
            } else {
                if quotes == nil { quotes = MetricEngine.nameQuotes(s, u.start, u.end) }
                next = candidates(s, at: k, u, quotes!, into: &out)
            }
            var nk = max(next, k + 1)
            // after a failure, skip the rest of the numeral run
            if out.count == before && next <= k + 1 {
                while nk < u.end, Chars.is(s[nk], .numeral, in: table) || s[nk] == "." || s[nk] == "," { nk += 1 }
            }
            k = nk
        }
    }

    /// A 一 that can only read as the bare numeral one (一个, 进一步, 统一): the scalar after it
    /// continues no number (no digit, unit, 点, 分之, 余/多). Such a 一 is never a candidate
    /// (`NumberParser` marks it `bareOne`), and it is the commonest numeral of a text.
    @inline(__always)
    static func isLoneOne(_ s: [Unicode.Scalar], at k: Int, end: Int) -> Bool {
        guard s[k] == "一" else { return false }
        guard k + 1 < end else { return true }
        let c = s[k + 1]
        if Chars.is(c, .numeral) || Chars.cnDigitValue(c) != nil || Chars.cnUnitPower(c) != nil { return false }
        return c != "点" && c != "分" && c != "余" && c != "多"
    }

    /// Spans of short quoted names (“三个精神”, 《…》) inside a sentence: numbers there are not metrics.
    static func nameQuotes(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var k = start
        let T = Chars.table
        let openQuotes = ScalarBitmap.openQuotes   // held in a local: no lazy-global check per quote
        while k < end {
            k = openQuotes.firstIndex(s, from: k, end: end)   // most sentences have no quote
            guard k < end else { break }
            let c = s[k]
            if Chars.is(c, .openQuote, in: T) {
                let close: Unicode.Scalar
                switch c {
                case "《": close = "》"
                case "〈": close = "〉"
                case "「": close = "」"
                case "『": close = "』"
                case "\"": close = "\""
                default: close = "”"
                }
                var j = k + 1
                var hasBreak = false
                while j < end, s[j] != close {
                    if Chars.is(s[j], [.clauseBreak, .sentenceEnd], in: T) { hasBreak = true }
                    j += 1
                }
                if j < end {
                    if c == "《" || c == "〈" || (!hasBreak && j - k <= 18) { out.append((k, j + 1)) }
                    k = j + 1
                    continue
                }
            }
            k += 1
        }
        return out
    }

    private func inQuotes(_ k: Int, _ q: [(Int, Int)]) -> Bool {
        for (a, b) in q where a <= k && k < b { return true }
        return false
    }

    /// The measure word at `j`, unless it is the start of another word (五部门, 三条例).
    private func measure(_ s: [Unicode.Scalar], at j: Int, end: Int) -> (length: Int, info: MeasureInfo)? {
        guard j < end else { return nil }
        // longest first; a shorter one when the longer is the start of another word
        var limit = end
        while let m = lx.measures.longestMatch(s, at: j, end: limit) {
            let after = j + m.length
            if after < end, lx.measureCompounds.contains(pairKey(s[after - 1], s[after])) {
                limit = after - 1
                if limit <= j { return nil }
                continue
            }
            return (m.length, m.value)
        }
        return nil
    }

    /// Appends the candidates of the numeral at `k` (none, one, or the two ends of a range) to
    /// `out` (no array per numeral) and returns the offset to continue scanning from.
    private func candidates(_ s: [Unicode.Scalar], at k: Int, _ u: SentenceUnit, _ quotes: [(Int, Int)],
                            into out: inout [Candidate]) -> Int {
        let end = u.end
        if k > 0 {
            let p = s[k - 1]
            if Chars.is(p, [.latin, .digit], in: table) { return k + 1 }
            if lx.blockingPrev.contains(p.value) { return k + 1 }
        }
        if inQuotes(k, quotes) { return k + 1 }
        // 一、二、三类: the last item of an enumeration of ordinals
        if k >= 2, s[k - 1] == "、" || s[k - 1] == "和", Chars.is(s[k - 2], .cnDigit, in: table),
           Chars.is(s[k], .cnDigit, in: table), k + 1 < end, !Chars.is(s[k + 1], .numeral, in: table) {
            return k + 1
        }
        guard let num = NumberParser.parse(s, at: k, end: end) else { return k + 1 }
        if num.digitString || num.bareOne || num.leadingZero { return num.end }
        var approx = num.approx
        // vague marker before the number (近千, 约3万, 超过100, 大约是8400万)
        var preStart = k
        var preLen = lx.preApprox.suffix(s, endingAt: k, start: max(u.start, k - 4))
        var filler = 0
        if preLen == 0, k - 1 > u.start, ScalarLists.approxFillers.contains(s[k - 1]) {
            preLen = lx.preApprox.suffix(s, endingAt: k - 1, start: max(u.start, k - 5))
            filler = 1
        }
        if preLen > 0 {
            let ms = k - filler - preLen
            let isShang = preLen == 1 && s[ms] == "上"
            let negated = ms > u.start && s[ms - 1] == "不"
            let shangOK = !isShang || num.bareScale
            let marker: Unicode.Scalar = s[ms]
            // 近 in 最近/接近 handled by the word list; 上 only before a bare scale word (上万)
            if !negated && shangOK && !(preLen == 1 && marker == "近" && ms > u.start && (s[ms - 1] == "最" || s[ms - 1] == "附")) {
                approx = true; preStart = ms
            }
        }
        var j = num.end
        if num.bareScale && !approx {
            if !(j < end && (s[j] == "余" || s[j] == "多")) { return j }
        }
        // 余/多 between the number and its measure word (100余件, 600多家)
        if j < end, s[j] == "余" || s[j] == "多", measure(s, at: j + 1, end: end) != nil {
            approx = true; j += 1
        }
        let info: MeasureInfo
        let mEnd: Int
        if num.percent {
            info = lx.percentInfo; mEnd = j
        } else if let m = measure(s, at: j, end: end) {
            info = m.info; mEnd = j + m.length
        } else if j < end, DateEngine.isConnector(s[j]), j + 1 < end,
                  let (second, nextK) = rangeSecond(s, at: j + 1, u, quotes) {
            // 3至5天, 5—8家: the first end takes the second's measure word
            if second.info.isAge { return nextK }
            let first = Candidate(numStart: k, preStart: preStart, numEnd: num.end, measureEnd: num.end,
                                  postEnd: num.end, value: num.value, info: second.info, approx: approx)
            out.append(first); out.append(second)
            return nextK
        } else {
            return j
        }
        if info.approx { approx = true }
        // 十四届全国人大二次会议: a session number, not a count
        if info.isTimes, num.chinese {
            var q = k - 1
            while q >= max(u.start, k - 10) { if s[q] == "届" { return mEnd }; q -= 1 }
        }
        // years are dates, not durations: 2024年
        if info.isYear, !num.chinese, num.integerDigits == 4, !num.hasFraction, !num.scaled { return mEnd }
        let next: Unicode.Scalar? = mEnd < end ? s[mEnd] : nil
        if info.kind == .duration {
            // 近五年来, 10年以来: time spans, not figures
            if next == "来" || s.has("以来", at: mEnd) { return mEnd }
            // 30年工龄, 20年党龄: a length of service
            let serviceYears = mEnd + 1 < end && s[mEnd + 1] == "龄"
            if info.isYear, let nx = next, !lx.yearFollowers.contains(nx.value),
               !Chars.is(nx, .punct, in: table), !Chars.is(nx, .space, in: table), !serviceYears {
                return mEnd
            }
            if info.isAge {
                for w in ["以上", "以下", "以内", "及以上", "及以下", "至", "到", "-", "—", "~", "～", "之间", "左右"]
                    where s.has(w, at: mEnd) { return mEnd }
                let pre = s.text(max(u.start, preStart - 2), preStart)
                if pre.hasSuffix("满") || pre.hasSuffix("不满") || pre.hasSuffix("未满") || pre.hasSuffix("超过")
                    || pre.hasSuffix("低于") || pre.hasSuffix("高于") || approx { return mEnd }
            }
        }
        var post = mEnd
        let pa = lx.postApprox.prefix(s, at: mEnd, end: end)
        if pa > 0 {
            let isShangXia = pa == 2 && s[mEnd] == "上" && s[mEnd + 1] == "下"
            let after: Unicode.Scalar? = mEnd + pa < end ? s[mEnd + pa] : nil
            // 上下游: 上下 followed by a letter is a word, not a marker
            if !(isShangXia && after.map({ Chars.is($0, .cjk, in: table) }) == true) {
                approx = true; post = mEnd + pa
            }
        }
        let c = Candidate(numStart: k, preStart: preStart, numEnd: num.end, measureEnd: mEnd, postEnd: post,
                          value: num.value, info: info, approx: approx)
        out.append(c)
        return post
    }

    /// The second number of a range (the part after 至/—), with its measure word.
    private func rangeSecond(_ s: [Unicode.Scalar], at k: Int, _ u: SentenceUnit, _ quotes: [(Int, Int)])
        -> (Candidate, Int)? {
        guard Chars.is(s[k], .numeral, in: table), let num = NumberParser.parse(s, at: k, end: u.end),
              !num.digitString, !num.leadingZero, !num.bareScale else { return nil }
        var j = num.end
        var approx = num.approx
        if j < u.end, s[j] == "余" || s[j] == "多", measure(s, at: j + 1, end: u.end) != nil { approx = true; j += 1 }
        guard let m = measure(s, at: j, end: u.end) else { return nil }
        if m.info.isYear, !num.chinese, num.integerDigits == 4 { return nil }
        var post = j + m.length
        let pa = lx.postApprox.prefix(s, at: post, end: u.end)
        if pa > 0 { approx = true; post += pa }
        return (Candidate(numStart: k, preStart: k, numEnd: num.end, measureEnd: j + m.length, postEnd: post,
                          value: num.value, info: m.info, approx: approx || m.info.approx), post)
    }

    /// Characters that may follow 年 in a duration (3年时间, 30年了, 5年内 …).
    static let yearFollowers = SortedKeySet<UInt32>("了的时内间多余以后前半左中里之就才都也已又还至到和及或共每连没不未均仍始期来".unicodeScalars.map(\.value))
}
