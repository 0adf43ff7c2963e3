/// Small helpers for scanning `[Unicode.Scalar]` with integer indices (no `Character`, no `Regex`).
import NewsText

@inline(__always) func isHan(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2A6DF).contains(v)
}

/// True when every scalar is ASCII or a CJK unified ideograph (U+4E00–U+9FFF). Such scalars have
/// no decomposition, combining class 0 and no composition partner, and (ASCII CR aside) each is a
/// grapheme of its own; so `String` equality of such texts is scalar equality, and a `String`
/// equal to one of them that is not scalar-equal must hold some other scalar.
@inline(__always) func isInert(_ s: [Unicode.Scalar]) -> Bool {
    for c in s {
        let v = c.value
        if !(v < 0x80 || (v >= 0x4E00 && v <= 0x9FFF)) { return false }
    }
    return true
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

/// A set of BMP scalars as a 65,536-bit set (8 KB: small enough to stay in cache beside the
/// other tables, unlike a `[Bool]` of 64 KB per table).
struct ScalarBits: Sendable {
    private var words = [UInt64](repeating: 0, count: 1024)

    /// Adds `v` (ignored outside the BMP).
    mutating func insert(_ v: UInt32) {
        if v < 0x10000 { words[Int(v >> 6)] |= 1 << UInt64(v & 63) }
    }

    /// Whether the BMP scalar value `v` (< 0x10000) is in the set.
    @inline(__always) func contains(bmp v: UInt32) -> Bool {
        words[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
    }
}

/// A set of scalars for membership tests in scanning loops: a bit set over the BMP (one read, no
/// SipHash as with `Set<Unicode.Scalar>`), plus a sorted list for the rare astral members.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private var bits = ScalarBits()
    private var astral: [UInt32] = []

    init<S: Sequence>(_ members: S) where S.Element == Unicode.Scalar {
        for c in members {
            if c.value < 0x10000 { bits.insert(c.value) } else { astral.append(c.value) }
        }
        astral.sort()
    }

    init(arrayLiteral members: Unicode.Scalar...) { self.init(members) }

    @inline(__always) func contains(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x10000 ? bits.contains(bmp: c.value) : astral.contains(c.value)
    }
}

/// Open-addressing map from a 64-bit key (one or two scalars) to a small index: a cheap
/// multiplicative hash instead of SipHash. `UInt64.max` marks an empty slot (never a scalar key).
///
/// Most lookups miss (a text position rarely starts a gazetteer name), so a filter of 32 bits
/// per key (a one-hash Bloom filter, a few KB) answers most misses without touching the larger
/// slot arrays, which would not stay in cache.
struct SlotMap: Sendable {
    private var keys: [UInt64] = []
    private var values: [Int32] = []
    private var shift: UInt64 = 60
    private var filter: [UInt64] = []
    private var filterShift: UInt64 = 52

    init(_ pairs: [(key: UInt64, value: Int)]) {
        var cap = 16, bits: UInt64 = 4
        while cap < pairs.count * 4 { cap <<= 1; bits += 1 }
        shift = 64 - bits
        keys = Array(repeating: UInt64.max, count: cap)
        values = Array(repeating: -1, count: cap)
        var fbits: UInt64 = 12
        while (1 << fbits) < pairs.count * 32 { fbits += 1 }
        filterShift = 64 - fbits
        filter = Array(repeating: 0, count: 1 << Int(fbits - 6))
        for (k, v) in pairs {
            var h = Int((k &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[h] != UInt64.max && keys[h] != k { h = (h + 1) & (cap - 1) }
            keys[h] = k; values[h] = Int32(v)
            let f = Self.filterBit(k, filterShift)
            filter[f >> 6] |= 1 << UInt64(f & 63)
        }
    }

    /// The key's bit in `filter` (a second multiplicative hash, independent of the slot's).
    @inline(__always) private static func filterBit(_ k: UInt64, _ shift: UInt64) -> Int {
        Int(((k ^ (k >> 29)) &* 0xBF58_476D_1CE4_E5B9) >> shift)
    }

    @inline(__always) func get(_ k: UInt64) -> Int? {
        let f = Self.filterBit(k, filterShift)
        if filter[f >> 6] & (1 << UInt64(f & 63)) == 0 { return nil }
        let mask = keys.count - 1
        var h = Int((k &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let sk = keys[h]
            if sk == k { return Int(values[h]) }
            if sk == UInt64.max { return nil }
            h = (h + 1) & mask
        }
    }
}

/// A set of phrases matched at a position (forward) or ending at a position (backward).
/// Phrases are bucketed by their first two scalars (one-scalar phrases apart) and, backward, by
/// their last scalar; bit sets over the BMP reject most positions with one read.
///
/// The tables live in a shared class instance, so copying a `PhraseTable` costs one retain.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable { let phrase: [Unicode.Scalar]; let value: Value }

    /// The built tables (immutable after init).
    final class Storage: Sendable {
        /// Two-scalar key → index into `buckets` (phrases longest first).
        let forward: SlotMap
        let buckets: [[Entry]]
        /// One-scalar phrases: scalar → index into `singles`.
        let single: SlotMap
        let singles: [Entry]
        /// Last scalar → index into `backwardBuckets` (phrases longest first).
        let backward: SlotMap
        let backwardBuckets: [[Entry]]
        let firstBits: ScalarBits
        let lastBits: ScalarBits
        let maxLength: Int

        init(_ pairs: [(String, Value)]) {
            var forward2: [UInt64: [Entry]] = [:]
            var forward1: [UInt32: Entry] = [:]
            var backward: [UInt32: [Entry]] = [:]
            var firstBits = ScalarBits(), lastBits = ScalarBits()
            var maxLength = 0
            for (p, v) in pairs {
                let s = scalars(p)
                guard let f = s.first, let l = s.last else { continue }
                let e = Entry(phrase: s, value: v)
                if s.count == 1 { forward1[f.value] = e } else { forward2[PhraseTable.key(s[0], s[1]), default: []].append(e) }
                backward[l.value, default: []].append(e)
                firstBits.insert(f.value)
                lastBits.insert(l.value)
                maxLength = max(maxLength, s.count)
            }
            for k in forward2.keys { forward2[k]!.sort { $0.phrase.count > $1.phrase.count } }
            for k in backward.keys { backward[k]!.sort { $0.phrase.count > $1.phrase.count } }
            var buckets: [[Entry]] = [], fpairs: [(key: UInt64, value: Int)] = []
            for (k, b) in forward2 { fpairs.append((k, buckets.count)); buckets.append(b) }
            var singles: [Entry] = [], spairs: [(key: UInt64, value: Int)] = []
            for (k, e) in forward1 { spairs.append((UInt64(k), singles.count)); singles.append(e) }
            var bbuckets: [[Entry]] = [], bpairs: [(key: UInt64, value: Int)] = []
            for (k, b) in backward { bpairs.append((UInt64(k), bbuckets.count)); bbuckets.append(b) }
            self.forward = SlotMap(fpairs); self.buckets = buckets
            self.single = SlotMap(spairs); self.singles = singles
            self.backward = SlotMap(bpairs); self.backwardBuckets = bbuckets
            self.firstBits = firstBits; self.lastBits = lastBits
            self.maxLength = maxLength
        }
    }

    private let store: Storage
    var maxLength: Int { store.maxLength }

    init(_ pairs: [(String, Value)]) { store = Storage(pairs) }

    @inline(__always) fileprivate static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 32 | UInt64(b.value)
    }

    @inline(__always) func mayStart(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x10000 ? store.firstBits.contains(bmp: c.value) : true
    }

    @inline(__always) private func single(_ v: UInt32) -> Entry? {
        if store.singles.isEmpty { return nil }
        return store.single.get(UInt64(v)).map { store.singles[$0] }
    }

    /// All phrases starting at `i`, longest first.
    func matches(_ text: [Unicode.Scalar], at i: Int) -> [Entry] {
        guard i < text.count, mayStart(text[i]) else { return [] }
        var out: [Entry] = []
        if i + 1 < text.count, let b = store.forward.get(Self.key(text[i], text[i + 1])) {
            for e in store.buckets[b] where hasPrefix(text, i, e.phrase) { out.append(e) }
        }
        if let e = single(text[i].value) { out.append(e) }
        return out
    }

    /// The longest phrase starting at `i`.
    @inline(__always) func longest(_ text: [Unicode.Scalar], at i: Int) -> Entry? {
        guard i < text.count, mayStart(text[i]) else { return nil }
        if i + 1 < text.count, let b = store.forward.get(Self.key(text[i], text[i + 1])) {
            for e in store.buckets[b] where hasPrefix(text, i, e.phrase) { return e }
        }
        return single(text[i].value)
    }

    /// The longest phrase ending just before `end` (occupying `end - count ..< end`).
    func longestEnding(_ text: [Unicode.Scalar], at end: Int) -> Entry? {
        guard end > 0, end <= text.count else { return nil }
        let c = text[end - 1]
        if c.value < 0x10000 && !store.lastBits.contains(bmp: c.value) { return nil }
        guard let b = store.backward.get(UInt64(c.value)) else { return nil }
        for e in store.backwardBuckets[b] where hasPrefix(text, end - e.phrase.count, e.phrase) { return e }
        return nil
    }

    func contains(_ s: String) -> Bool {
        let sc = scalars(s)
        guard let e = longest(sc, at: 0) else { return false }
        return e.phrase.count == sc.count
    }
}

// MARK: - Names as dictionary keys

/// True when the UTF-8 of `s` holds only ASCII and CJK unified ideographs (U+4E00–U+9FFF), the
/// scalars of ``isInert(_:)``: such a string is in NFC and equals another such string exactly
/// when their bytes are equal. Read from the bytes (a lead byte E5–E9, or E4 with a second byte
/// of B8 or more, starts an ideograph of U+4E00–U+9FFF).
@inline(__always) func isInertUTF8(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { b in
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            if (c >= 0xE5 && c <= 0xE9) || (c == 0xE4 && i + 1 < n && b[i + 1] >= 0xB8) { i += 3; continue }
            return false
        }
        return true
    }
}

/// A `String` key compared and hashed by its UTF-8 bytes: only for inert strings
/// (``isInertUTF8(_:)``), where byte equality is `String` equality.
struct InertKey: Hashable {
    let text: String
    func hash(into hasher: inout Hasher) {
        var t = text
        t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
    static func == (a: InertKey, b: InertKey) -> Bool {
        var x = a.text, y = b.text
        return x.withUTF8 { bx in
            y.withUTF8 { by in bx.count == by.count && (bx.count == 0 || memcmpEqual(bx, by)) }
        }
    }
}

@inline(__always) private func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var k = 0
    while k < a.count { if a[k] != b[k] { return false }; k += 1 }
    return true
}

/// `String` equality, by bytes when both strings are inert (``isInertUTF8(_:)``): the same answer
/// without the normalizing comparison.
@inline(__always) func sameText(_ a: String, _ b: String) -> Bool {
    if isInertUTF8(a) && isInertUTF8(b) { return InertKey(text: a) == InertKey(text: b) }
    return a == b
}

/// A per-page `[String: Int]` (name → index of its entity) with the same answers, for pages whose
/// names are inert (``isInertUTF8(_:)``), as they nearly always are: those are hashed and compared
/// by bytes instead of by their normalized form.
///
/// Exactness: while every key is inert, an inert query equals a key exactly when the bytes are
/// equal; a non-inert query is compared with every key by `String` equality; the first non-inert
/// key moves all keys into an ordinary `[String: Int]`, used from then on.
struct NameIndex {
    private var fast: [InertKey: Int] = [:]
    private var slow: [String: Int]? = nil

    subscript(name: String) -> Int? {
        if let slow { return slow[name] }
        if isInertUTF8(name) { return fast[InertKey(text: name)] }
        for (k, v) in fast where k.text == name { return v }
        return nil
    }

    /// Adds a name not yet present (`self[name] == nil`).
    mutating func insert(_ name: String, _ value: Int) {
        if slow != nil { slow![name] = value; return }
        if isInertUTF8(name) {
            if fast.isEmpty { fast.reserveCapacity(16) }   // skips the first few regrowths
            fast[InertKey(text: name)] = value
            return
        }
        var all = Dictionary(uniqueKeysWithValues: fast.map { ($0.key.text, $0.value) })
        all[name] = value
        slow = all
    }
}
