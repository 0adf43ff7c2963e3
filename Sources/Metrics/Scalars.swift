// Low-level helpers shared by the date and metric engines: a character-class
// table indexed by scalar value, numeral values, and a small scalar trie.
//
// Everything here works on `[Unicode.Scalar]` with integer offsets; nothing
// allocates per character.

import NewsText

/// Character classes, as bit flags in a table covering the Basic Multilingual Plane.
struct CharClass: OptionSet, Sendable {
    let rawValue: UInt16
    static let digit = CharClass(rawValue: 1 << 0)          // 0-9 and full-width ０-９
    static let cnDigit = CharClass(rawValue: 1 << 1)        // 〇零一二两三四五六七八九 (and 壹贰…)
    static let cnUnit = CharClass(rawValue: 1 << 2)         // 十百千万亿 (and 拾佰仟)
    static let sentenceEnd = CharClass(rawValue: 1 << 3)    // 。！？!?
    static let clauseBreak = CharClass(rawValue: 1 << 4)    // ，,；;：:
    static let newline = CharClass(rawValue: 1 << 5)
    static let space = CharClass(rawValue: 1 << 6)
    static let openQuote = CharClass(rawValue: 1 << 7)      // “ 「 『 《 〈 "
    static let closeQuote = CharClass(rawValue: 1 << 8)     // ” 」 』 》 〉
    static let punct = CharClass(rawValue: 1 << 9)          // any punctuation, incl. the above
    static let latin = CharClass(rawValue: 1 << 10)         // ASCII letters
    static let dateTrigger = CharClass(rawValue: 1 << 11)   // 今 去 前 明 本
    static let listSep = CharClass(rawValue: 1 << 12)       // 、
    static let cjk = CharClass(rawValue: 1 << 13)

    static let numeral: CharClass = [.digit, .cnDigit, .cnUnit]
}

enum Chars {
    static let table: [UInt16] = {
        var t = [UInt16](repeating: 0, count: 0x10000)
        func set(_ s: String, _ f: CharClass) { for u in s.unicodeScalars { t[Int(u.value)] |= f.rawValue } }
        for v in 0x30...0x39 { t[v] |= CharClass.digit.rawValue }
        for v in 0xFF10...0xFF19 { t[v] |= CharClass.digit.rawValue }
        for v in 0x41...0x5A { t[v] |= CharClass.latin.rawValue }
        for v in 0x61...0x7A { t[v] |= CharClass.latin.rawValue }
        for v in 0xFF21...0xFF3A { t[v] |= CharClass.latin.rawValue }
        for v in 0xFF41...0xFF5A { t[v] |= CharClass.latin.rawValue }
        for v in 0x4E00...0x9FFF { t[v] |= CharClass.cjk.rawValue }
        set("〇零一二两三四五六七八九", .cnDigit)
        set("十百千万亿", .cnUnit)
        set("。！？!?", [.sentenceEnd, .punct])
        set("，,；;：:", [.clauseBreak, .punct])
        set("\n\r\u{2028}\u{2029}", .newline)
        set(" \t\u{3000}\u{A0}", .space)
        set("“「『《〈\"", [.openQuote, .punct])
        set("”」』》〉", [.closeQuote, .punct])
        set("、", [.listSep, .punct])
        set("()（）[]【】…—–-·~～/|丨*#", .punct)
        set("今去前明本", .dateTrigger)
        return t
    }()

    /// Flag test against a table held in a local (avoids the lazy-global check in hot loops).
    @inline(__always) static func `is`(_ s: Unicode.Scalar, _ f: CharClass, in t: [UInt16]) -> Bool {
        let v = s.value
        return v < 0x10000 && (t[Int(v)] & f.rawValue) != 0
    }
    /// All class bits of a scalar in one table read (0 outside the BMP).
    @inline(__always) static func flags(_ s: Unicode.Scalar, in t: [UInt16]) -> UInt16 {
        let v = s.value
        return v < 0x10000 ? t[Int(v)] : 0
    }
    @inline(__always) static func cls(_ s: Unicode.Scalar) -> CharClass {
        let v = s.value
        return v < 0x10000 ? CharClass(rawValue: table[Int(v)]) : []
    }
    @inline(__always) static func `is`(_ s: Unicode.Scalar, _ f: CharClass) -> Bool {
        let v = s.value
        return v < 0x10000 && (table[Int(v)] & f.rawValue) != 0
    }
    /// Value of an ASCII or full-width digit, or nil.
    @inline(__always) static func digitValue(_ s: Unicode.Scalar) -> Int? {
        let v = s.value
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
        return nil
    }
    /// Value of a Chinese digit (〇零一二两三…九), or nil.
    @inline(__always) static func cnDigitValue(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "〇", "零": return 0
        case "一", "壹": return 1
        case "二", "两", "贰": return 2
        case "三", "叁": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }
    /// Power of ten of a Chinese unit character (十 → 1 … 亿 → 8), or nil.
    @inline(__always) static func cnUnitPower(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "十", "拾": return 1
        case "百", "佰": return 2
        case "千", "仟": return 3
        case "万": return 4
        case "亿": return 8
        default: return nil
        }
    }
}

/// The BMP scalars of some character classes, as one bit per scalar (8 KB, against the 128 KB
/// of ``Chars/table``): the skip loops of the page scans test a bit that stays in the L1 cache
/// rather than load a table entry from further away. Scalars outside the BMP are in no class.
struct ScalarBitmap: Sendable {
    private let words: [UInt64]

    /// The scalars whose ``Chars/table`` entry has any of the bits `mask`, and the BMP scalars of `extra`.
    init(anyOf mask: CharClass, plus extra: String = "") {
        var words = [UInt64](repeating: 0, count: 1024)
        let t = Chars.table
        for v in 0..<0x10000 where t[v] & mask.rawValue != 0 { words[v >> 6] |= 1 << UInt64(v & 63) }
        for u in extra.unicodeScalars where u.value < 0x10000 { words[Int(u.value >> 6)] |= 1 << UInt64(u.value & 63) }
        self.words = words
    }

    /// The offset of the first scalar of `s[from..<end]` in the set, or `end` (`end <= s.count`).
    @inline(__always)
    func firstIndex(_ s: [Unicode.Scalar], from: Int, end: Int) -> Int {
        precondition(from >= 0 && end <= s.count && words.count == 1024)
        return s.withUnsafeBufferPointer { sp in
            words.withUnsafeBufferPointer { w in
                var k = from
                while k < end {
                    let v = sp[k].value
                    if v < 0x10000 && w[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 { return k }
                    k += 1
                }
                return max(from, end)
            }
        }
    }

    /// The offset just after the last scalar of `s[start..<end]` in the set, or `start` when
    /// there is none (`start >= 0`, `end <= s.count`): the backward skip loop.
    @inline(__always)
    func afterLast(_ s: [Unicode.Scalar], start: Int, end: Int) -> Int {
        precondition(start >= 0 && end <= s.count && words.count == 1024)
        return s.withUnsafeBufferPointer { sp in
            words.withUnsafeBufferPointer { w in
                var k = end
                while k > start {
                    let v = sp[k - 1].value
                    if v < 0x10000 && w[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 { return k }
                    k -= 1
                }
                return min(start, end)
            }
        }
    }

    /// Numerals (digits, Chinese digits and units): where a figure may start.
    static let numerals = ScalarBitmap(anyOf: .numeral)
    /// Where a date may start: digits, Chinese digits, 今去前明本.
    static let dateStarts = ScalarBitmap(anyOf: [.digit, .dateTrigger, .cnDigit])
    /// What can end a sentence scan: sentence ends, spaces, line breaks.
    static let sentenceStops = ScalarBitmap(anyOf: [.sentenceEnd, .space, .newline])
    /// Opening quotes and title marks (“ 「 『 《 〈 ").
    static let openQuotes = ScalarBitmap(anyOf: .openQuote)
    /// Clause breaks (，,；;：:).
    static let clauseBreaks = ScalarBitmap(anyOf: .clauseBreak)
    /// What ends a clause: clause breaks and sentence ends.
    static let clauseEnds = ScalarBitmap(anyOf: [.clauseBreak, .sentenceEnd])
    /// What a clause holding a figure starts after: clause breaks, sentence ends, brackets, dashes
    /// (see `PageContext.clauseStart`).
    static let figureClauseStops = ScalarBitmap(anyOf: [.clauseBreak, .sentenceEnd], plus: "()（）—…!")
    /// 全 and 我: where 全国 or 我国 may start.
    static let nationalStarts = ScalarBitmap(anyOf: [], plus: "全我")
}

/// A trie over Unicode scalars, for longest-match lookups of short words.
///
/// Built once from a word list, then frozen into flat sorted arrays: a child is
/// found by binary search among its siblings (no hashing), and a bitmap of the
/// first characters rejects most positions with one load. The root's child (among
/// up to hundreds of first characters) is found without a search: its index is the
/// number of first characters below it, read from the bitmap (``rootRank`` + popcount).
struct ScalarTrie<Value: Sendable>: Sendable {
    // per node: range of its children in `keys`/`targets`
    private var childStart: [Int32] = []
    private var childCount: [Int32] = []
    private var keys: [UInt32] = []
    private var targets: [Int32] = []
    private var values: [Value?] = []
    /// Bit per BMP scalar: can a key start with it?
    private var firstBits: [UInt64] = []
    /// Per word of `firstBits`: the number of bits set in the words before it.
    private var rootRank: [Int32] = []
    /// Bit per BMP scalar: is it a key of one scalar?
    private var singleBits: [UInt64] = []
    /// Bit per ``pairHash(_:_:)`` of the first two scalars of a longer key (BMP first scalars).
    /// With `singleBits`, the skip loop of ``nextPossibleStart(_:from:end:)`` passes the many
    /// offsets whose first scalar starts a key but whose first two start none (工 in 工作, when
    /// the keys are 工会… and 工伤).
    private var pairBits: [UInt64] = []

    init() { self.init([]) }

    init(_ entries: [(String, Value)]) {
        // build with dictionaries, then freeze
        var children: [[UInt32: Int32]] = [[:]]
        var vals: [Value?] = [nil]
        for (k, v) in entries {
            var node = 0
            for u in k.unicodeScalars {
                if let next = children[node][u.value] { node = Int(next); continue }
                children.append([:]); vals.append(nil)
                let id = children.count - 1
                children[node][u.value] = Int32(id)
                node = id
            }
            vals[node] = v
        }
        childStart = Array(repeating: 0, count: children.count)
        childCount = Array(repeating: 0, count: children.count)
        for (n, ch) in children.enumerated() {
            childStart[n] = Int32(keys.count)
            childCount[n] = Int32(ch.count)
            for (k, t) in ch.sorted(by: { $0.key < $1.key }) { keys.append(k); targets.append(t) }
        }
        values = vals
        firstBits = Array(repeating: 0, count: 1024)
        for k in children[0].keys where k < 0x10000 { firstBits[Int(k >> 6)] |= 1 << UInt64(k & 63) }
        hasAstral = children[0].keys.contains { $0 >= 0x10000 }
        singleBits = Array(repeating: 0, count: 1024)
        pairBits = Array(repeating: 0, count: 1024)
        for (k, _) in entries {
            let u = Array(k.unicodeScalars)
            guard let first = u.first, first.value < 0x10000 else { continue }
            if u.count == 1 {
                singleBits[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63)
            } else {
                let h = ScalarTrie.pairHash(first.value, u[1].value)
                pairBits[Int(h >> 6)] |= 1 << UInt64(h & 63)
            }
        }
        rootRank = Array(repeating: 0, count: firstBits.count)
        var below: Int32 = 0
        for w in firstBits.indices { rootRank[w] = below; below += Int32(firstBits[w].nonzeroBitCount) }
    }
    private var hasAstral = false

    @inline(__always) private func child(_ node: Int, _ u: UInt32) -> Int? {
        var lo = Int(childStart[node]), hi = lo + Int(childCount[node])
        while lo < hi {
            let m = (lo + hi) >> 1
            let k = keys[m]
            if k == u { return Int(targets[m]) }
            if k < u { lo = m + 1 } else { hi = m }
        }
        return nil
    }

    /// The root's child for the first scalar `u` of a key, given ``mayStart(_:)``: BMP first
    /// scalars are the root's first children, in order, so the rank of `u`'s bit is its index.
    @inline(__always) private func rootChild(_ u: UInt32) -> Int? {
        if u >= 0x10000 { return child(0, u) }
        let w = Int(u >> 6)
        let below = firstBits[w] & ((1 << UInt64(u & 63)) - 1)
        return Int(targets[Int(childStart[0]) + Int(rootRank[w]) + below.nonzeroBitCount])
    }

    @inline(__always) func mayStart(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v >= 0x10000 { return hasAstral }
        return firstBits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
    }

    /// A 16-bit hash of a key's first two scalars (for ``pairBits``).
    @inline(__always) private static func pairHash(_ a: UInt32, _ b: UInt32) -> UInt32 {
        UInt32(truncatingIfNeeded: (((UInt64(a) << 32) | UInt64(b)) &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// The first offset of `s[i..<end]` where a key may start, or `end` (`end <= s.count`): the
    /// skip loop of the word scans. No key starts at the offsets it passes (whatever end a match
    /// is then looked for with): their scalar starts no key (``mayStart(_:)``), or is no key
    /// itself and, with the scalar after it, starts no key (by ``pairHash(_:_:)``). It reads the
    /// bitmaps without bounds checks.
    @inline(__always)
    func nextPossibleStart(_ s: [Unicode.Scalar], from i: Int, end: Int) -> Int {
        precondition(i >= 0 && end <= s.count && firstBits.count == 1024 && singleBits.count == 1024
                     && pairBits.count == 1024)
        let astral = hasAstral
        let n = s.count
        return s.withUnsafeBufferPointer { sp in
            firstBits.withUnsafeBufferPointer { bits in
                singleBits.withUnsafeBufferPointer { singles in
                    pairBits.withUnsafeBufferPointer { pairs in
                        var k = i
                        while k < end {
                            let v = sp[k].value
                            if v >= 0x10000 {
                                if astral { return k }
                            } else if bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 {
                                if singles[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 { return k }
                                if k + 1 < n {
                                    let h = ScalarTrie.pairHash(v, sp[k + 1].value)
                                    if pairs[Int(h >> 6)] & (1 << UInt64(h & 63)) != 0 { return k }
                                }
                            }
                            k += 1
                        }
                        return max(i, end)
                    }
                }
            }
        }
    }

    /// Longest key starting at `i` (reading forward, not beyond `end`).
    @inline(__always)
    func longestMatch(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (length: Int, value: Value)? {
        guard i < end, mayStart(s[i]), let first = rootChild(s[i].value) else { return nil }
        var node = first, j = i + 1
        var best: (Int, Value)? = nil
        if let v = values[node] { best = (1, v) }
        while j < end, let next = child(node, s[j].value) {
            node = next; j += 1
            if let v = values[node] { best = (j - i, v) }
        }
        return best
    }

    /// Length of the shortest key starting at `i` (not beyond `end`), or 0.
    @inline(__always)
    func shortestMatchLength(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Int {
        guard i < end, mayStart(s[i]), let first = rootChild(s[i].value) else { return 0 }
        if values[first] != nil { return 1 }
        var node = first, j = i + 1
        while j < end, let next = child(node, s[j].value) {
            node = next; j += 1
            if values[node] != nil { return j - i }
        }
        return 0
    }

    /// All keys starting at `i`, shortest first.
    func matches(_ s: [Unicode.Scalar], at i: Int, end: Int) -> [(length: Int, value: Value)] {
        guard i < end, mayStart(s[i]) else { return [] }
        var node = 0, j = i
        var out: [(Int, Value)] = []
        while j < end, let next = child(node, s[j].value) {
            node = next; j += 1
            if let v = values[node] { out.append((j - i, v)) }
        }
        return out
    }

    /// Longest key ending just before `end` (reading backward, not before `start`).
    /// Only meaningful for a trie built from reversed keys (see ``reversed(_:)``).
    @inline(__always)
    func longestMatchBackward(_ s: [Unicode.Scalar], endingAt end: Int, start: Int) -> (length: Int, value: Value)? {
        guard end - 1 >= start, mayStart(s[end - 1]), let first = rootChild(s[end - 1].value) else { return nil }
        var node = first, j = end - 2
        var best: (Int, Value)? = nil
        if let v = values[node] { best = (1, v) }
        while j >= start, let next = child(node, s[j].value) {
            node = next
            if let v = values[node] { best = (end - j, v) }
            j -= 1
        }
        return best
    }

    /// A trie whose keys are the given words reversed, for backward matching.
    static func reversed(_ entries: [(String, Value)]) -> ScalarTrie<Value> {
        ScalarTrie(entries.map { (String(String.UnicodeScalarView($0.0.unicodeScalars.reversed())), $0.1) })
    }
}

/// A set of words for membership tests on scalar ranges.
struct WordSet: Sendable {
    let forward: ScalarTrie<Bool>
    let backward: ScalarTrie<Bool>
    init(_ words: [String]) {
        forward = ScalarTrie(words.map { ($0, true) })
        backward = ScalarTrie.reversed(words.map { ($0, true) })
    }
    /// Length of the longest word starting at `i`, or 0.
    @inline(__always) func prefix(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Int {
        forward.longestMatch(s, at: i, end: end)?.length ?? 0
    }
    /// The first offset of `s[i..<end]` where a word may start, or `end`: ``prefix(_:at:end:)``
    /// is 0 at every offset before it.
    @inline(__always) func nextPossibleStart(_ s: [Unicode.Scalar], from i: Int, end: Int) -> Int {
        forward.nextPossibleStart(s, from: i, end: end)
    }
    /// Length of the shortest word starting at `i`, or 0 (0 exactly when ``prefix(_:at:end:)`` is 0).
    @inline(__always) func shortestPrefix(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Int {
        forward.shortestMatchLength(s, at: i, end: end)
    }
    /// Length of the longest word ending just before `end`, or 0.
    @inline(__always) func suffix(_ s: [Unicode.Scalar], endingAt end: Int, start: Int) -> Int {
        backward.longestMatchBackward(s, endingAt: end, start: start)?.length ?? 0
    }
    /// Whether `s[i..<j]` is exactly a word.
    func contains(_ s: [Unicode.Scalar], _ i: Int, _ j: Int) -> Bool {
        forward.longestMatch(s, at: i, end: j)?.length == j - i
    }
}

@inline(__always) func pairKey(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
    (UInt64(a.value) << 32) | UInt64(b.value)
}

func pairSet(_ words: [String]) -> SortedKeySet<UInt64> {
    var out: [UInt64] = []
    for w in words {
        let u = Array(w.unicodeScalars)
        if u.count == 2 { out.append(pairKey(u[0], u[1])) }
    }
    return SortedKeySet(out)
}

/// A small constant set of integer keys (scalar values, ``pairKey(_:_:)`` pairs) held as a sorted
/// array: a membership test is a binary search over a few cache lines, with no hashing
/// (`Set.contains` ran SipHash for every numeral and measure word).
struct SortedKeySet<Key: FixedWidthInteger & Sendable>: Sendable {
    private let keys: [Key]
    init<S: Sequence>(_ elements: S) where S.Element == Key {
        keys = Array(Set(elements)).sorted()
    }
    @inline(__always) func contains(_ key: Key) -> Bool {
        var lo = 0, hi = keys.count
        while lo < hi {
            let m = (lo + hi) >> 1
            let k = keys[m]
            if k == key { return true }
            if k < key { lo = m + 1 } else { hi = m }
        }
        return false
    }
}

extension Array where Element == Unicode.Scalar {
    /// The text of `self[i..<j]` (``CleanText/utf8String(_:)``: encoded straight to UTF-8,
    /// no per-character Strings, no validation pass).
    func text(_ i: Int, _ j: Int) -> String {
        i < j ? CleanText.utf8String(self[i..<j]) : ""
    }

    /// `self.text(i, j) == word`, for a `word` of ASCII and CJK unified ideographs. Such scalars
    /// are inert under canonical equivalence, so over an inert range the `String` comparison is
    /// scalar equality; only a range holding other scalars builds and compares the `String`.
    func equals(_ i: Int, _ j: Int, _ word: String) -> Bool {
        var k = i
        while k < j {
            let v = self[k].value
            if !(v < 0x80 || (v >= 0x4E00 && v <= 0x9FFF)) { return text(i, j) == word }
            k += 1
        }
        var w = word.unicodeScalars.makeIterator()
        k = i
        while k < j {
            guard let c = w.next(), c == self[k] else { return false }
            k += 1
        }
        return w.next() == nil
    }

    /// Whether `word` occurs at offset `i`.
    @inline(__always) func has(_ word: String, at i: Int) -> Bool {
        var j = i
        for u in word.unicodeScalars {
            if j < 0 || j >= count || self[j] != u { return false }
            j += 1
        }
        return true
    }
    /// Whether the scalars `word` occur at offset `i` (no `String` decoding).
    @inline(__always) func has(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        if i < 0 || i + word.count > count { return false }
        var k = 0
        while k < word.count { if self[i + k] != word[k] { return false }; k += 1 }
        return true
    }
    /// Whether `word` ends just before offset `end`.
    @inline(__always) func hasSuffix(_ word: String, endingAt end: Int) -> Bool {
        let n = word.unicodeScalars.count
        return end - n >= 0 && has(word, at: end - n)
    }
}

/// Small constant scalar lists tested per figure or per word. As arrays built once, a test is a
/// short linear scan; `"…".unicodeScalars.contains(c)` decoded the string literal's UTF-8 on every call.
enum ScalarLists {
    /// A list or range goes on after a measure word: 500元至1000元, 15名及….
    static let listContinuers: [Unicode.Scalar] = Array("至到和及与或、-—~".unicodeScalars)
    /// Fillers between a change verb and its figure: 增长了, 增加达, 提高约….
    static let changeFillers: [Unicode.Scalar] = Array("了达约近逾超过".unicodeScalars)
    /// Verbs standing between a vague marker and its figure: 大约是8400万.
    static let approxFillers: [Unicode.Scalar] = Array("是为有达占".unicodeScalars)
    /// Second characters of 千米, 千克, 千瓦 (千 belongs to the measure word).
    static let kiloMeasures: [Unicode.Scalar] = Array("米克瓦".unicodeScalars)
}
