import NewsText

/// Finds date expressions in a page's cleaned text.
///
/// Recognized: `YYYY年[M月[D日]]`, `YYYY年度`, `YYYY-MM-DD` (also `/` and `.`),
/// `M月[D日]`, `M月份`, `D日` (month from the nearest preceding date, else the
/// reference), `今年/去年/前年/明年[M月[D日]]`, and ranges inside one expression
/// (`今年1-9月`, `3月至5月`, `10月14日至16日`) as `START/END`.
/// Not dates: 近日, 日前, 近年来, 目前, 今日, 当年, 往年, holidays, times (12:08).
struct DateEngine: Sendable {
    func run(scalars s: [Unicode.Scalar], articleSpans: [TextSpan], reference: CivilDate?) -> [DateMention] {
        let n = s.count
        let refYear = reference?.year ?? DateEngine.latestExplicitYear(s)
        var out: [DateMention] = []
        var context: CivilDate? = reference?.month != nil ? CivilDate(year: reference!.year, month: reference!.month) : nil
        var i = 0
        let T = Chars.table
        let starters = ScalarBitmap.dateStarts
        while i < n {
            i = starters.firstIndex(s, from: i, end: n)
            guard i < n else { break }
            let c = s[i]
            // Not a digit: a date starts here only as 今年… or as four Chinese digits (二〇二四年), so
            // the commonest stops (一, 前, 本 …) go on at once, as `match` would send them.
            if !Chars.is(c, .digit, in: T), !DateEngine.mayStartWordDate(s, at: i) { i += 1; continue }
            if i > 0, Chars.is(s[i - 1], [.digit, .latin], in: T) || s[i - 1] == "."
                || (s[i - 1] == ":" && i > 1 && Chars.is(s[i - 2], .digit, in: T)) {
                i += 1; continue
            }
            if let m = match(s, at: i, refYear: refYear, reference: reference, context: context) {
                let span = TextSpan(i, m.end)
                out.append(DateMention(surface: s.text(i, m.end), span: span,
                                       articleIndex: Segmentation.article(of: i, in: articleSpans),
                                       period: m.period, yearInferred: m.inferred))
                if m.period.end.month != nil { context = CivilDate(year: m.period.end.year, month: m.period.end.month) }
                i = m.end
                continue
            }
            // skip the rest of a digit run
            if Chars.is(c, .digit, in: T) { while i < n, Chars.is(s[i], .digit, in: T) { i += 1 } } else { i += 1 }
        }
        return out
    }

    struct Match { var end: Int; var period: MetricPeriod; var inferred: Bool }

    /// Whether `match` could succeed at `i`, a date trigger or a Chinese digit (not a digit): a
    /// trigger needs 年 after it (今年), a Chinese digit another one (a year of four).
    @inline(__always)
    static func mayStartWordDate(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 1 < s.count else { return false }
        let next = s[i + 1]
        return next == "年" || Chars.cnDigitValue(next) != nil
    }

    /// Reads 1-2 (or `maxLen`) ASCII/full-width digits at `i`.
    @inline(__always)
    static func digits(_ s: [Unicode.Scalar], _ i: Int, maxLen: Int = 2) -> (value: Int, end: Int)? {
        var j = i, v = 0
        while j < s.count, j - i < maxLen + 1, let d = Chars.digitValue(s[j]) { v = v * 10 + d; j += 1 }
        if j == i || j - i > maxLen { return nil }
        return (v, j)
    }

    static func isConnector(_ c: Unicode.Scalar) -> Bool {
        c == "至" || c == "到" || c == "-" || c == "—" || c == "–" || c == "~" || c == "～" || c == "－"
    }

    /// The year of the latest 4-digit `YYYY年` or `YYYY-MM-DD` printed on the page.
    static func latestExplicitYear(_ s: [Unicode.Scalar]) -> Int? {
        var best: Int? = nil
        var i = 0
        let n = s.count
        while i < n {
            if Chars.is(s[i], .digit), i == 0 || !Chars.is(s[i - 1], .digit) {
                var j = i, v = 0
                while j < n, let d = Chars.digitValue(s[j]) { if j - i < 6 { v = v * 10 + d }; j += 1 }
                if j - i == 4, (1900...2100).contains(v), j < n, s[j] == "年" || s[j] == "-" {
                    best = max(best ?? v, v)
                }
                i = j
            } else { i += 1 }
        }
        return best
    }

    func monthDayYear(_ m: Int, _ d: Int?, refYear: Int, reference: CivilDate?) -> Int {
        guard let d, let rm = reference?.month, let rd = reference?.day else { return refYear }
        if reference?.year == refYear, (m, d) > (rm, rd) { return refYear - 1 }
        return refYear
    }

    func match(_ s: [Unicode.Scalar], at i: Int, refYear: Int?, reference: CivilDate?, context: CivilDate?) -> Match? {
        let n = s.count
        let c = s[i]
        // 今年 / 去年 / 前年 / 明年
        if Chars.is(c, .dateTrigger) {
            guard i + 1 < n, s[i + 1] == "年", let ry = refYear else { return nil }
            let year: Int
            switch c {
            case "今": year = ry
            case "去": year = ry - 1
            case "前": year = ry - 2
            case "明": year = ry + 1
            default: return nil
            }
            // 过去年, 往前年 …: not a date word
            if i > 0, s[i - 1] == "过" || s[i - 1] == "之" || s[i - 1] == "往" || s[i - 1] == "提" || s[i - 1] == "目" { return nil }
            if let tail = monthPart(s, at: i + 2, year: year) {
                return Match(end: tail.end, period: tail.period, inferred: true)
            }
            var e = i + 2
            if e < n, s[e] == "底" || s[e] == "初" || s[e] == "末" { e += 1 }
            return Match(end: e, period: MetricPeriod(CivilDate(year: year)), inferred: true)
        }
        // Chinese-digit year: 二〇二四年
        if Chars.is(c, .cnDigit) {
            var j = i, v = 0
            while j < n, j - i < 5, let d = Chars.cnDigitValue(s[j]) { v = v * 10 + d; j += 1 }
            guard j - i == 4, j < n, s[j] == "年", (1900...2100).contains(v) else { return nil }
            return Match(end: j + 1, period: MetricPeriod(CivilDate(year: v)), inferred: false)
        }
        guard let first = DateEngine.digits(s, i, maxLen: 4) else { return nil }
        let len = first.end - i
        var j = first.end
        if len == 4 {
            let year = first.value
            guard (1900...2100).contains(year), j < n else { return nil }
            let sep = s[j]
            if sep == "-" || sep == "/" || sep == ".", let m = DateEngine.digits(s, j + 1), (1...12).contains(m.value),
               m.end < n, s[m.end] == sep, let d = DateEngine.digits(s, m.end + 1), (1...31).contains(d.value),
               d.end >= n || !Chars.is(s[d.end], .digit) {
                return Match(end: d.end, period: MetricPeriod(CivilDate(year: year, month: m.value, day: d.value)),
                             inferred: false)
            }
            guard sep == "年" else { return nil }
            j += 1
            if j < n, s[j] == "度" {
                return Match(end: j + 1, period: MetricPeriod(CivilDate(year: year)), inferred: false)
            }
            if let tail = monthPart(s, at: j, year: year) {
                return Match(end: tail.end, period: tail.period, inferred: false)
            }
            var e = j
            if e < n, s[e] == "底" || s[e] == "初" || s[e] == "末" { e += 1 }
            // year range: 2021年至2023年
            if e < n, DateEngine.isConnector(s[e]), let y2 = DateEngine.digits(s, e + 1, maxLen: 4),
               y2.end - e - 1 == 4, y2.end < n, s[y2.end] == "年", y2.value > year, y2.value <= 2100 {
                return Match(end: y2.end + 1,
                             period: MetricPeriod(start: CivilDate(year: year), end: CivilDate(year: y2.value)),
                             inferred: false)
            }
            return Match(end: e, period: MetricPeriod(CivilDate(year: year)), inferred: false)
        }
        guard len <= 2, j < n else { return nil }
        // M月… (not 前9月, 每月 …)
        if i > 0 {
            let p = s[i - 1]
            if p == "前" || p == "近" || p == "后" || p == "每" || p == "第" || p == "个" || p == "数" || p == "几" ||
               p == "-" || p == "~" || p == "～" { return nil }
        }
        guard let ry = refYear else { return nil }
        if s[j] == "月" || DateEngine.isConnector(s[j]) {
            // compute the year once the month (and day) are known
            if let tail = monthPart(s, at: i, year: ry) {
                var p = tail.period
                let y = monthDayYear(p.start.month ?? 1, p.start.day, refYear: ry, reference: reference)
                if y != ry {
                    p.start.year -= (ry - y); p.end.year -= (ry - y)
                }
                return Match(end: tail.end, period: p, inferred: true)
            }
            return nil
        }
        // D日 (day only): month from the context
        if s[j] == "日", (1...31).contains(first.value), i == 0 || s[i - 1] != "月" {
            if j + 1 < n, s[j + 1] == "内" || s[j + 1] == "以" || s[j + 1] == "之" || s[j + 1] == "均" { return nil }
            guard let ctx = context, let m = ctx.month else { return nil }
            var e = j + 1
            var end = CivilDate(year: ctx.year, month: m, day: first.value)
            if e < n, DateEngine.isConnector(s[e]), let d2 = DateEngine.digits(s, e + 1), d2.end < n, s[d2.end] == "日",
               d2.value > first.value, d2.value <= 31 {
                end.day = d2.value
                e = d2.end + 1
            }
            return Match(end: e, period: MetricPeriod(start: CivilDate(year: ctx.year, month: m, day: first.value), end: end),
                         inferred: true)
        }
        return nil
    }

    /// `M月[份|底|初][D日|号]`, `M-N月`, `M月D日至[M月]D日`, starting at `i`.
    func monthPart(_ s: [Unicode.Scalar], at i: Int, year: Int) -> (end: Int, period: MetricPeriod)? {
        let n = s.count
        guard let m = DateEngine.digits(s, i), (1...12).contains(m.value), m.end < n else { return nil }
        var j = m.end
        // M-N月
        if DateEngine.isConnector(s[j]), let m2 = DateEngine.digits(s, j + 1), m2.end < n, s[m2.end] == "月",
           (1...12).contains(m2.value), m2.value > m.value {
            var e = m2.end + 1
            if e < n, s[e] == "份" { e += 1 }
            return (e, MetricPeriod(start: CivilDate(year: year, month: m.value), end: CivilDate(year: year, month: m2.value)))
        }
        guard s[j] == "月" else { return nil }
        j += 1
        if j < n, s[j] == "份" || s[j] == "底" || s[j] == "初" || s[j] == "末" {
            return (j + 1, MetricPeriod(CivilDate(year: year, month: m.value)))
        }
        if let d = DateEngine.digits(s, j), d.end < n, s[d.end] == "日" || s[d.end] == "号", (1...31).contains(d.value) {
            let start = CivilDate(year: year, month: m.value, day: d.value)
            var e = d.end + 1
            // ranges: 10月14日至16日, 10月30日至11月2日
            if e < n, DateEngine.isConnector(s[e]) {
                if let m2 = DateEngine.digits(s, e + 1), m2.end < n, s[m2.end] == "月",
                   let d2 = DateEngine.digits(s, m2.end + 1), d2.end < n, s[d2.end] == "日",
                   (1...12).contains(m2.value), (1...31).contains(d2.value), (m2.value, d2.value) > (m.value, d.value) {
                    e = d2.end + 1
                    return (e, MetricPeriod(start: start, end: CivilDate(year: year, month: m2.value, day: d2.value)))
                }
                if let d2 = DateEngine.digits(s, e + 1), d2.end < n, s[d2.end] == "日", d2.value > d.value, d2.value <= 31 {
                    e = d2.end + 1
                    return (e, MetricPeriod(start: start, end: CivilDate(year: year, month: m.value, day: d2.value)))
                }
            }
            return (e, MetricPeriod(start))
        }
        // M月至N月
        if j < n, DateEngine.isConnector(s[j]), let m2 = DateEngine.digits(s, j + 1), m2.end < n, s[m2.end] == "月",
           (1...12).contains(m2.value), m2.value > m.value {
            return (m2.end + 1, MetricPeriod(start: CivilDate(year: year, month: m.value), end: CivilDate(year: year, month: m2.value)))
        }
        return (j, MetricPeriod(CivilDate(year: year, month: m.value)))
    }
}
