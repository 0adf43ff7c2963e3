/// Finds explicit calendar dates and years in scalar text: `2015年10月29日`,
/// `2022-07-29`, `2018/1/16`, `2024年`.
public enum DateScanner {
    static let nian: Unicode.Scalar = "年"
    static let yue: Unicode.Scalar = "月"
    static let ri: Unicode.Scalar = "日"
    static let hao: Unicode.Scalar = "号"

    /// Plausible years for news pages.
    public static let yearRange = 1900...2100

    /// A full date (year, month and day) starting at `i`: the date and the scalar count.
    public static func fullDate(_ text: [Unicode.Scalar], at i: Int, end: Int) -> (date: CivilDate, length: Int)? {
        guard i + 8 <= end || i + 6 <= end else { return nil }
        if i > 0, ScalarClass.isDigit(text[i - 1]) { return nil }
        guard let (year, yd) = ScalarMatch.integer(text, at: i, end: end, maxDigits: 5), yd == 4,
              yearRange.contains(year) else { return nil }
        var j = i + 4
        guard j < end else { return nil }
        let sep = text[j]
        if sep == nian {
            j += 1
            guard let (month, md) = ScalarMatch.integer(text, at: j, end: end, maxDigits: 3), md <= 2,
                  (1...12).contains(month) else { return nil }
            j += md
            guard j < end, text[j] == yue else { return nil }
            j += 1
            guard let (day, dd) = ScalarMatch.integer(text, at: j, end: end, maxDigits: 3), dd <= 2,
                  (1...31).contains(day) else { return nil }
            j += dd
            guard j < end, text[j] == ri || text[j] == hao else { return nil }
            return (CivilDate(year: year, month: month, day: day), j + 1 - i)
        }
        guard sep == "-" || sep == "/" || sep == "." else { return nil }
        j += 1
        guard let (month, md) = ScalarMatch.integer(text, at: j, end: end, maxDigits: 3), md <= 2,
              (1...12).contains(month) else { return nil }
        j += md
        guard j < end, text[j] == sep else { return nil }
        j += 1
        guard let (day, dd) = ScalarMatch.integer(text, at: j, end: end, maxDigits: 3), dd <= 2,
              (1...31).contains(day) else { return nil }
        j += dd
        if j < end, ScalarClass.isDigit(text[j]) || (sep == "." && text[j] == ".") { return nil }
        return (CivilDate(year: year, month: month, day: day), j - i)
    }

    /// A year written `YYYY年` starting at `i`.
    public static func year(_ text: [Unicode.Scalar], at i: Int, end: Int) -> Int? {
        if i > 0, ScalarClass.isDigit(text[i - 1]) { return nil }
        guard let (year, yd) = ScalarMatch.integer(text, at: i, end: end, maxDigits: 5), yd == 4,
              yearRange.contains(year), i + 4 < end, text[i + 4] == nian else { return nil }
        return year
    }

    /// Every full date in `text[range]`, in order.
    public static func fullDates(_ text: [Unicode.Scalar], in range: Range<Int>) -> [(date: CivilDate, span: TextSpan)] {
        var out: [(CivilDate, TextSpan)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if ScalarClass.isDigit(text[i]), let (d, n) = fullDate(text, at: i, end: range.upperBound) {
                out.append((d, TextSpan(i, i + n))); i += n; continue
            }
            i += 1
        }
        return out
    }
}
