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

/// Appends the UTF-8 of `s[a..<b]` to `out` (the encoding of ``CleanText/utf8String(_:)``).
@inline(__always) func appendUTF8(_ out: inout [UInt8], _ s: [Unicode.Scalar], _ a: Int, _ b: Int) {
    var k = a
    while k < b {
        let v = s[k].value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
        k += 1
    }
}

/// True when `text[at...]` starts with `word`.
@inline(__always) func hasPrefix(_ text: [Unicode.Scalar], _ at: Int, _ word: [Unicode.Scalar]) -> Bool {
    if at < 0 || at + word.count > text.count { return false }
    var k = 0
    while k < word.count { if text[at + k] != word[k] { return false }; k += 1 }
    return true
}

/// A short list of words as scalars in one buffer (not an array per word, each a separate heap
/// object to reach), for the prefix and suffix tests of a candidate organization's core.
struct WordList: Sendable {
    /// The scalars of every word, one after another.
    private let pool: [Unicode.Scalar]
    /// Word `k` is `pool[bounds[k] ..< bounds[k + 1]]`.
    private let bounds: [Int]

    init(_ words: [String]) {
        var pool: [Unicode.Scalar] = [], bounds = [0]
        for w in words { pool.append(contentsOf: w.unicodeScalars); bounds.append(pool.count) }
        self.pool = pool; self.bounds = bounds
    }

    /// Whether some word is shorter than `text` and ends it (`endsWithAny`).
    func anyIsProperSuffix(of text: [Unicode.Scalar]) -> Bool {
        var k = 0
        while k + 1 < bounds.count {
            let a = bounds[k], len = bounds[k + 1] - a
            if text.count > len && matches(a, len, text, at: text.count - len) { return true }
            k += 1
        }
        return false
    }

    /// Whether some word starts `text`.
    func anyIsPrefix(of text: [Unicode.Scalar]) -> Bool {
        var k = 0
        while k + 1 < bounds.count {
            let a = bounds[k], len = bounds[k + 1] - a
            if text.count >= len && matches(a, len, text, at: 0) { return true }
            k += 1
        }
        return false
    }

    /// Whether `pool[a ..< a + len]` equals `text[at ..< at + len]` (in bounds).
    @inline(__always) private func matches(_ a: Int, _ len: Int, _ text: [Unicode.Scalar], at: Int) -> Bool {
        var i = 0
        while i < len { if pool[a + i] != text[at + i] { return false }; i += 1 }
        return true
    }
}

/// A set of BMP scalars as a 65,536-bit set (8 KB: small enough to stay in cache beside the
/// other tables, unlike a `[Bool]` of 64 KB per table).
struct ScalarBits: Sendable {
    private var words = [UInt64](repeating: 0, count: 1024)

    /// Adds `v` (ignored outside the BMP).
    mutating func insert(_ v: UInt32) {
        if v < 0x10000 { words[Int(v >> 6)] |= 1 << UInt64(v & 63) }
    }

    /// Whether the BMP scalar value `v` (< 0x10000) is in the set. (Read without a bounds check:
    /// `v >> 6` of a BMP value is below 1024, the word count.)
    @inline(__always) func contains(bmp v: UInt32) -> Bool {
        precondition(v < 0x10000)
        return words.withUnsafeBufferPointer { $0[Int(v >> 6)] } & (1 << UInt64(v & 63)) != 0
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

/// Open-addressing map from a 64-bit key (one or two scalars) to a value: a cheap
/// multiplicative hash instead of SipHash. `UInt64.max` marks an empty slot (never a scalar key).
/// Keys and values are interleaved in one array, so a probe reads one cache line; the table is
/// at most half full, so a hit rarely probes past it.
///
/// Most lookups miss (a text position rarely starts a gazetteer name), so a Bloom filter answers
/// most misses without touching the larger slot array, which would not stay in cache. The filter
/// is blocked: a key sets two bits of one 64-bit word (16 bits per key: about 2% false
/// positives, from one read of a table small enough to stay in L1 beside the scanners' tables).
struct SlotMap: Sendable {
    /// Slot `h`: key at `2h`, value at `2h + 1`.
    private var slots: [UInt64] = []
    private var shift: UInt64 = 60
    private var filter: [UInt64] = []
    /// The filter word of a key is the top `64 - filterShift` bits of its filter hash.
    private var filterShift: UInt64 = 58

    init(_ pairs: [(key: UInt64, value: Int)]) {
        var cap = 16, bits: UInt64 = 4
        while cap < pairs.count * 2 { cap <<= 1; bits += 1 }
        shift = 64 - bits
        slots = Array(repeating: UInt64.max, count: 2 * cap)
        var wbits: UInt64 = 6
        while (1 << wbits) * 64 < pairs.count * 16 { wbits += 1 }
        filterShift = 64 - wbits
        filter = Array(repeating: 0, count: 1 << Int(wbits))
        for (k, v) in pairs {
            var h = Int((k &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[2 * h] != UInt64.max && slots[2 * h] != k { h = (h + 1) & (cap - 1) }
            slots[2 * h] = k; slots[2 * h + 1] = UInt64(bitPattern: Int64(v))
            let (w, m) = Self.filterWord(k, filterShift)
            filter[w] |= m
        }
    }

    /// A run of `count` items from `first`, as one value.
    static func pack(_ first: Int, _ count: Int) -> Int { first << 32 | count }
    @inline(__always) static func unpack(_ v: Int) -> (first: Int, count: Int) { (v >> 32, v & 0xFFFF_FFFF) }

    /// The key's word in `filter` and its two bits there (from a second multiplicative hash,
    /// independent of the slot's: the word from its top bits, the bits from two middle fields).
    @inline(__always) private static func filterWord(_ k: UInt64, _ shift: UInt64) -> (word: Int, mask: UInt64) {
        let h = (k ^ (k >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return (Int(h >> shift), 1 << ((h >> 20) & 63) | 1 << ((h >> 26) & 63))
    }

    @inline(__always) func get(_ k: UInt64) -> Int? {
        let (w, m) = Self.filterWord(k, filterShift)
        if filter[w] & m != m { return nil }
        let mask = slots.count / 2 - 1
        var h = Int((k &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let sk = slots[2 * h]
            if sk == k { return Int(Int64(bitPattern: slots[2 * h + 1])) }
            if sk == UInt64.max { return nil }
            h = (h + 1) & mask
        }
    }
}

/// A set of phrases matched at a position (forward) or ending at a position (backward).
/// Phrases are bucketed by their first two scalars (one-scalar phrases apart) and, backward, by
/// their last scalar; bit sets over the BMP reject most positions with one read.
///
/// Flat layout (few dependent loads per lookup, no array per phrase): every phrase's scalars sit
/// in one pool, a bucket is a contiguous run of ``Slot``s (longest first), and a ``SlotMap`` hit
/// gives the run's bounds directly. The tables live in a shared class instance, so copying a
/// `PhraseTable` costs one retain.
struct PhraseTable<Value: Sendable>: Sendable {
    /// A match: the phrase's length in scalars (its scalars are the text's at the match) and value.
    struct Entry: Sendable { let length: Int; let value: Value }

    /// A phrase in a bucket: where its scalars start in the pool, how many, its third and fourth
    /// scalars (0 past its end) and its value. A match read from a slot needs no other load for
    /// phrases of up to four scalars (most of them): not the pool, not a values array.
    struct Slot: Sendable {
        let start: Int32
        let length: Int32
        let third: UInt32
        let fourth: UInt32
        let value: Value
    }

    /// The built tables (immutable after init).
    final class Storage: Sendable {
        /// The scalars of every phrase, one after another.
        let pool: [Unicode.Scalar]
        let values: [Value]
        /// Two-scalar key → packed run of `forwardSlots` (``SlotMap/pack(_:_:)``), longest first.
        let forward: SlotMap
        let forwardSlots: [Slot]
        /// One-scalar phrases: scalar → index into `singles` (a value index).
        let single: SlotMap
        /// Last scalar → packed run of `backwardSlots`, longest first.
        let backward: SlotMap
        let backwardSlots: [Slot]
        let hasSingles: Bool
        let firstBits: ScalarBits
        let lastBits: ScalarBits
        let maxLength: Int

        init(_ pairs: [(String, Value)]) {
            var pool: [Unicode.Scalar] = []
            var values: [Value] = []
            var forward2: [UInt64: [Slot]] = [:]
            var forward1: [UInt32: Int] = [:]
            var backward: [UInt32: [Slot]] = [:]
            var firstBits = ScalarBits(), lastBits = ScalarBits()
            var maxLength = 0
            for (p, v) in pairs {
                let s = scalars(p)
                guard let f = s.first, let l = s.last else { continue }
                let slot = Slot(start: Int32(pool.count), length: Int32(s.count), third: s.count > 2 ? s[2].value : 0,
                                fourth: s.count > 3 ? s[3].value : 0, value: v)
                if s.count == 1 { forward1[f.value] = values.count } else { forward2[PhraseTable.key(s[0], s[1]), default: []].append(slot) }
                pool.append(contentsOf: s); values.append(v)
                backward[l.value, default: []].append(slot)
                firstBits.insert(f.value)
                lastBits.insert(l.value)
                maxLength = max(maxLength, s.count)
            }
            // Stable sorts by decreasing length: equal lengths keep insertion order, as before.
            func runs(_ buckets: [UInt64: [Slot]]) -> (SlotMap, [Slot]) {
                var slots: [Slot] = [], keyed: [(key: UInt64, value: Int)] = []
                for (k, b) in buckets {
                    keyed.append((k, SlotMap.pack(slots.count, b.count)))
                    slots.append(contentsOf: b.sorted { $0.length > $1.length })
                }
                return (SlotMap(keyed), slots)
            }
            (self.forward, self.forwardSlots) = runs(forward2)
            (self.backward, self.backwardSlots) = runs(Dictionary(uniqueKeysWithValues: backward.map { (UInt64($0.key), $0.value) }))
            self.single = SlotMap(forward1.map { (UInt64($0.key), $0.value) })
            self.hasSingles = !forward1.isEmpty
            self.pool = pool; self.values = values
            self.firstBits = firstBits; self.lastBits = lastBits
            self.maxLength = maxLength
        }

        /// Whether the slot's phrase equals `text[at ..< at + length]`, comparing from scalar `from`
        /// (the scalars before it are known to match). From scalar 2 (a forward match), the third
        /// and fourth scalars are compared with the slot's copies, the rest with the pool.
        @inline(__always) func matches(_ slot: Slot, _ text: [Unicode.Scalar], at: Int, from: Int) -> Bool {
            let len = Int(slot.length)
            if at < 0 || at + len > text.count { return false }
            var k = from
            if k == 2 && len > 2 {
                if text[at + 2].value != slot.third { return false }
                if len > 3 && text[at + 3].value != slot.fourth { return false }
                k = 4
            }
            let base = Int(slot.start)
            while k < len { if text[at + k] != pool[base + k] { return false }; k += 1 }
            return true
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

    @inline(__always) private func entry(_ slot: Slot) -> Entry {
        Entry(length: Int(slot.length), value: slot.value)
    }

    @inline(__always) private func single(_ v: UInt32) -> Entry? {
        if !store.hasSingles { return nil }
        return store.single.get(UInt64(v)).map { Entry(length: 1, value: store.values[$0]) }
    }

    /// All phrases starting at `i`, longest first.
    func matches(_ text: [Unicode.Scalar], at i: Int) -> [Entry] {
        guard i < text.count, mayStart(text[i]) else { return [] }
        var out: [Entry] = []
        if i + 1 < text.count, let run = store.forward.get(Self.key(text[i], text[i + 1])) {
            let (first, count) = SlotMap.unpack(run)
            for k in first..<(first + count) where store.matches(store.forwardSlots[k], text, at: i, from: 2) {
                out.append(entry(store.forwardSlots[k]))
            }
        }
        if let e = single(text[i].value) { out.append(e) }
        return out
    }

    /// The longest phrase starting at `i`.
    @inline(__always) func longest(_ text: [Unicode.Scalar], at i: Int) -> Entry? {
        guard i < text.count, mayStart(text[i]) else { return nil }
        return longest(text, atStarter: i)
    }

    /// ``longest(_:at:)`` without its ``mayStart(_:)`` test, for an offset `i < text.count` that a
    /// scanner's pre-screen flag (``ScanClasses``) already found to (nearly always) pass it: the
    /// test only rejects early, since no phrase starts with a scalar failing it, so the answer is
    /// the same.
    @inline(__always) func longest(_ text: [Unicode.Scalar], atStarter i: Int) -> Entry? {
        if i + 1 < text.count, let run = store.forward.get(Self.key(text[i], text[i + 1])) {
            let (first, count) = SlotMap.unpack(run)
            var k = first
            while k < first + count {
                let slot = store.forwardSlots[k]
                if store.matches(slot, text, at: i, from: 2) { return entry(slot) }
                k += 1
            }
        }
        return single(text[i].value)
    }

    /// The longest phrase ending just before `end` (occupying `end - count ..< end`).
    func longestEnding(_ text: [Unicode.Scalar], at end: Int) -> Entry? {
        guard end > 0, end <= text.count else { return nil }
        let c = text[end - 1]
        if c.value < 0x10000 && !store.lastBits.contains(bmp: c.value) { return nil }
        guard let run = store.backward.get(UInt64(c.value)) else { return nil }
        let (first, count) = SlotMap.unpack(run)
        var k = first
        while k < first + count {
            let slot = store.backwardSlots[k]
            if store.matches(slot, text, at: end - Int(slot.length), from: 0) { return entry(slot) }
            k += 1
        }
        return nil
    }

    func contains(_ s: String) -> Bool {
        let sc = scalars(s)
        guard let e = longest(sc, at: 0) else { return false }
        return e.length == sc.count
    }
}

// MARK: - Names as dictionary keys

/// True when the UTF-8 of `s` holds only scalars that are in NFC whatever surrounds them (no
/// canonical decomposition, combining class 0, never composed with a neighbour): ASCII, CJK
/// unified ideographs (U+4E00–U+9FFF, the scalars of ``isInert(_:)``), and the punctuation of
/// names and titles: U+00B7 (·), U+3000–U+3011 (、。〈〉《》「」…) and the fullwidth forms
/// U+FF01–U+FF5E. Such a string is in NFC, so it equals another such string exactly when their
/// bytes are equal (`String` equality is canonical equivalence).
@inline(__always) func isInertUTF8(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { b in
        var i = 0
        while i < b.count {
            let len = inertScalarLength(b, i)
            if len == 0 { return false }
            i += len
        }
        return true
    }
}

/// The byte length of the scalar starting at `b[i]` (valid UTF-8) when it is one of the scalars
/// of ``isInertUTF8(_:)``, else 0.
@inline(__always) func inertScalarLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    let c = b[i]
    if c < 0x80 { return 1 }
    guard i + 1 < b.count else { return 0 }
    let c1 = b[i + 1]
    // U+4E00–U+9FFF: a lead byte E5–E9, or E4 with a second byte of B8 or more.
    if (c >= 0xE5 && c <= 0xE9) || (c == 0xE4 && c1 >= 0xB8) { return 3 }
    if c == 0xC2 && c1 == 0xB7 { return 2 }   // U+00B7
    guard i + 2 < b.count else { return 0 }
    let c2 = b[i + 2]
    if c == 0xE3 && c1 == 0x80 && c2 <= 0x91 { return 3 }   // U+3000–U+3011: E3 80 80 … E3 80 91
    // U+FF01–U+FF5E: EF BC 81 … EF BC BF, EF BD 80 … EF BD 9E.
    if c == 0xEF && ((c1 == 0xBC && c2 >= 0x81) || (c1 == 0xBD && c2 <= 0x9E)) { return 3 }
    return 0
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
/// names are inert (``isInertUTF8(_:)``), as they nearly always are: those are hashed (over the
/// UTF-8 bytes, a word at a time, in a small open-addressing table) and compared by bytes instead of by their
/// normalized form.
///
/// Exactness: while every key is inert, an inert query equals a key exactly when the bytes are
/// equal; a non-inert query is compared with every key by `String` equality; the first non-inert
/// key moves all keys into an ordinary `[String: Int]`, used from then on.
struct NameIndex {
    /// An inert key with its value and hash.
    private struct Entry {
        let key: String
        let value: Int
        let hash: UInt64
    }

    /// The inert keys in insertion order (one array: one allocation per growth, not three).
    private var entries: [Entry] = []
    /// Open addressing over `entries`: position + 1, or 0 for an empty slot (a power of two long).
    private var table: [Int32] = []
    private var slow: [String: Int]? = nil

    init() {}

    /// An index with room for `capacity` inert keys before it grows (sized once, when the
    /// caller knows how many names it may add).
    init(capacity: Int) {
        guard capacity > 0 else { return }
        entries.reserveCapacity(capacity)
        var slots = 16
        while slots < 2 * capacity { slots <<= 1 }
        table = [Int32](repeating: 0, count: slots)
    }

    subscript(name: String) -> Int? {
        if let slow { return slow[name] }
        if entries.isEmpty { return nil }
        if let h = Self.inertHash(name) { return find(name, h) }
        for entry in entries where entry.key == name { return entry.value }
        return nil
    }

    /// Adds a name not yet present (`self[name] == nil`).
    mutating func insert(_ name: String, _ value: Int) {
        if slow != nil { slow![name] = value; return }
        if let h = Self.inertHash(name) { add(name, value, h); return }
        toSlow(adding: name, value)
    }

    /// `self[name]` when present; otherwise adds `name` with `value` and returns nil (one hash of
    /// the name instead of two for a lookup then an insert).
    mutating func value(of name: String, orInsert value: Int) -> Int? {
        if slow != nil {
            if let v = slow![name] { return v }
            slow![name] = value; return nil
        }
        if let h = Self.inertHash(name) {
            if !entries.isEmpty, let v = find(name, h) { return v }
            add(name, value, h); return nil
        }
        for entry in entries where entry.key == name { return entry.value }
        toSlow(adding: name, value)
        return nil
    }

    /// The value of the inert key `name` (hash `h`), if present.
    @inline(__always) private func find(_ name: String, _ h: UInt64) -> Int? {
        let mask = table.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(table[i])
            if e == 0 { return nil }
            if entries[e - 1].hash == h && sameBytes(entries[e - 1].key, name) { return entries[e - 1].value }
            i = (i + 1) & mask
        }
    }

    /// Adds the inert key `name` (hash `h`, not present).
    private mutating func add(_ name: String, _ value: Int, _ h: UInt64) {
        if 2 * (entries.count + 1) > table.count { grow() }
        entries.append(Entry(key: name, value: value, hash: h))
        place(entries.count - 1, h)
    }

    /// Moves every key into `slow`, with `name` (not inert) added.
    private mutating func toSlow(adding name: String, _ value: Int) {
        var all = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0.value) })
        all[name] = value
        slow = all
    }

    /// Puts key `k` (hash `h`) in the first empty slot of its probe sequence.
    private mutating func place(_ k: Int, _ h: UInt64) {
        let mask = table.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while table[i] != 0 { i = (i + 1) & mask }
        table[i] = Int32(k + 1)
    }

    /// Doubles the table (16 slots at first, with room for the 8 keys they take) and places
    /// every key again.
    private mutating func grow() {
        if table.isEmpty { entries.reserveCapacity(8) }
        table = [Int32](repeating: 0, count: max(16, 2 * table.count))
        for k in entries.indices { place(k, entries[k].hash) }
    }

    /// When `s` is inert (``isInertUTF8(_:)``): a hash of its UTF-8 bytes; nil otherwise.
    ///
    /// The bytes are hashed eight at a time (a multiply and a shift per word, then the tail),
    /// not byte by byte: the hash only places keys in `table` (entries keep insertion order and
    /// keys are compared by bytes), so any hash gives the same answers.
    private static func inertHash(_ s: String) -> UInt64? {
        var s = s
        return s.withUTF8 { b -> UInt64? in
            let n = b.count
            var i = 0
            while i < n {
                let len = inertScalarLength(b, i)
                if len == 0 { return nil }
                i += len
            }
            guard let base = b.baseAddress else { return 0 }
            var h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
            i = 0
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
                i += 8
            }
            var tail: UInt64 = 0, shift: UInt64 = 0
            while i < n { tail |= UInt64(base[i]) << shift; shift += 8; i += 1 }
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
            return h ^ (h >> 29)
        }
    }
}

/// Whether two strings have the same UTF-8 bytes.
@inline(__always) private func sameBytes(_ a: String, _ b: String) -> Bool {
    InertKey(text: a) == InertKey(text: b)
}

// MARK: - Scanner pre-screen

/// Which page scanners may act at a scalar, as bit flags: one lookup per scalar in a 64 KB table
/// (``classify(_:)``), made once per page into per-scanner offset lists (``ScanPositions``),
/// instead of each scanner testing every offset against its own 8 KB bit sets (which do not all
/// stay in cache together).
///
/// Each flag is exactly the scanner's own first test, so skipping unflagged positions changes
/// nothing: a scanner did only `i += 1` there.
struct ScanClasses: Sendable {
    /// A Han scalar that may start a gazetteer name (``PageRun/findRegions()``).
    static let region: UInt16 = 1 << 0
    /// May start a national body, or 全 (全总).
    static let national: UInt16 = 1 << 1
    /// May start an organization suffix, or 总 (省总).
    static let orgSuffix: UInt16 = 1 << 2
    /// May start a relative word (全省, 本市 …).
    static let relative: UInt16 = 1 << 3
    /// May start a title or a post-title, or 等 / 是 (people patterns).
    static let person: UInt16 = 1 << 4
    /// One of the single scalars other scanners look for: 来 《 (masks, policies), ” (events),
    /// 边 (边检总站), 一 (一府两院).
    static let mark: UInt16 = 1 << 5
    /// The number of flags with an offset list (``ScanPositions`` keeps one list per flag).
    static let count = 6
    /// Flags kept per offset only (``ScanPositions/flags(at:)``), not listed: may start a title,
    /// may start a post-title (which of the people scanner's two lookups can match at an offset
    /// flagged ``person``).
    static let titleStart: UInt16 = 1 << 6
    static let postTitleStart: UInt16 = 1 << 7

    /// Flags of each BMP scalar (eight flags: one byte each).
    private let bmp: [UInt8]
    private let regionTable: PhraseTable<RefRun>
    private let lex: CompiledLexicons

    init(regions: PhraseTable<RefRun>, lex: CompiledLexicons) {
        self.regionTable = regions
        self.lex = lex
        var table = [UInt8](repeating: 0, count: 0x10000)
        for v in 0..<0x10000 {
            if let c = Unicode.Scalar(UInt32(v)) { table[v] = UInt8(Self.compute(c, regions, lex)) }
        }
        self.bmp = table
    }

    private static func compute(_ c: Unicode.Scalar, _ regions: PhraseTable<RefRun>, _ lex: CompiledLexicons) -> UInt16 {
        var f: UInt16 = 0
        if isHan(c) && regions.mayStart(c) { f |= region }
        if lex.national.mayStart(c) || c == "全" { f |= national }
        if lex.orgSuffixes.mayStart(c) || c == "总" { f |= orgSuffix }
        if lex.relativeWords.mayStart(c) { f |= relative }
        if lex.titles.mayStart(c) || lex.postTitles.mayStart(c) || c == "等" || c == "是" { f |= person }
        if lex.titles.mayStart(c) { f |= titleStart }
        if lex.postTitles.mayStart(c) { f |= postTitleStart }
        if c == "来" || c == "《" || c == "”" || c == "边" || c == "一" { f |= mark }
        return f
    }

    /// The listed flags of a flag byte spread into byte lanes: bit `b` (b < 6) becomes 1 in byte
    /// `b`, so that adding the lanes of many bytes counts each flag in its own byte.
    @inline(__always) static func lanes(_ f: UInt8) -> UInt64 {
        // The multiplier is the sum of 2^(7k), k < 6: bit b times 2^(7b) lands at bit 8b; every
        // other product bit lands off the byte starts, and no two land on the same bit (no carry).
        (UInt64(f & 0x3F) &* 0x8_1020_4081) & 0x0000_0101_0101_0101
    }

    @inline(__always) func classify(_ c: Unicode.Scalar) -> UInt16 {
        c.value < 0x10000 ? UInt16(bmp[Int(c.value)]) : Self.compute(c, regionTable, lex)
    }

    /// Calls `body` with the flags of every BMP scalar, indexed by scalar value (the table of
    /// ``classify(_:)``, read without bounds checks in a page-long loop).
    @inline(__always) func withBMPFlags<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bmp.withUnsafeBufferPointer(body)
    }

}

/// The offsets of a page flagged for each scanner (``ScanClasses``), ascending. A scanner visits
/// only these instead of testing every offset: the tests were cheap, but their unpredictable
/// branches were not.
struct ScanPositions {
    /// List `b` (flag `1 << b`) is `offsets[starts[b] ..< starts[b] + counts[b]]`.
    private let offsets: [Int32]
    /// Per offset: its flags (``ScanClasses/classify(_:)``, as a byte).
    private let flags: [UInt8]
    private var starts = [Int](repeating: 0, count: ScanClasses.count)
    private var counts = [Int](repeating: 0, count: ScanClasses.count)

    /// Classifies every scalar of `s` and lists the offsets per flag.
    ///
    /// Two passes, so that the lists take only the memory they need (a page-sized buffer per
    /// list would push the gazetteer's tables out of cache): the first classifies each scalar
    /// into a flag byte and counts each flag; the second writes the lists, without branches:
    /// list `b` has its own region, one slot longer than its count; each offset is written at
    /// every list's end, and a list's end moves past it only when its flag is set (so an end
    /// never passes the spare slot at the end of its region, and lists never overlap).
    init(_ s: [Unicode.Scalar], _ classes: ScanClasses) {
        let n = s.count
        var flags = [UInt8](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: ScanClasses.count)
        flags.withUnsafeMutableBufferPointer { out in
            s.withUnsafeBufferPointer { text in
                classes.withBMPFlags { table in
                    // The flags are counted in byte lanes of one word (``ScanClasses/lanes(_:)``),
                    // moved into `counts` before a lane can overflow (every 255 scalars).
                    var i = 0
                    while i < n {
                        let chunkEnd = min(n, i + 255)
                        var lanes: UInt64 = 0
                        while i < chunkEnd {
                            let c = text[i]
                            let f = c.value < 0x10000 ? table[Int(c.value)] : UInt8(truncatingIfNeeded: classes.classify(c))
                            out[i] = f
                            lanes &+= ScanClasses.lanes(f)
                            i += 1
                        }
                        for b in 0..<ScanClasses.count { counts[b] += Int((lanes >> UInt64(8 * b)) & 0xFF) }
                    }
                }
            }
        }
        // List b starts at starts[b]; its region is counts[b] + 1 slots (the last one spare).
        var starts = [Int](repeating: 0, count: ScanClasses.count)
        for b in 1..<ScanClasses.count { starts[b] = starts[b - 1] + counts[b - 1] + 1 }
        let total = starts[ScanClasses.count - 1] + counts[ScanClasses.count - 1] + 1
        offsets = [Int32](unsafeUninitializedCapacity: total) { buf, initialized in
            var e0 = starts[0], e1 = starts[1], e2 = starts[2], e3 = starts[3], e4 = starts[4], e5 = starts[5]
            flags.withUnsafeBufferPointer { fl in
                for i in 0..<n {
                    let f = Int(fl[i])
                    let v = Int32(i)
                    // Wrapping adds: an end stays below `total`, so no overflow check is needed.
                    buf[e0] = v; e0 &+= f & 1
                    buf[e1] = v; e1 &+= (f >> 1) & 1
                    buf[e2] = v; e2 &+= (f >> 2) & 1
                    buf[e3] = v; e3 &+= (f >> 3) & 1
                    buf[e4] = v; e4 &+= (f >> 4) & 1
                    buf[e5] = v; e5 &+= (f >> 5) & 1
                }
            }
            // The spare slots (never read) are given a value, so that every slot is initialized.
            for b in 0..<ScanClasses.count { buf[starts[b] + counts[b]] = -1 }
            initialized = total
        }
        self.starts = starts
        self.counts = counts
        self.flags = flags
    }

    /// The flags of offset `i` (all of ``ScanClasses/classify(_:)``, listed or not).
    @inline(__always) func flags(at i: Int) -> UInt16 { UInt16(flags[i]) }

    /// The offsets flagged `flag` (one of the ``ScanClasses`` flags), ascending.
    func offsets(_ flag: UInt16) -> ArraySlice<Int32> {
        let b = flag.trailingZeroBitCount
        return offsets[starts[b]..<(starts[b] + counts[b])]
    }
}
