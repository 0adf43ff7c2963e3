/// Small helpers for scanning `[Unicode.Scalar]` with integer indices (no `Character`, no `Regex`).
import NewsText

@inline(__always) func isHan(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2A6DF).contains(v)
}

@inline(__always) func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

@inline(__always) func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

@inline(__always) func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
    CleanText.utf8String(s)
}

@inline(__always) func string(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
    string(s[max(0, a)..<min(s.count, b)])
}

/// True when `text[at...]` starts with `word`.
@inline(__always) func hasPrefix(_ text: [Unicode.Scalar], _ at: Int, _ word: [Unicode.Scalar]) -> Bool {
    if at < 0 || at + word.count > text.count { return false }
    var k = 0
    while k < word.count { if text[at + k] != word[k] { return false }; k += 1 }
    return true
}

/// A set of phrases matched at a position (forward) or ending at a position (backward).
/// Phrases are bucketed by their first two scalars (one-scalar phrases apart), with a flat
/// mask over the BMP so that most positions are rejected with one array read.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable { let phrase: [Unicode.Scalar]; let value: Value }
    private var forward2: [UInt64: [Entry]] = [:]
    private var forward1: [UInt32: Entry] = [:]
    private var single: [Int32] = []
    private var singles: [Entry] = []
    /// Open-addressing table over `forward2` (a cheap multiplicative hash instead of SipHash).
    private var slotKeys: [UInt64] = []
    private var slotBuckets: [Int32] = []
    private var buckets: [[Entry]] = []
    private var slotShift: UInt64 = 63
    private var backward: [UInt32: [Entry]] = [:]
    private var firstMask: [Bool] = Array(repeating: false, count: 0x10000)
    private var lastMask: [Bool] = Array(repeating: false, count: 0x10000)
    private(set) var maxLength = 0

    init(_ pairs: [(String, Value)]) {
        for (p, v) in pairs { add(p, v) }
        for k in forward2.keys { forward2[k]!.sort { $0.phrase.count > $1.phrase.count } }
        if !forward1.isEmpty {
            single = Array(repeating: -1, count: 0x10000)
            for (k, e) in forward1 where k < 0x10000 { single[Int(k)] = Int32(singles.count); singles.append(e) }
        }
        var cap = 16, bits: UInt64 = 4
        while cap < forward2.count * 4 { cap <<= 1; bits += 1 }
        slotShift = 64 - bits
        slotKeys = Array(repeating: UInt64.max, count: cap)
        slotBuckets = Array(repeating: -1, count: cap)
        for (k, b) in forward2 {
            var h = Int((k &* 0x9E37_79B9_7F4A_7C15) >> slotShift)
            while slotKeys[h] != UInt64.max { h = (h + 1) & (cap - 1) }
            slotKeys[h] = k; slotBuckets[h] = Int32(buckets.count); buckets.append(b)
        }
        for k in backward.keys { backward[k]!.sort { $0.phrase.count > $1.phrase.count } }
    }

    @inline(__always) private static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 32 | UInt64(b.value)
    }

    private mutating func add(_ p: String, _ v: Value) {
        let s = scalars(p)
        guard let f = s.first, let l = s.last else { return }
        let e = Entry(phrase: s, value: v)
        if s.count == 1 { forward1[f.value] = e } else { forward2[Self.key(s[0], s[1]), default: []].append(e) }
        backward[l.value, default: []].append(e)
        if f.value < 0x10000 { firstMask[Int(f.value)] = true }
        if l.value < 0x10000 { lastMask[Int(l.value)] = true }
        maxLength = max(maxLength, s.count)
    }

    @inline(__always) func mayStart(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x10000 ? firstMask[Int(c.value)] : true
    }

    /// All phrases starting at `i`, longest first.
    func matches(_ text: [Unicode.Scalar], at i: Int) -> [Entry] {
        guard i < text.count, mayStart(text[i]) else { return [] }
        var out: [Entry] = []
        if i + 1 < text.count, let b = bucketIndex(Self.key(text[i], text[i + 1])) {
            for e in buckets[b] where hasPrefix(text, i, e.phrase) { out.append(e) }
        }
        if let e = forward1[text[i].value] { out.append(e) }
        return out
    }

    /// The longest phrase starting at `i`.
    @inline(__always) func longest(_ text: [Unicode.Scalar], at i: Int) -> Entry? {
        guard i < text.count, mayStart(text[i]) else { return nil }
        if i + 1 < text.count, let b = bucketIndex(Self.key(text[i], text[i + 1])) {
            for e in buckets[b] where hasPrefix(text, i, e.phrase) { return e }
        }
        if forward1.isEmpty { return nil }
        let v = text[i].value
        if v < 0x10000 { let k = single[Int(v)]; return k < 0 ? nil : singles[Int(k)] }
        return forward1[v]
    }

    @inline(__always) private func bucketIndex(_ k: UInt64) -> Int? {
        let mask = slotKeys.count - 1
        var h = Int((k &* 0x9E37_79B9_7F4A_7C15) >> slotShift)
        while true {
            let sk = slotKeys[h]
            if sk == k { return Int(slotBuckets[h]) }
            if sk == UInt64.max { return nil }
            h = (h + 1) & mask
        }
    }

    /// The longest phrase ending just before `end` (occupying `end - count ..< end`).
    func longestEnding(_ text: [Unicode.Scalar], at end: Int) -> Entry? {
        guard end > 0, end <= text.count else { return nil }
        let c = text[end - 1]
        if c.value < 0x10000 && !lastMask[Int(c.value)] { return nil }
        guard let bucket = backward[c.value] else { return nil }
        for e in bucket where hasPrefix(text, end - e.phrase.count, e.phrase) { return e }
        return nil
    }

    func contains(_ s: String) -> Bool {
        let sc = scalars(s)
        guard let e = longest(sc, at: 0) else { return false }
        return e.phrase.count == sc.count
    }
}
