import Foundation
import NewsText

/// The time scope a sentence sets for what follows it in its paragraph.
enum Scope: Sendable {
    /// A date; `event` when it dates an event (召开, 举行 … or a day-grain opener).
    case date(MetricPeriod, event: Bool)
    /// A vague time word; `propagates` when it covers the rest of the paragraph (近年来, 近日).
    case vague(propagates: Bool)
}

/// Page-level state for attributing candidates: dates, anchors, scopes.
final class PageContext {
    let s: [Unicode.Scalar]
    let seg: Segmentation
    let articles: [Article]
    let dates: [DateMention]
    /// `dates[i].span.start` and `.end`, as compact arrays for the searches.
    private let dateStarts: [Int]
    private let dateEnds: [Int]
    let regions: [RegionAnchor]
    /// `regions[i].span.start` and `.end`, as compact arrays for the searches (an anchor is a
    /// large value: reading it whole copies, and retains, its strings).
    private let regionStarts: [Int]
    private let regionEnds: [Int]
    let reference: CivilDate?

    /// The shared lexicons (one reference per page; see ``LexiconTables``).
    let lx = LexiconTables.shared
    /// `Chars.table`, held for the per-character class tests.
    let table = Chars.table
    /// ``ScalarBitmap/clauseBreaks`` and ``ScalarBitmap/clauseEnds``, held for the skip loops.
    private let clauseBreaks = ScalarBitmap.clauseBreaks
    private let clauseEnds = ScalarBitmap.clauseEnds
    /// ``ScalarBitmap/figureClauseStops``, held for ``clauseStart(_:_:previous:)``.
    private let figureClauseStops = ScalarBitmap.figureClauseStops
    /// 全 and 我, for ``firstNationalCandidate(_:)``.
    private let nationalStarts = ScalarBitmap.nationalStarts

    private(set) var excluded: [Bool] = []
    private(set) var shadowed: [Bool] = []
    private(set) var scopes: [Scope?] = []
    /// Per sentence: the index of the first date starting at or after the sentence's start.
    private let sentenceDates: [Int]
    /// Per sentence: the index of the first anchor starting at or after the sentence's start.
    private let sentenceAnchors: [Int]
    // Per article index (arrays indexed by `SentenceUnit.article`, sized in `prepare`):
    /// The year a figure with no period of its own takes.
    private var articleDefault: [Int?] = []
    /// The lead opens with a propagating vague word: no default year.
    private var articleDefaultBlocked: [Bool] = []
    /// The article's main region.
    private var articleMain: [RegionAnchor?] = []
    /// A national story (全国 in the headline, no region named).
    private var articleNational: [Bool] = []

    init(s: [Unicode.Scalar], seg: Segmentation, articles: [Article], dates: [DateMention], regions: [RegionAnchor],
         reference: CivilDate?) {
        self.s = s; self.seg = seg; self.articles = articles; self.dates = dates; self.regions = regions
        let regionStarts = regions.map { $0.span.start }
        self.regionStarts = regionStarts; self.regionEnds = regions.map { $0.span.end }
        self.sentenceAnchors = PageContext.firstIndices(in: regionStarts, for: seg.sentences)
        let starts = dates.map { $0.span.start }
        self.dateStarts = starts; self.dateEnds = dates.map { $0.span.end }
        self.sentenceDates = PageContext.firstIndices(in: starts, for: seg.sentences)
        self.reference = reference
    }

    // MARK: preparation

    func prepare() {
        // by index: a region anchor is a large value (reading it whole retains its strings)
        var excluded = [Bool](repeating: false, count: regions.count)
        for j in regions.indices {
            excluded[j] = isDatelineOrVenue(regionStarts[j], regionEnds[j])
        }
        self.excluded = excluded
        self.shadowed = shadowedAnchors()
        // built in a local (one uniquely referenced array), stored once filled
        var scopes = [Scope?](repeating: nil, count: seg.sentences.count)
        // article indices are small and dense: per-article state lives in arrays
        let articleCount = seg.sentences.reduce(-1) { max($0, $1.article) } + 1
        articleDefault = Array(repeating: nil, count: articleCount)
        articleDefaultBlocked = Array(repeating: false, count: articleCount)
        articleMain = Array(repeating: nil, count: articleCount)
        articleNational = Array(repeating: false, count: articleCount)
        var lastEvent = [MetricPeriod?](repeating: nil, count: articleCount)
        // sentence scopes, in order (an anaphoric opener takes the latest event date of its article)
        for (i, u) in seg.sentences.enumerated() {
            let event = eventScope(u, sentence: i)   // pure: computed once, used twice below
            var sc = initialScope(u, sentence: i) ?? event
            // (the pure test runs only when there is an event to refer back to)
            if sc == nil, let ev = lastEvent[u.article], opensWithEventReference(u) {
                sc = .date(ev, event: true)
            }
            scopes[i] = sc
            if case .date(let p, let ev)? = sc, ev || p.start.day != nil, p.start.day != nil { lastEvent[u.article] = p }
            if let e = event, case .date(let p, _) = e { lastEvent[u.article] = p }
        }
        self.scopes = scopes
        // article defaults and main regions
        // (articles are independent: the order they are visited in does not matter)
        var byArticle = [[Int]](repeating: [], count: articleCount)
        for (i, u) in seg.sentences.enumerated() { byArticle[u.article].append(i) }
        let keys = anchorKeys()
        for (a, idxs) in byArticle.enumerated() where !idxs.isEmpty {
            if let lead = idxs.first(where: { seg.sentences[$0].isLead }) {
                switch scopes[lead] {
                case .vague(let p)? where p: articleDefaultBlocked[a] = true
                case .date(let p, _)?: articleDefault[a] = p.start.year
                default: break
                }
            }
            if articleDefault[a] == nil, !articleDefaultBlocked[a], let y = reference?.year { articleDefault[a] = y }
            computeMainRegion(a, idxs, keys: keys)
        }
    }

    /// A region in a dateline (新华社北京10月31日电) or naming a venue (在北京召开): not a figure's region.
    /// - Parameters: a, b: the region's span.
    private func isDatelineOrVenue(_ a: Int, _ b: Int) -> Bool {
        // 新华社北京10月31日电, 中新网北京7月29日电
        if lx.datelineAgencies.suffix(s, endingAt: a, start: max(0, a - 4)) > 0 { return true }
        var k = b, digits = 0
        while k < min(s.count, b + 10) {
            if Chars.is(s[k], .digit, in: table) { digits += 1 }
            if s[k] == "电", k > b, s[k - 1] == "日", digits > 0 { return true }
            if Chars.is(s[k], .clauseBreak, in: table) || Chars.is(s[k], .sentenceEnd, in: table) { break }
            k += 1
        }
        // venue: 在北京召开, 在哈尔滨空调股份有限公司召开
        if a > 0, s[a - 1] == "在" || s[a - 1] == "于" {
            var k = b
            while k < min(s.count, b + 16) {
                if Chars.is(s[k], .clauseBreak, in: table) || Chars.is(s[k], .sentenceEnd, in: table) { break }
                for w in lx.venueVerbs where s.has(w, at: k) { return true }
                k += 1
            }
        }
        return false
    }

    /// Per anchor, whether it is a region named as an example of what is counted (大庆…等10个单位):
    /// not the figure's region. It is when a 等 before a numeral follows its end in its clause,
    /// within 30 scalars.
    ///
    /// Anchors come in text order: the 30-scalar windows after their ends overlap, and a stretch
    /// searched for a 等 before a numeral is not searched again for the next anchor (the clause
    /// is only looked at when one is found).
    private func shadowedAnchors() -> [Bool] {
        let n = s.count
        var out = [Bool](repeating: false, count: regions.count)
        // No 等 + numeral starts in origin..<scanned; when `hit`, one starts at `scanned`.
        var origin = 0, scanned = 0
        var hit = false
        for j in regions.indices {
            let e = regionEnds[j]
            let limit = min(n, e + 30)
            // what is known says nothing about the first one at or after e: start over at e
            if e < origin || scanned < e {
                origin = e; scanned = e; hit = false
            }
            if !hit {
                while scanned < limit, !isDengBeforeNumeral(scanned) { scanned += 1 }
                hit = scanned < limit
            }
            // the first one at or after e is at `scanned`: it shadows the anchor when it is within
            // 30 scalars and no clause ends before it
            guard hit, scanned < limit else { continue }
            out[j] = clauseEnds.firstIndex(s, from: e, end: scanned) == scanned
        }
        return out
    }

    /// Whether `s[k]` is 等 followed by a numeral.
    @inline(__always)
    private func isDengBeforeNumeral(_ k: Int) -> Bool {
        s[k] == "等" && k + 1 < s.count && Chars.is(s[k + 1], .numeral, in: table)
    }

    /// Index of the first anchor starting at or after `offset` (anchors are sorted by span).
    private func firstAnchor(from offset: Int) -> Int {
        var lo = 0, hi = regions.count
        while lo < hi { let m = (lo + hi) >> 1; if regionStarts[m] < offset { lo = m + 1 } else { hi = m } }
        return lo
    }

    /// The end of the first anchor (in span order) starting at `a` and ending by `b`, if any.
    /// - Parameter lo: an index no anchor before which starts at or after `a` (`sentenceAnchors`).
    private func anchorEnd(startingAt a: Int, endingBy b: Int, from lo: Int) -> Int? {
        var j = lo
        while j < regionStarts.count, regionStarts[j] < a { j += 1 }
        while j < regionStarts.count, regionStarts[j] == a {
            if regionEnds[j] <= b { return regionEnds[j] }
            j += 1
        }
        return nil
    }

    /// Ids of the anchors' main-region keys (`code ?? name`): equal keys, equal ids.
    /// Keys of six ASCII digits (administrative codes, nearly all keys) are looked up by their
    /// numeric value, which is equal exactly when the strings are; others by the `String`.
    /// A page names few distinct codes: they are found by a linear search over `codes` (no
    /// hashing) until there are more than `linearLimit`, then by the dictionary.
    private func anchorKeys() -> (ids: [Int], count: Int) {
        let linearLimit = 32
        var codes: [Int] = [], codeIds: [Int] = []   // distinct code values and their ids
        var idOfCode: [Int: Int] = [:]               // filled once `codes` exceeds linearLimit
        var idOf: [String: Int] = [:]
        var ids: [Int] = []
        ids.reserveCapacity(regions.count)
        for j in regions.indices {
            let key = regions[j].code ?? regions[j].name
            let next = codes.count + idOf.count   // the id of a key not seen yet
            if let code = PageContext.sixDigitValue(key) {
                if codes.count <= linearLimit {
                    if let p = codes.firstIndex(of: code) { ids.append(codeIds[p]); continue }
                } else if let k = idOfCode[code] { ids.append(k); continue }
                codes.append(code); codeIds.append(next)
                if codes.count == linearLimit + 1 {
                    for (p, v) in codes.enumerated() { idOfCode[v] = codeIds[p] }
                } else if codes.count > linearLimit + 1 {
                    idOfCode[code] = next
                }
            } else {
                if let k = idOf[key] { ids.append(k); continue }
                idOf[key] = next
            }
            ids.append(next)
        }
        return (ids, codes.count + idOf.count)
    }

    /// The value of a string of exactly six ASCII digits (`340705`), else nil.
    static func sixDigitValue(_ key: String) -> Int? {
        // over the bytes in place (a code is a small string: they are copied to the stack), not
        // through the `UTF8View`'s iterator
        if let v = key.utf8.withContiguousStorageIfAvailable({ sixDigitValue($0) }) { return v }
        guard key.utf8.count == 6 else { return nil }
        var v = 0
        for b in key.utf8 {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        return v
    }

    /// The value of exactly six ASCII digits, else nil.
    private static func sixDigitValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count == 6 else { return nil }
        var v = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        return v
    }

    /// The article's main region: the most frequent anchor key in its sentences (earliest on a
    /// tie), unless the headline speaks of 全国 and names no region. Anchors are visited by
    /// binary search over their sorted spans rather than all of them per article.
    private func computeMainRegion(_ a: Int, _ idxs: [Int], keys: (ids: [Int], count: Int)) {
        guard let first = idxs.first, let last = idxs.last else { return }
        let start = seg.sentences[first].start, end = seg.sentences[last].end
        // a national story: the headline speaks of 全国 and names no region
        var headingNational = false, headingAnchor = false
        for i in idxs where seg.sentences[i].isHeading {
            let u = seg.sentences[i]
            if lastNationalEnd(u.start, u.end) >= 0 || s.has("全总", at: u.start) { headingNational = true }
            var j = firstAnchor(from: u.start)
            while !headingAnchor, j < regions.count, regionStarts[j] <= u.end {
                if !excluded[j] && regionEnds[j] <= u.end { headingAnchor = true }
                j += 1
            }
        }
        if headingNational && !headingAnchor { articleNational[a] = true; return }
        let lo = firstAnchor(from: start)
        // (spans read from `regionStarts`/`regionEnds`: compact arrays, rather than the anchors)
        func inScope(_ j: Int) -> Bool { !excluded[j] && !shadowed[j] && regionEnds[j] <= end }
        var counts = [Int](repeating: 0, count: keys.count)
        var firstSeen = [Int](repeating: -1, count: keys.count)
        var seen: [Int] = []
        var j = lo
        while j < regions.count, regionStarts[j] <= end {
            if inScope(j) {
                let key = keys.ids[j]
                counts[key] += 1
                if firstSeen[key] < 0 { firstSeen[key] = j; seen.append(key) }
            }
            j += 1
        }
        var best: (key: Int, count: Int, first: Int)? = nil
        for key in seen {
            let c = counts[key], f = firstSeen[key]
            if best == nil || c > best!.count || (c == best!.count && f < best!.first) { best = (key, c, f) }
        }
        if let b = best {
            // prefer a non-relative occurrence as the representative anchor
            var firstAny: Int? = nil, firstNamed: Int? = nil
            j = lo
            while j < regions.count, regionStarts[j] <= end, firstNamed == nil {
                if inScope(j) && keys.ids[j] == b.key {
                    if firstAny == nil { firstAny = j }
                    if !regions[j].isRelative { firstNamed = j }
                }
                j += 1
            }
            if let k = firstNamed ?? firstAny { articleMain[a] = regions[k] }
        }
    }

    // MARK: scopes

    /// The first two clauses of a sentence (`count` of them, 0 to 2), as start/end pairs: a
    /// fixed-size value, not an array per sentence.
    private struct FirstClauses {
        var count = 0
        var first = (0, 0)
        var second = (0, 0)
        subscript(_ i: Int) -> (Int, Int) { i == 0 ? first : second }
    }

    /// Clause ends of the first two clauses of a sentence; only the first when it is longer than
    /// 10 scalars (``initialScope(_:sentence:)`` looks no further then).
    private func firstClauses(_ u: SentenceUnit) -> FirstClauses {
        var out = FirstClauses()
        var a = u.start
        while a < u.end && out.count < 2 {
            // a clause ends at the next break, or with the sentence
            let e = clauseBreaks.firstIndex(s, from: a, end: u.end)
            if out.count == 0 { out.first = (a, e) } else { out.second = (a, e) }
            out.count += 1
            if out.count == 1 && e - out.first.0 > 10 { break }
            a = e + 1
        }
        return out
    }

    /// A date or vague word opening the sentence (2024年, / 王玉普说,今年1-9月, / 近日,).
    func initialScope(_ u: SentenceUnit, sentence si: Int) -> Scope? {
        let clauses = firstClauses(u)
        for ci in 0..<clauses.count {
            let (a0, b) = clauses[ci]
            var a = a0
            while a < b, Chars.is(s[a], .space, in: table) { a += 1 }
            if ci == 1, clauses[0].1 - clauses[0].0 > 10 { break }
            // dates
            for di in dateIndices(a, b, from: sentenceDates[si]) {
                let tail = b - dateEnds[di]
                if dateStarts[di] == a || (tail <= 3 && tailIsTimeWord(dateEnds[di], b)) {
                    let p = dates[di].period
                    return .date(p, event: p.start.day != nil)
                }
            }
            // vague words
            var k = a
            while k < b {
                k = lx.vagueTime.nextPossibleStart(s, from: k, end: b)
                guard k < b else { break }
                let L = lx.vagueTime.prefix(s, at: k, end: b)
                if L > 0 {
                    if k == a || k + L >= b - 1 {
                        if isYearToDate(k, L) { k += L; continue }
                        let prop = lx.vagueScope.contains(s, k, k + L)
                        return .vague(propagates: prop)
                    }
                    k += L
                } else { k += 1 }
            }
        }
        return nil
    }

    private func tailIsTimeWord(_ a: Int, _ b: Int) -> Bool {
        a == b || lx.timeTails.contains(s, a, b)
    }

    /// 今年以来: a year-to-date figure, not a vague one.
    private func isYearToDate(_ k: Int, _ L: Int) -> Bool {
        guard s.has("以来", at: k), let ry = reference?.year else { return false }
        for d in dates where d.span.end == k { return d.period.start.year == ry }
        return false
    }

    /// 会上, / 启动仪式上, / 活动现场, : the sentence refers back to a dated event.
    func opensWithEventReference(_ u: SentenceUnit) -> Bool {
        if lx.anaphoricOpeners.prefix(s, at: u.start, end: u.end) > 0 { return true }
        var e = u.start
        while e < min(u.end, u.start + 10), !Chars.is(s[e], .clauseBreak, in: table) { e += 1 }
        guard e < u.end, Chars.is(s[e], .clauseBreak, in: table), e - u.start >= 2 else { return false }
        let last = s[e - 1]
        guard last == "上" || last == "中" || last == "间" || last == "后" else { return false }
        var k = u.start
        while k < e - 1 {
            if s[k] == "会" || s.has("仪式", at: k) || s.has("典礼", at: k) || s.has("活动", at: k) || s.has("现场", at: k) {
                return true
            }
            k += 1
        }
        return false
    }

    /// A day-grain date followed by an event verb in its clause (31日在北京召开).
    func eventScope(_ u: SentenceUnit, sentence si: Int) -> Scope? {
        for di in dateIndices(u.start, u.end, from: sentenceDates[si]) where dates[di].period.start.day != nil {
            // an event verb starting in the rest of the date's clause
            let clauseEnd = clauseEnds.firstIndex(s, from: dateEnds[di], end: u.end)
            var k = dateEnds[di]
            while k < clauseEnd {
                k = lx.eventVerbs.nextPossibleStart(s, from: k, end: clauseEnd)
                guard k < clauseEnd else { break }
                if lx.eventVerbs.prefix(s, at: k, end: u.end) > 0 { return .date(dates[di].period, event: true) }
                k += 1
            }
        }
        return nil
    }

    /// For each sentence, the index of the first of the sorted `starts` at or after its start: one
    /// walk, the sentences being in text order (the walk restarts should one start earlier).
    private static func firstIndices(in starts: [Int], for sentences: [SentenceUnit]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(sentences.count)
        var j = 0, previous = Int.min
        for u in sentences {
            if u.start < previous { j = 0 }
            previous = u.start
            while j < starts.count, starts[j] < u.start { j += 1 }
            out.append(j)
        }
        return out
    }

    /// Indices into `dates` of the dates from the first one starting at or after `a`, as long as
    /// they end by `b`.
    /// - Parameter lo: an index no date before which starts at or after `a`: `sentenceDates[si]`
    ///   when `a` is in sentence `si` (then the first date is a step or two away, not a search).
    func dateIndices(_ a: Int, _ b: Int, from lo: Int) -> Range<Int> {
        var lo = lo
        while lo < dateStarts.count, dateStarts[lo] < a { lo += 1 }
        var e = lo
        while e < dateEnds.count, dateEnds[e] <= b { e += 1 }
        return lo..<e
    }

    /// End offset of the last 全国/我国 (not 全国总工会 …) in `a..<b`, or -1.
    func lastNationalEnd(_ a: Int, _ b: Int) -> Int {
        var last = -1
        var k = a
        while k < b {
            if s[k] == "全" || s[k] == "我" {
                let L = lx.nationalWords.prefix(s, at: k, end: b)
                if L > 0 {
                    let e = k + L
                    if !lx.nationalNameTails.contains(where: { s.has($0, at: e) }) { last = e }
                    k = e; continue
                }
            }
            k += 1
        }
        return last
    }

    // MARK: attribution

    /// Appends the metrics of the sentence's candidates to `out` (the page's array: no array per sentence).
    /// - Parameter w: working arrays, reset here; the caller passes the same ones for every
    ///   sentence of the page, so that their storage is allocated once per page rather than five
    ///   times per sentence.
    /// - Parameter cands: the sentence's candidates, in text order.
    func attribute(_ cands: UnsafeBufferPointer<Candidate>, sentence si: Int, scratch w: inout SentenceScratch,
                   into out: inout [Metric]) {
        let u = seg.sentences[si]
        w.reset(count: cands.count)
        // list links: 26.7%和32.6%, 33.5%、30.4%和36.1%
        for i in cands.indices.dropFirst() {
            w.linked[i] = onlyConnectors(cands[i - 1].postEnd, cands[i].preStart)
        }
        let first = out.count   // this sentence's metrics are out[first...]
        vagueWords(u, into: &w.vague)
        var sentenceTopic: MetricTopic?? = nil
        // Neighbouring figures often share a subject span (a range's two ends, a borrowed
        // subject): its String and topic are built once and reused while the span repeats.
        var lastText: (start: Int, end: Int, text: String)? = nil
        func text(_ x: Int, _ y: Int) -> String {
            if let l = lastText, l.start == x, l.end == y { return l.text }
            let t = s.text(x, y)
            lastText = (x, y, t)
            return t
        }
        var lastTopic: (start: Int, end: Int, topic: MetricTopic?)? = nil
        func spanTopic(_ x: Int, _ y: Int) -> MetricTopic? {
            if let l = lastTopic, l.start == x, l.end == y { return l.topic }
            let t = bestTopic(s, x, y)
            lastTopic = (x, y, t)
            return t
        }
        func anp(_ i: Int) -> SubjectResult {
            if let r = w.afterNP[i] { return r }
            let r = afterNP(cands[i], u)
            w.afterNP[i] = r
            return r
        }
        for i in cands.indices {
            let c = cands[i]
            // the clause start, and the later of it and the previous figure's end (one backward scan)
            let fullClauseStart = self.clauseStart(c.preStart, u, previous: nil)
            var clauseStart = fullClauseStart
            if i > 0, cands[i - 1].postEnd > clauseStart, cands[i - 1].postEnd <= c.preStart { clauseStart = cands[i - 1].postEnd }
            // pure: computed once, read by the subject rules and the flags
            let changeHere = isChange(c, clauseStart: fullClauseStart)
            var subject: String? = nil
            var subjSpan: (Int, Int)? = nil
            var fromBefore = false
            let a = anp(i)
            if case .span(let x, let y, _) = a, c.info.kind != .percent || a.afterDe {
                subject = text(x, y); subjSpan = (x, y)
            } else if case .borrowNext = a, i + 1 < cands.count, case .span(let x, let y, _) = anp(i + 1) {
                subject = text(x, y); subjSpan = (x, y)
            } else if c.measureEnd == c.numEnd, i + 1 < cands.count, case .span(let x, let y, _) = anp(i + 1) {
                // the first end of a range (5—8名志愿者) names what the second end names
                subject = text(x, y); subjSpan = (x, y)
            } else {
                switch beforeNP(c, u, clauseStart: clauseStart, sentence: si) {
                case .span(let x, let y, _): subject = text(x, y); subjSpan = (x, y); fromBefore = true
                default:
                    // 分别比去年增长了26.7%和32.6%: distribute over the figures before the list
                    var g0 = i
                    while g0 > 0 && w.linked[g0] { g0 -= 1 }
                    // a list whose first figure has its own subject shares it (split later if enumerated)
                    if g0 < i, !w.borrowed[g0] {
                        subject = out[first + g0].subject; subjSpan = w.subjectSpans[g0]
                    }
                    var distributive = false
                    var q = fullClauseStart
                    while q + 1 < cands[g0].preStart { if s[q] == "分" && s[q + 1] == "别" { distributive = true; break }; q += 1 }
                    if distributive && subject == nil {
                        var g1 = i
                        while g1 + 1 < cands.count && w.linked[g1 + 1] { g1 += 1 }
                        let size = g1 - g0 + 1
                        let pos = i - g0
                        let src = g0 - size + pos
                        if src >= 0 && src < i { subject = out[first + src].subject; subjSpan = w.subjectSpans[src] }
                    }
                    // a share, a change or a figure of the same kind goes with the figure before it
                    if subject == nil, i > 0,
                       w.linked[i] || c.info.kind == .percent || changeHere
                        || cands[i - 1].info.kind == c.info.kind {
                        subject = out[first + i - 1].subject; subjSpan = w.subjectSpans[i - 1]
                    }
                }
            }
            // flags
            var change = changeHere
            if !change, w.linked[i], i > 0, out[first + i - 1].change, !fromBefore { change = true }
            let target = isTarget(c, u, clauseStart: fullClauseStart, opening: &w.opensWithTarget,
                                  lastClause: &w.targetClause)
            let period = self.period(c, u, si, target: target, vague: w.vague, yearPartEnd: &w.yearPartEnd)
            let region = self.region(c, u, si, nationalFrom: &w.nationalFrom)
            // surface
            var sa = c.preStart, sb = c.postEnd
            if let sp = subjSpan, sp.0 >= u.start, sp.1 <= u.end, abs(sp.0 - c.numStart) < 40 || abs(sp.1 - c.postEnd) < 40 {
                sa = min(sa, sp.0); sb = max(sb, sp.1)
            }
            var topic: MetricTopic
            if subject != nil, let sp = subjSpan, sp.0 >= 0, sp.1 <= s.count, sp.0 < sp.1, let t = spanTopic(sp.0, sp.1) {
                topic = t
            } else if let subject, subjSpan == nil, let t = subjectTopic(subject) {
                topic = t
            } else {
                if sentenceTopic == nil { sentenceTopic = .some(bestTopic(s, u.start, u.end)) }
                topic = (sentenceTopic ?? nil) ?? .other
            }
            out.append(Metric(value: c.value, unit: c.info.unit, kind: c.info.kind, currency: c.info.currency,
                              subject: subject, topic: topic, approx: c.approx, change: change, target: target,
                              period: period, region: region, articleIndex: u.article,
                              sentenceSpan: TextSpan(u.start, u.end), span: TextSpan(sa, sb), surface: s.text(sa, sb)))
            w.subjectSpans[i] = subjSpan
            w.borrowed[i] = !fromBefore && subjSpan.map { $0.1 <= c.preStart && $0.0 < clauseStart } ?? true
        }
        distributeEnumerations(&out, from: first, linked: w.linked, borrowed: w.borrowed)
    }

    /// The working arrays of one sentence's attribution, indexed by candidate (see ``attribute``).
    /// Reset per sentence; their storage is reused from one sentence to the next, so the
    /// per-candidate arrays may be longer than the sentence's candidate count: only indices
    /// below it are read.
    struct SentenceScratch {
        /// Candidate `i` continues a list with `i - 1` (26.7%和32.6%).
        var linked: [Bool] = []
        /// Memoized ``afterNP(_:_:)`` of candidate `i` (a figure may read its neighbour's).
        var afterNP: [SubjectResult?] = []
        /// Set when candidate `i` is attributed (read only for earlier candidates): its subject
        /// span, and whether its subject was borrowed. Its subject and change flag are read back
        /// from its metric, `out[first + i]`.
        var subjectSpans: [(Int, Int)?] = []
        var borrowed: [Bool] = []
        /// The sentence's vague time words, (start, length) (see ``vagueWords(_:into:)``).
        var vague: [(Int, Int)] = []
        /// Lazily computed per sentence: see ``sentenceOpensWithTarget(_:)``.
        var opensWithTarget: Bool? = nil
        /// The clause last searched for a target word: see ``isTarget(_:_:clauseStart:opening:lastClause:)``.
        var targetClause: (start: Int, end: Int, found: Bool)? = nil
        /// Lazily computed per sentence: see ``firstYearPartEnd(_:)``.
        var yearPartEnd: Int? = nil
        /// Lazily computed per sentence: see ``firstNationalCandidate(_:)``.
        var nationalFrom: Int? = nil

        mutating func reset(count: Int) {
            if linked.count < count {
                // room for a typical sentence at once, rather than growing one figure at a time
                let room = max(count, 16)
                linked.reserveCapacity(room); afterNP.reserveCapacity(room)
                subjectSpans.reserveCapacity(room); borrowed.reserveCapacity(room)
            }
            while linked.count < count {
                linked.append(false); afterNP.append(nil); subjectSpans.append(nil); borrowed.append(false)
            }
            for i in 0..<count { linked[i] = false; afterNP[i] = nil; subjectSpans[i] = nil; borrowed[i] = false }
            if !vague.isEmpty { vague.removeAll(keepingCapacity: true) }
            opensWithTarget = nil
            targetClause = nil
            yearPartEnd = nil
            nationalFrom = nil
        }
    }

    /// 一、二、三产业从业人员的占比从33.5%、30.4%和36.1%调整为…: a list of figures whose subject
    /// enumerates as many items gets one item each (第一产业从业人员 …); a later list of the same
    /// length with no subject of its own repeats them in order.
    /// Works on the sentence's metrics `out[first...]` (indices below are relative to `first`;
    /// `linked` and `borrowed` are read below that count only).
    private func distributeEnumerations(_ out: inout [Metric], from first: Int, linked: [Bool], borrowed: [Bool]) {
        var groups: [(Int, Int)] = []
        var g0 = 0
        let count = out.count - first
        for i in 1...max(1, count) where i == count || !linked[i] {
            if i - g0 >= 2 { groups.append((g0, i)) }
            g0 = i
        }
        var distributed: [(Int, Int)] = []
        for (a, b) in groups {
            let k = b - a
            if let base = out[first + a].subject, let items = enumeration(base, count: k) {
                for (j, item) in items.enumerated() { out[first + a + j].subject = item }
                distributed.append((a, b))
            } else if borrowed[a], let prev = distributed.last(where: { $0.1 - $0.0 == k }) {
                for j in 0..<k { out[first + a + j].subject = out[first + prev.0 + j].subject }
            }
        }
    }

    /// Splits `男、女职工` / `一、二、三产业从业人员` into `count` full items, or nil.
    private func enumeration(_ subject: String, count k: Int) -> [String]? {
        let u = Array(subject.unicodeScalars)
        var parts: [[Unicode.Scalar]] = [[]]
        for c in u {
            if c == "、" { parts.append([]) } else { parts[parts.count - 1].append(c) }
        }
        // a final 和/及 joins the last two items: 一、二和三产业
        if parts.count == k - 1, let last = parts.last, let j = last.firstIndex(where: { $0 == "和" || $0 == "及" }), j > 0 {
            parts.removeLast()
            parts.append(Array(last[..<j])); parts.append(Array(last[(j + 1)...]))
        }
        guard parts.count == k, k >= 2 else { return nil }
        let L = parts[0].count
        guard L >= 1, L <= 6, parts.dropLast().allSatisfy({ $0.count == L }), parts[k - 1].count > L + 1 else { return nil }
        let head = parts[k - 1][L...]
        var out: [String] = []
        for p in parts {
            var item = Array(p.prefix(L))
            // bare numerals enumerate ordinals: 一、二、三产业 = 第一、第二、第三产业
            if item.allSatisfy({ Chars.is($0, .cnDigit, in: table) }) { item.insert("第", at: 0) }
            out.append(CleanText.utf8String(item + head))
        }
        return out
    }

    private func onlyConnectors(_ a: Int, _ b: Int) -> Bool {
        if b <= a || b - a > 2 { return false }
        if b - a == 2 { return (s[a] == "以" && s[a + 1] == "及") || (s[a] == "、" && s[a + 1] == "和") }
        let c = s[a]
        return c == "、" || c == "和" || c == "及" || c == "与" || c == "," || c == "，" || c == "或"
    }

    /// Start of the clause holding `k`: after the last , ; : ( ) — or the previous figure.
    func clauseStart(_ k: Int, _ u: SentenceUnit, previous: Int?) -> Int {
        // after the last , ; : ( ) — … ! (or a sentence end) before `k`
        var a = figureClauseStops.afterLast(s, start: u.start, end: k)
        if let p = previous, p > a, p <= k { a = p }
        return a
    }

    // MARK: subjects

    enum SubjectResult {
        case none
        case borrowNext
        /// The subject is the text `s[start..<end]` (its `String` is built only if it is used).
        case span(Int, Int, afterDe: Bool)
        var afterDe: Bool { if case .span(_, _, let d) = self { return d } else { return false } }
    }

    /// Whether a measure word starts at `i` (not beyond `end`). Asks for no match value: reading
    /// one copied the measure trie (a retain and a release of each of its arrays).
    private func startsMeasure(_ i: Int, _ end: Int) -> Bool {
        lx.measures.shortestMatchLength(s, at: i, end: end) > 0
    }

    /// The noun phrase after the measure word (146名戍边民警 → 戍边民警).
    func afterNP(_ c: Candidate, _ u: SentenceUnit) -> SubjectResult {
        var a = c.postEnd
        let end = u.end
        var sawDe = false
        if a < end, s[a] == "的" { a += 1; sawDe = true }
        guard a < end else { return .none }
        if Chars.is(s[a], .digit, in: table) || (Chars.is(s[a], .numeral, in: table) && !Chars.is(s[a], .cnUnit, in: table)) {
            // 9类16个行业: the next figure names the thing
            if let n = NumberParser.parse(s, at: a, end: end), !n.bareOne, startsMeasure(n.end, end) {
                return .borrowNext
            }
        }
        // skip a leading quoted name: 3场“安康杯”竞赛
        if Chars.is(s[a], .openQuote, in: table) {
            var j = a + 1
            while j < end, !Chars.is(s[j], .closeQuote, in: table) { j += 1 }
            if j < end { a = j + 1 }
        }
        guard a < end, !Chars.is(s[a], .punct, in: table) else { return .none }
        // a list or range goes on: 500元至1000元, 15名及优秀组织奖14个
        if ScalarLists.listContinuers.contains(s[a]) { return .none }
        // 10名来自…的专家, 15名在10月迎来生日的…: a relative clause before the head noun
        let opensClause = lx.clauseOpeners.prefix(s, at: a, end: end) > 0
            || (s[a] == "在" && !(a + 1 < end && lx.zaiAdjectives.contains(s[a + 1].value)))
        if opensClause {
            var j = a
            var found = -1
            while j < min(end, a + 32) {
                if Chars.is(s[j], .clauseBreak, in: table) || Chars.is(s[j], .sentenceEnd, in: table) { break }
                if s[j] == "的" { found = j; break }
                j += 1
            }
            if found >= 0 { a = found + 1; sawDe = true } else if s[a] == "在" { return .none }
        }
        var e = a
        var lastDeng = -1
        while e < end && e - a < 24 {
            let ch = s[e]
            if Chars.is(ch, .digit, in: table) { break }
            if Chars.is(ch, .numeral, in: table), e > a, let n = NumberParser.parse(s, at: e, end: end), !n.bareOne,
               startsMeasure(n.end, end) { break }
            if ch == "(" || ch == "（" {
                var j = e + 1
                while j < end, s[j] != ")" && s[j] != "）", j - e < 12 { j += 1 }
                if j < end, s[j] == ")" || s[j] == "）" { e = j + 1; continue }
                break
            }
            if ch == "、" { e += 1; continue }
            if Chars.is(ch, .punct, in: table) || Chars.is(ch, .space, in: table) { break }
            if ch == "等", e > a, !PageContext.isRankDeng(s, e) {
                if e + 1 < end, !Chars.is(s[e + 1], .punct, in: table), lx.nounStops.prefix(s, at: e + 1, end: end) == 0 {
                    lastDeng = e; e += 1; continue
                }
                break
            }
            if ch == "的" { break }
            // a verb taking its own object starts the predicate: 468名农民工追回欠薪
            if e > a, lx.nounStarters.prefix(s, at: e, end: end) == 0 {
                let V = lx.objectVerbs.prefix(s, at: e, end: end)
                if V > 0, !isNominalized(e, V, end) { break }
            }
            let L = lx.nounStops.prefix(s, at: e, end: end)
            if L > 0 {
                if e == a {
                    let zaiAdj = ch == "在" && e + 1 < end && lx.zaiAdjectives.contains(s[e + 1].value)
                    if !zaiAdj && (L == 1 || lx.nounStarters.prefix(s, at: e, end: end) == 0) { return .none }
                } else if !(L == 1 && lx.stopPairExceptions.contains(pairKey(s[e - 1], s[e]))) {
                    break
                }
            }
            e += 1
        }
        var x = a
        if lastDeng >= 0 { x = lastDeng + 1 }
        // drop a trailing 、 or postposition 中 (在其1078家单建工会企业中)
        var y = e
        while y > x, s[y - 1] == "、" { y -= 1 }
        if y > x + 1, s[y - 1] == "中" || s[y - 1] == "内", s.text(max(u.start, c.preStart - 6), c.preStart).contains("在") { y -= 1 }
        guard y > x else { return .none }
        // 用3年时间实现X: the thing is the object of the next verb
        if s.equals(x, y, "时间") {
            var k = y
            let v = lx.objectVerbs.prefix(s, at: k, end: end)
            k += v > 0 ? v : 2
            var f = k
            while f < end, !Chars.is(s[f], .punct, in: table) { f += 1 }
            if f > k, f - k <= 20 { return .span(k, f, afterDe: false) }
            return .none
        }
        // 等10个单位荣获X称号: the title names them
        if e < end, let hv = lx.honourVerbs.forward.longestMatch(s, at: e, end: end) {
            var k = e + hv.length
            if k < end, Chars.is(s[k], .openQuote, in: table) { k += 1 }
            var f = k
            while f < end, f - k < 30, !Chars.is(s[f], .clauseBreak, in: table), !Chars.is(s[f], .sentenceEnd, in: table) {
                if s.has("称号", at: f) {
                    var t = f
                    while t > k, Chars.is(s[t - 1], .closeQuote, in: table) { t -= 1 }
                    if t > k { return .span(k, t, afterDe: sawDe) }
                    break
                }
                f += 1
            }
        }
        return .span(x, y, afterDe: sawDe)
    }

    /// The noun phrase before the number (调解成功案件47097件 → 调解成功案件).
    /// - Parameter si: the index of `u` (for its `sentenceDates` and `sentenceAnchors`).
    func beforeNP(_ c: Candidate, _ u: SentenceUnit, clauseStart: Int, sentence si: Int) -> SubjectResult {
        var a = clauseStart
        var b = c.preStart
        guard a < b else { return .none }
        // quoted names: keep what follows the last closing quote
        for k in stride(from: b - 1, through: a, by: -1) where Chars.is(s[k], .closeQuote, in: table) {
            if k + 1 < b { a = k + 1 }
            break
        }
        // 比去年同期增加3.2万人: a comparison with no noun phrase of its own
        if s[a] == "比" || s[a] == "较" || s.has("同比", at: a) || s.has("环比", at: a) { return .none }
        // comparisons: 参保人数比去年增加 → 参保人数
        for k in a..<b where (s[k] == "比" || s[k] == "较") && k > a {
            if k + 1 < b, s[k + 1] == "例" || s[k + 1] == "重" || s[k + 1] == "赛" || s[k + 1] == "武" || s[k + 1] == "拼" { continue }
            if k > a, s[k - 1] == "对" || s[k - 1] == "评" || s[k - 1] == "相" { continue }
            b = (s[k - 1] == "同" || s[k - 1] == "环") ? k - 1 : k
            break
        }
        // dates: X从2012年的N → X; 今年前9月全国新建… → after the date
        if let di = dateIndices(a, b, from: sentenceDates[si]).last {
            let ds = dateStarts[di]
            let prepLen: Int = {
                for w in lx.datePrepositions where s.has(w, at: ds - w.count) { return w.count }
                return 0
            }()
            if prepLen > 0, ds - prepLen > a, s[ds - prepLen] == "从" || s[ds - prepLen] == "自" || s[ds - prepLen] == "由" {
                b = ds - prepLen
            } else {
                a = max(a, dateEnds[di])
            }
        }
        guard a < b else { return .none }
        // a quoted name right before the number is the thing counted: “司机之家”56个
        if Chars.is(s[a], .openQuote, in: table), Chars.is(s[b - 1], .closeQuote, in: table), b - a > 2 {
            let inner = (a + 1..<b - 1).allSatisfy { !Chars.is(s[$0], .closeQuote, in: table) && !Chars.is(s[$0], .openQuote, in: table) }
            if inner { return .span(a + 1, b - 1, afterDe: false) }
        }
        // vague time words
        var k = a
        var lastVague = -1
        while k < b {
            k = lx.vagueTime.nextPossibleStart(s, from: k, end: b)
            guard k < b else { break }
            let L = lx.vagueTime.prefix(s, at: k, end: b)
            if L > 0 { lastVague = k + L; k += L } else { k += 1 }
        }
        if lastVague > a { a = lastVague }
        // 前9个月, 前三季度
        if a < b, s[a] == "前" {
            var j = a + 1
            while j < b, Chars.is(s[j], .numeral, in: table) { j += 1 }
            if j > a + 1 {
                if j < b, s[j] == "个" { j += 1 }
                if j < b, s[j] == "月" || s[j] == "季" { j += 1; if j < b, s[j] == "度" { j += 1 } }
                a = j
            }
        }
        let keepEachStart: Int? = { for q in a..<b where s[q] == "每" { return q }; return nil }()
        // strip leading function words, region names and verbs
        var changed = true
        var guardCount = 0
        while changed && a < b && guardCount < 12 {
            changed = false; guardCount += 1
            if let q = keepEachStart, q == a { break }
            while a < b, Chars.is(s[a], .space, in: table) || Chars.is(s[a], .punct, in: table) { a += 1; changed = true }
            if let end = anchorEnd(startingAt: a, endingBy: b, from: sentenceAnchors[si]) {
                a = end; changed = true; continue
            }
            let L = lx.leadStrip.prefix(s, at: a, end: b)
            if L == 1, a + 1 < b, lx.leadPairKeep.contains(pairKey(s[a], s[a + 1])) { break }
            // 全国劳模, 全省优秀…: the region word belongs to the title
            if L == 2, s[a] == "全", a + 2 < b, lx.titleAfterRegion.prefix(s, at: a + 2, end: b) > 0 { break }
            // 比去年同期增加3.2万人: a comparison, not a noun phrase
            if s[a] == "比" || s[a] == "较" { return .none }
            if L > 0, a + L < b || L == b - a {
                // don't eat the first character of a longer noun (全体职工 is fine; 共青团 is rare)
                a += L; changed = true; continue
            }
        }
        // trailing function words
        changed = true
        guardCount = 0
        while changed && b > a && guardCount < 8 {
            changed = false; guardCount += 1
            let L = lx.tailStrip.suffix(s, endingAt: b, start: a)
            if L == 1, b - 2 >= a, lx.tailPairKeep.contains(pairKey(s[b - 2], s[b - 1])) { break }
            if L > 0 { b -= L; changed = true }
        }
        guard a < b else { return .none }
        // 占职工总数的33%: the share belongs to the figure before
        if s[a] == "占" { return .none }
        // 每户平均救助2000元: a rate keeps its 每X (每人发放慰问金 → 慰问金)
        if let q = keepEachStart, q >= a {
            var p = q
            var obj: Int? = nil
            while p < b {
                let L = lx.objectVerbs.prefix(s, at: p, end: b)
                if L > 0 {
                    if b - (p + L) >= 2, !isNominalized(p, L, b) { obj = p + L }
                    p += L
                } else { p += 1 }
            }
            if let o = obj { return .span(o, b, afterDe: false) }
            return .span(q, b, afterDe: false)
        }
        // an organization before a verb: 河西区总工会出资 → 出资
        var e = b - 1
        while e >= max(a + 1, b - 3) {
            if lx.orgSuffixes.suffix(s, endingAt: e, start: a) > 0 { a = e; break }
            e -= 1
        }
        // verbs: 全省建立工会劳动法律监督组织 → 工会劳动法律监督组织 (not inside X的Y)
        var lastVerb: (Int, Int)? = nil
        var p = a
        while p < b {
            let L = lx.objectVerbs.prefix(s, at: p, end: b)
            if L > 0 {
                if !isNominalized(p, L, b), b - (p + L) >= 2 || p + L == b && p == a {
                    lastVerb = (p, L)
                }
                p += L
            } else { p += 1 }
        }
        if let (vp, vl) = lastVerb {
            let deAfter = (vp + vl..<b).contains { s[$0] == "的" }
            // a verb with its object after it; a verb alone (预计救助 → 救助) is the subject itself
            if !deAfter && (vp + vl < b || vp == a) {
                if vp + vl < b { a = vp + vl }
                // re-strip leading words (拖欠其工资 → 工资)
                while a < b {
                    let L = lx.leadStrip.prefix(s, at: a, end: b)
                    guard L > 0, a + L < b else { break }
                    if L == 1, lx.leadPairKeep.contains(pairKey(s[a], s[a + 1])) { break }
                    a += L
                }
            }
        }
        // X的Y: the head names the thing when it is specific enough
        if let d = (a..<b).last(where: { s[$0] == "的" }), b - (d + 1) >= 3 { a = d + 1 }
        // A、B等C → C (not 一等奖)
        if let d = (a..<b).last(where: { s[$0] == "等" && !PageContext.isRankDeng(s, $0) }), d + 1 < b { a = d + 1 }
        while b > a, s[b - 1] == "的" || s[b - 1] == "、" { b -= 1 }
        // “司机之家”56个 → 司机之家
        if b - a > 2, Chars.is(s[a], .openQuote, in: table), Chars.is(s[b - 1], .closeQuote, in: table),
           (a + 1..<b - 1).allSatisfy({ !Chars.is(s[$0], .closeQuote, in: table) }) { a += 1; b -= 1 }
        guard a < b else { return .none }
        return .span(a, b, afterDe: false)
    }

    /// 一等奖, 特等奖, 三等功: 等 after a numeral is a rank, not "etc.".
    static func isRankDeng(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        k > 0 && (Chars.is(s[k - 1], .numeral) || s[k - 1] == "特" || s[k - 1] == "同" || s[k - 1] == "平" || s[k - 1] == "高" || s[k - 1] == "中" || s[k - 1] == "初")
    }

    /// Whether the verb at `p` (length `L`) modifies a noun (帮扶资金, 服务站点, 培训人数) rather than taking an object.
    private func isNominalized(_ p: Int, _ L: Int, _ b: Int) -> Bool {
        let n = lx.verbNominalizers.prefix(s, at: p + L, end: b)
        if n == 0 { return false }
        if lx.fundVerbs.contains(s, p, p + L) {
            let i = p + L, j = p + L + n
            if s.equals(i, j, "资金") || s.equals(i, j, "经费") || s.equals(i, j, "补贴") || s.equals(i, j, "物资")
                || s.equals(i, j, "专项") { return false }
        }
        return true
    }

    // MARK: flags

    func isChange(_ c: Candidate, clauseStart: Int) -> Bool {
        let lo = max(clauseStart, c.preStart - 10)
        var q = lo
        var hasBi = false
        for k in clauseStart..<max(clauseStart, c.preStart) where s[k] == "比" || s[k] == "较" { hasBi = true; break }
        var result = false
        while q < c.preStart {
            let L = lx.changeVerbs.prefix(s, at: q, end: c.preStart)
            if L > 0 {
                let ve = q + L
                // 增至, 增加到, 提高为: a level
                if ve < c.preStart, lx.levelMarkers.contains(s[ve].value) { q = ve; result = false; continue }
                var gap = ve
                while gap < c.preStart, ScalarLists.changeFillers.contains(s[gap]) { gap += 1 }
                if gap == c.preStart {
                    if L >= 2 || hasBi { result = true }
                }
                q = ve
            } else { q += 1 }
        }
        return result
    }

    /// A target word in the figure's clause, or one opening the sentence.
    /// - Parameters:
    ///   - opening: ``sentenceOpensWithTarget(_:)`` of `u`, computed on first use.
    ///   - lastClause: the clause last searched for a target word and the answer (figures of one
    ///     clause share it: the clause is searched once).
    func isTarget(_ c: Candidate, _ u: SentenceUnit, clauseStart: Int, opening: inout Bool?,
                  lastClause: inout (start: Int, end: Int, found: Bool)?) -> Bool {
        let clauseEnd = clauseEnds.firstIndex(s, from: c.postEnd, end: u.end)
        let found: Bool
        if let l = lastClause, l.start == clauseStart, l.end == clauseEnd {
            found = l.found
        } else {
            found = hasTargetWord(clauseStart, clauseEnd)
            lastClause = (clauseStart, clauseEnd, found)
        }
        if found { return true }
        if let known = opening { return known }
        let opens = sentenceOpensWithTarget(u)
        opening = opens
        return opens
    }

    /// Whether a target word (计划, 力争 …) starts in `a..<b` and ends by `b`.
    private func hasTargetWord(_ a: Int, _ b: Int) -> Bool {
        var q = a
        while q < b {
            q = lx.targetWords.nextPossibleStart(s, from: q, end: b)
            guard q < b else { break }
            if lx.targetWords.shortestPrefix(s, at: q, end: b) > 0 { return true }
            q += 1
        }
        return false
    }

    /// 计划…, 力争… at the sentence start covers the sentence.
    func sentenceOpensWithTarget(_ u: SentenceUnit) -> Bool {
        let lead = min(u.end, u.start + 4)
        var k = u.start
        while k < lead {
            let L = lx.targetWords.prefix(s, at: k, end: u.end)
            if L >= 2 { return true }
            k += 1
        }
        return false
    }

    // MARK: period

    /// Whether date `di` is the baseline of a comparison (比去年, 与2023年相比).
    private func isBaseline(_ di: Int) -> Bool {
        let a = dateStarts[di]
        if a > 0, s[a - 1] == "比" || s[a - 1] == "较" { return true }
        // 同比 / 相比 just before (比 itself is handled above)
        if a > 1, s[a - 1] == "比", s[a - 2] == "同" || s[a - 2] == "相" { return true }
        if a > 0, s[a - 1] == "与" || s[a - 1] == "和" || s[a - 1] == "同" {
            let dEnd = dateEnds[di]
            var k = dEnd
            while k < min(s.count, dEnd + 8) {
                // 相比 / 比较
                if k + 1 < s.count, (s[k] == "相" && s[k + 1] == "比") || (s[k] == "比" && s[k + 1] == "较") { return true }
                if Chars.is(s[k], .clauseBreak, in: table) { break }
                k += 1
            }
        }
        return false
    }

    private func yearOnly(_ p: MetricPeriod) -> MetricPeriod { MetricPeriod(CivilDate(year: p.start.year)) }

    /// A date used as a period: a range inside one year counts as that year.
    private func asPeriod(_ p: MetricPeriod) -> MetricPeriod {
        if p.start != p.end {
            return p.start.year == p.end.year ? yearOnly(p) : p
        }
        return p
    }

    /// Vague time words of a sentence: (start, length), year-to-date ones left out.
    func vagueWords(_ u: SentenceUnit, into out: inout [(Int, Int)]) {
        var k = u.start
        while k < u.end {
            k = lx.vagueTime.nextPossibleStart(s, from: k, end: u.end)
            guard k < u.end else { break }
            let L = lx.vagueTime.prefix(s, at: k, end: u.end)
            if L > 0 {
                if !isYearToDate(k, L) { out.append((k, L)) }
                k += L
            } else { k += 1 }
        }
    }

    /// The smallest end of a year-part word (一季度, 上半年 …) in the sentence, or `Int.max`.
    /// A figure at `p` has a year part before it exactly when this end is at most `p`: a word
    /// starting at `q` fits in `q..<p` when its shortest match at `q` does.
    func firstYearPartEnd(_ u: SentenceUnit) -> Int {
        var best = Int.max
        var q = u.start
        while q < u.end && q < best {
            q = lx.yearParts.nextPossibleStart(s, from: q, end: u.end)
            guard q < u.end && q < best else { break }
            let L = lx.yearParts.shortestPrefix(s, at: q, end: u.end)
            if L > 0 { best = min(best, q + L) }
            q += 1
        }
        return best
    }

    /// - Parameter yearPartEnd: ``firstYearPartEnd(_:)`` of `u`, computed on first use.
    func period(_ c: Candidate, _ u: SentenceUnit, _ si: Int, target: Bool, vague: [(Int, Int)],
                yearPartEnd: inout Int?) -> MetricPeriod? {
        if c.info.isAge { return nil }
        // the nearest time expression before the figure in its sentence
        var bestPos = -1
        var bestDate: MetricPeriod? = nil
        for di in dateIndices(u.start, c.preStart, from: sentenceDates[si]) where !isBaseline(di) {
            if dateStarts[di] > bestPos { bestPos = dateStarts[di]; bestDate = dates[di].period }
        }
        var vagueAfter = false
        for (k, L) in vague {
            if k + L <= c.preStart {
                if k > bestPos { bestPos = k; bestDate = nil }
            } else if k >= c.postEnd {
                vagueAfter = true
            }
        }
        if bestPos >= 0 { return bestDate.map(asPeriod) }
        if vagueAfter { return nil }
        // 一季度, 上半年, 全年 …: the year, never the day of an earlier event
        let partEnd: Int
        if let known = yearPartEnd { partEnd = known } else { partEnd = firstYearPartEnd(u); yearPartEnd = partEnd }
        let yearPart = partEnd <= c.preStart
        // the scope set by an earlier sentence of the paragraph
        var j = si - 1
        while j >= 0, seg.sentences[j].paragraph == u.paragraph {
            switch scopes[j] {
            case .date(let p, _)?: return target || yearPart ? yearOnly(p) : asPeriod(p)
            case .vague(let prop)? where prop: return nil
            default: break
            }
            j -= 1
        }
        // 会上, 会议上 …: the event dated earlier in the article
        if case .date(let p, _)? = scopes[si], opensWithEventReference(u) {
            return target || yearPart ? yearOnly(p) : asPeriod(p)
        }
        if let y = articleDefault[u.article] { return MetricPeriod(CivilDate(year: y)) }
        return nil
    }

    // MARK: region

    /// The first 全 or 我 of the sentence (where a 全国/我国 could start), or `u.end`.
    func firstNationalCandidate(_ u: SentenceUnit) -> Int {
        nationalStarts.firstIndex(s, from: u.start, end: u.end)
    }

    /// - Parameter nationalFrom: ``firstNationalCandidate(_:)`` of `u`, computed on first use.
    func region(_ c: Candidate, _ u: SentenceUnit, _ si: Int, nationalFrom: inout Int?) -> RegionAnchor? {
        // the nearest region named before the figure in its sentence
        // Anchors are sorted by span: only those starting in u.start ... c.numStart can qualify
        // (end >= start), visited in the same order as a full scan.
        var best: Int? = nil
        var j = sentenceAnchors[si]   // the first anchor starting at or after u.start
        while j < regionStarts.count, regionStarts[j] <= c.numStart {
            if regionEnds[j] <= c.numStart && !excluded[j] && !shadowed[j] {
                if best == nil || regionEnds[j] >= regionEnds[best!] { best = j }
            }
            j += 1
        }
        // (the scan from u.start finds nothing before the sentence's first 全/我)
        let from: Int
        if let known = nationalFrom { from = known } else { from = firstNationalCandidate(u); nationalFrom = from }
        let national = from < c.numStart ? lastNationalEnd(from, c.numStart) : -1
        if let b = best {
            if national > regionEnds[b] { return nil }
            return regions[b]
        }
        if national >= 0 { return nil }
        // the region the paragraph opens with (chain 江苏省连云港市连云区 → 连云区)
        let pStart = seg.paragraphStart[u.paragraph]
        if pStart < u.start {
            var j = firstAnchor(from: pStart)
            while j < regionStarts.count, regionStarts[j] <= u.start {
                if regionEnds[j] > u.start || excluded[j] || shadowed[j] { j += 1; continue }
                var cur = j
                while cur + 1 < regionStarts.count, regionStarts[cur + 1] == regionEnds[cur],
                      !excluded[cur + 1] { cur += 1 }
                return regions[cur]
            }
        }
        if articleNational[u.article] { return nil }
        return articleMain[u.article]
    }

    // MARK: topic

    func subjectTopic(_ subject: String) -> MetricTopic? {
        let sub = Array(subject.unicodeScalars)
        return bestTopic(sub, 0, sub.count)
    }

    func topic(_ subject: String?, _ u: SentenceUnit) -> MetricTopic {
        if let subject {
            let sub = Array(subject.unicodeScalars)
            if let t = bestTopic(sub, 0, sub.count) { return t }
        }
        return bestTopic(s, u.start, u.end) ?? .other
    }

    private static let topicOrder: [MetricTopic] = MetricTopic.allCases

    private func bestTopic(_ t: [Unicode.Scalar], _ a: Int, _ b: Int) -> MetricTopic? {
        var counts = (0, 0, 0, 0, 0, 0, 0)
        var any = false
        var k = a
        while k < b {
            k = lx.topicTrie.nextPossibleStart(t, from: k, end: b)
            guard k < b else { break }
            if let m = lx.topicTrie.longestMatch(t, at: k, end: b) {
                any = true
                switch m.value {
                case .legalRights: counts.0 += 1
                case .assistance: counts.1 += 1
                case .health: counts.2 += 1
                case .cultureSports: counts.3 += 1
                case .employment: counts.4 += 1
                case .organizationBuilding: counts.5 += 1
                case .other: counts.6 += 1
                }
                k += m.length
            } else { k += 1 }
        }
        guard any else { return nil }
        // The first topic with the highest count (no arrays built per call).
        var best = MetricTopic.legalRights, bestCount = counts.0
        if counts.1 > bestCount { best = .assistance; bestCount = counts.1 }
        if counts.2 > bestCount { best = .health; bestCount = counts.2 }
        if counts.3 > bestCount { best = .cultureSports; bestCount = counts.3 }
        if counts.4 > bestCount { best = .employment; bestCount = counts.4 }
        if counts.5 > bestCount { best = .organizationBuilding; bestCount = counts.5 }
        if counts.6 > bestCount { best = .other }
        return best
    }
}
