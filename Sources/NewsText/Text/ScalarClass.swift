/// Character classes used by the cleaner, the article splitter and the
/// extractors. Every test is a switch on the scalar value: no `Character`,
/// no regular expression.
public enum ScalarClass {
    /// CJK unified ideographs (basic block, extension A, compatibility ideographs, and 〇).
    @inline(__always) public static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x2EBEF).contains(v) || v == 0x3007
    }

    /// ASCII digit 0–9.
    @inline(__always) public static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x30 && s.value <= 0x39
    }

    /// ASCII letter.
    @inline(__always) public static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value | 0x20
        return v >= 0x61 && v <= 0x7A
    }

    /// ASCII space or tab (the cleaner turns every other space into U+0020).
    @inline(__always) public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t"
    }

    /// Sentence enders: 。！？ and their ASCII forms `!` `?` (full-width forms are folded to ASCII by the cleaner).
    @inline(__always) public static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0xFF61: return true
        default: return false
        }
    }

    /// Closing quotes and brackets that stay with the sentence before them.
    @inline(__always) public static func isClosing(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0x29, 0xFF09, 0x300B, 0x3011, 0x3009, 0x22, 0x27, 0x3017:
            return true
        default: return false
        }
    }

    /// Opening quotes and brackets.
    @inline(__always) public static func isOpening(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201C, 0x2018, 0x300C, 0x300E, 0x28, 0xFF08, 0x300A, 0x3010, 0x3008, 0x3016: return true
        default: return false
        }
    }

    /// Commas of both widths (，, ASCII `,`) and the enumeration comma 、.
    @inline(__always) public static func isComma(_ s: Unicode.Scalar) -> Bool {
        s == "," || s.value == 0xFF0C || s.value == 0x3001
    }

    /// Any punctuation that shows a line is running text rather than a heading:
    /// commas, 、, semicolons, colons and sentence enders.
    @inline(__always) public static func isClausePunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2C, 0xFF0C, 0x3001, 0x3B, 0xFF1B, 0x3A, 0xFF1A: return true
        default: return isSentenceEnd(s)
        }
    }

    /// Punctuation that can legitimately end a paragraph: sentence enders, closing
    /// quotes/brackets, ellipsis, dashes, colons and semicolons.
    @inline(__always) public static func isParagraphEnd(_ s: Unicode.Scalar) -> Bool {
        if isSentenceEnd(s) || isClosing(s) { return true }
        switch s.value {
        case 0x2026, 0x2014, 0x2015, 0x3A, 0xFF1A, 0x3B, 0xFF1B, 0x7E, 0xFF5E, 0x2E: return true
        default: return false
        }
    }

    /// Column-tag separators in headlines: 丨 (U+4E28), `|`, ｜.
    @inline(__always) public static func isTagSeparator(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x4E28 || s == "|" || s.value == 0xFF5C
    }
}

/// Small helpers to match literal text against a scalar array at an offset.
public enum ScalarMatch {
    /// The scalars of a literal, for matching.
    @inline(__always) public static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    /// True when `text[at...]` starts with `pattern` (and stays before `end`).
    @inline(__always)
    public static func hasPrefix(_ text: [Unicode.Scalar], at: Int, _ pattern: [Unicode.Scalar], end: Int? = nil) -> Bool {
        let limit = end ?? text.count
        if at < 0 || at + pattern.count > limit { return false }
        var i = 0
        while i < pattern.count {
            if text[at + i] != pattern[i] { return false }
            i += 1
        }
        return true
    }

    /// True when `text[..<end]` ends with `pattern` (and starts at or after `start`).
    @inline(__always)
    public static func hasSuffix(_ text: [Unicode.Scalar], end: Int, _ pattern: [Unicode.Scalar], start: Int = 0) -> Bool {
        let from = end - pattern.count
        if from < start { return false }
        return hasPrefix(text, at: from, pattern, end: end)
    }

    /// First offset of `pattern` in `text[range]`, or nil.
    public static func firstIndex(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar], range: Range<Int>) -> Int? {
        guard !pattern.isEmpty, range.count >= pattern.count else { return nil }
        var i = range.lowerBound
        let last = range.upperBound - pattern.count
        let first = pattern[0]
        while i <= last {
            if text[i] == first && hasPrefix(text, at: i, pattern, end: range.upperBound) { return i }
            i += 1
        }
        return nil
    }

    /// Reads an ASCII integer starting at `at`: (value, digit count). At most `maxDigits` digits.
    @inline(__always)
    public static func integer(_ text: [Unicode.Scalar], at: Int, end: Int, maxDigits: Int = 9) -> (value: Int, digits: Int)? {
        var i = at, v = 0
        while i < end && i - at < maxDigits && ScalarClass.isDigit(text[i]) {
            v = v * 10 + Int(text[i].value - 0x30); i += 1
        }
        return i == at ? nil : (v, i - at)
    }

    /// A `String` from a slice of scalars.
    @inline(__always) public static func string(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String {
        CleanText.utf8String(text[range])
    }
}
