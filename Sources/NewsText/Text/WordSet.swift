/// A constant set of short words, tested against scalar ranges without building a `String`
/// (a `Set<String>` lookup encodes the range and hashes it through NFC normalization).
///
/// Membership is exactly `Set<String>.contains(ScalarMatch.string(text, range))`:
/// - when every word is made of CJK unified ideographs (U+4E00–U+9FFF), a string equal to one
///   of them (canonical equivalence) has the same scalar count, so other lengths are rejected;
/// - a range of unified ideographs only is NFC-inert, so equality is scalar equality;
/// - any other range falls back to the `String` set.
struct WordSet: Sendable {
    private let strings: Set<String>
    /// All words are unified ideographs: the fast paths apply.
    private let hanOnly: Bool
    private let minLength: Int
    private let maxLength: Int
    /// The words, as scalar values.
    private let words: [[UInt32]]

    init(_ list: [String]) {
        strings = Set(list)
        words = strings.map { $0.unicodeScalars.map(\.value) }
        hanOnly = words.allSatisfy { w in !w.isEmpty && w.allSatisfy { $0 >= 0x4E00 && $0 <= 0x9FFF } }
        minLength = words.map(\.count).min() ?? 0
        maxLength = words.map(\.count).max() ?? 0
    }

    /// True when the text of `text[range]` is one of the words.
    func contains(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard hanOnly else { return strings.contains(ScalarMatch.string(text, range)) }
        let n = range.count
        guard n >= minLength, n <= maxLength else { return false }
        for i in range where !(text[i].value >= 0x4E00 && text[i].value <= 0x9FFF) {
            return strings.contains(ScalarMatch.string(text, range))
        }
        let start = range.lowerBound
        for w in words where w.count == n {
            var k = 0
            while k < n, w[k] == text[start + k].value { k += 1 }
            if k == n { return true }
        }
        return false
    }
}
