import Foundation

/// A number read from the text, before its measure word.
struct ParsedNumber: Sendable {
    var start: Int
    /// One past the numeral, its scale words and an inner 余/多 (10余万, 3万多).
    var end: Int
    var value: Decimal
    var chinese: Bool = false
    /// The numeral is the single character 一 (indefinite: 一个, 一次 …).
    var bareOne: Bool = false
    /// A scale word alone (万, 千, 百) with no digit.
    var bareScale: Bool = false
    /// Chinese digits without units (二〇二四, 五一): a name or a year, not a quantity.
    var digitString: Bool = false
    /// Number of integer digits of an Arabic numeral (for years).
    var integerDigits: Int = 0
    var hasFraction: Bool = false
    var leadingZero: Bool = false
    /// A scale word was applied (万 亿 千 百).
    var scaled: Bool = false
    /// 余/多 inside the number.
    var approx: Bool = false
    /// 百分之X or X分之Y: already a percentage.
    var percent: Bool = false
}

enum NumberParser {
    /// Parses the number starting at `i` (not beyond `end`).
    static func parse(_ s: [Unicode.Scalar], at i: Int, end: Int) -> ParsedNumber? {
        guard i < end else { return nil }
        // 百分之X
        if s[i] == "百", i + 3 < end, s[i + 1] == "分", s[i + 2] == "之" {
            guard var n = parsePlain(s, at: i + 3, end: end), !n.digitString else { return nil }
            n.start = i; n.percent = true; n.bareOne = false; n.bareScale = false
            return n
        }
        guard var n = parsePlain(s, at: i, end: end) else { return nil }
        // X分之Y (a fraction, stored as a percentage)
        if n.end + 2 < end, s[n.end] == "分", s[n.end + 1] == "之",
           let d = parsePlain(s, at: n.end + 2, end: end), !d.digitString, !n.digitString,
           n.value != 0 {
            var q = d.value / n.value * 100
            var r = Decimal()
            NSDecimalRound(&r, &q, 2, .plain)
            let exact = (r == q)
            n = ParsedNumber(start: i, end: d.end, value: r, chinese: n.chinese, approx: !exact, percent: true)
        }
        return n
    }

    /// A plain number: Arabic or Chinese, with scale words and inner 余/多.
    static func parsePlain(_ s: [Unicode.Scalar], at i: Int, end: Int) -> ParsedNumber? {
        if Chars.digitValue(s[i]) != nil { return parseArabic(s, at: i, end: end) }
        if Chars.is(s[i], [.cnDigit, .cnUnit]) { return parseChinese(s, at: i, end: end) }
        return nil
    }

    private static func decimal(_ mantissa: UInt64, exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: Decimal(mantissa))
    }

    static func parseArabic(_ s: [Unicode.Scalar], at i: Int, end: Int) -> ParsedNumber? {
        var j = i
        var mant: UInt64 = 0
        var nd = 0, intDigits = 0, frac = 0
        var overflow = false
        @inline(__always) func push(_ d: Int) {
            if nd >= 18 { overflow = true; return }
            mant = mant &* 10 &+ UInt64(d); nd += 1
        }
        while j < end, let d = Chars.digitValue(s[j]) { push(d); intDigits += 1; j += 1 }
        // thousands separators: 1,234,567 (first group of 1-3 digits, then groups of exactly 3)
        if intDigits >= 1 && intDigits <= 3 {
            while j + 3 < end, s[j] == ",",
                  let d1 = Chars.digitValue(s[j + 1]), let d2 = Chars.digitValue(s[j + 2]),
                  let d3 = Chars.digitValue(s[j + 3]),
                  j + 4 >= end || Chars.digitValue(s[j + 4]) == nil || (j + 7 < end && s[j + 4] == ",") {
                push(d1); push(d2); push(d3)
                intDigits += 3; j += 4
            }
        }
        if j + 1 < end, s[j] == "." || s[j] == "．", Chars.digitValue(s[j + 1]) != nil {
            j += 1
            while j < end, let d = Chars.digitValue(s[j]) { push(d); frac += 1; j += 1 }
        }
        if overflow { return nil }
        var n = ParsedNumber(start: i, end: j, value: 0)
        n.integerDigits = intDigits
        n.hasFraction = frac > 0
        n.leadingZero = intDigits > 1 && Chars.digitValue(s[i]) == 0
        var exponent = -frac
        applySuffix(s, &n, &exponent, end: end)
        n.value = decimal(mant, exponent: exponent)
        return n
    }

    /// Scale words and 余/多 after a numeral: 10余万, 3万多, 2.75万, 1.2万余.
    private static func applySuffix(_ s: [Unicode.Scalar], _ n: inout ParsedNumber, _ exponent: inout Int, end: Int) {
        var j = n.end
        if j < end, s[j] == "余" || s[j] == "多", j + 1 < end, s[j + 1] == "万" || s[j + 1] == "亿" || s[j + 1] == "千" {
            n.approx = true; j += 1
        }
        var scaled = false
        while j < end, j - n.end < 3, let p = Chars.cnUnitPower(s[j]), p >= 2 {
            // 千米, 千克, 千瓦, 百分点: the character belongs to the measure word
            if p == 3, j + 1 < end, ScalarLists.kiloMeasures.contains(s[j + 1]) { break }
            if p == 2, j + 1 < end, s[j + 1] == "分" { break }
            exponent += p; scaled = true; j += 1
        }
        n.scaled = scaled
        n.end = j
    }

    static func parseChinese(_ s: [Unicode.Scalar], at i: Int, end: Int) -> ParsedNumber? {
        var j = i
        var high: UInt64 = 0      // 亿 part
        var mid: UInt64 = 0       // 万 part
        var small: UInt64 = 0     // below 万
        var digit: UInt64? = nil
        var prevWasDigit = false, prevWasZero = false
        var digitCount = 0, unitCount = 0
        var digitString = false
        var lastPower = 0
        var sawZeroSinceUnit = false
        var wanCount = 0, yiCount = 0
        while j < end {
            let c = s[j]
            if let d = Chars.cnDigitValue(c) {
                if prevWasDigit && !prevWasZero && d != 0 { digitString = true }
                if prevWasDigit && d == 0 && !prevWasZero { digitString = true }
                if d == 0 { sawZeroSinceUnit = true }
                digit = UInt64(d); prevWasDigit = true; prevWasZero = (d == 0); digitCount += 1
                j += 1
                continue
            }
            guard let p = Chars.cnUnitPower(c) else { break }
            // 千米, 千克, 百分点: the character belongs to the measure word
            if p == 3, j + 1 < end, ScalarLists.kiloMeasures.contains(s[j + 1]), digitCount + unitCount > 0 { break }
            if p == 2, j + 1 < end, s[j + 1] == "分", digitCount + unitCount > 0 { break }
            unitCount += 1
            // 万万, 亿亿: not a number we can hold (and not one a page prints)
            if p == 4 { wanCount += 1; if wanCount > 1 { return nil } }
            if p == 8 { yiCount += 1; wanCount = 0; if yiCount > 1 { return nil } }
            if unitCount > 12 { return nil }
            switch p {
            case 1, 2, 3:
                small += (digit ?? 1) * pow10(p)
            case 4:
                let seg = small + (digit ?? 0)
                mid = (mid + (seg == 0 ? 1 : seg)) * 10_000
                small = 0
            default: // 亿
                let seg = mid + small + (digit ?? 0)
                high = (high + (seg == 0 ? 1 : seg)) * 100_000_000
                mid = 0; small = 0
            }
            lastPower = p
            digit = nil; prevWasDigit = false; prevWasZero = false; sawZeroSinceUnit = false
            j += 1
        }
        guard j > i else { return nil }
        var last = digit ?? 0
        // 三千五 = 3500, 两万五 = 25000 (a trailing digit after 百/千/万 without 零)
        if digit != nil, lastPower >= 2, !sawZeroSinceUnit, digitCount >= 2 {
            last = digit! * pow10(lastPower == 4 ? 3 : lastPower - 1)
        }
        var total = high + mid + small + last
        var n = ParsedNumber(start: i, end: j, value: 0, chinese: true)
        n.digitString = digitString && unitCount == 0
        if digitString && unitCount > 0 { return nil }
        n.bareOne = (j - i == 1) && Chars.cnDigitValue(s[i]) == 1
        n.bareScale = digitCount == 0 && unitCount == 1 && Chars.cnUnitPower(s[i])! >= 2
        // decimals: 八十二点二
        var fracDigits: [UInt64] = []
        if j + 1 < end, s[j] == "点", let _ = Chars.cnDigitValue(s[j + 1]), !n.digitString {
            var k = j + 1
            while k < end, let d = Chars.cnDigitValue(s[k]) { fracDigits.append(UInt64(d)); k += 1 }
            j = k
            n.hasFraction = true
        }
        var exponent = 0
        var mant = total
        for d in fracDigits.prefix(8) { mant = mant &* 10 &+ d; exponent -= 1 }
        n.end = j
        // inner 余/多 + scale (十余万, 两万余 is handled after the measure word)
        if j < end, s[j] == "余" || s[j] == "多", j + 1 < end, s[j + 1] == "万" || s[j + 1] == "亿" {
            n.approx = true
            var k = j + 1
            while k < end, k - j < 3, let p = Chars.cnUnitPower(s[k]), p >= 4 { exponent += p; k += 1 }
            n.end = k; n.scaled = true
        }
        total = mant
        n.value = decimal(total, exponent: exponent)
        if unitCount > 0 && digitCount > 0 { n.scaled = n.scaled || lastPower >= 4 }
        return n
    }

    @inline(__always) static func pow10(_ p: Int) -> UInt64 {
        var r: UInt64 = 1
        for _ in 0..<p { r &*= 10 }
        return r
    }
}
