import Testing
@testable import Entities

/// ``NameIndex`` must answer as a `[String: Int]` would (canonical equivalence), whichever of its
/// paths (bytes for inert names, `String` equality otherwise) a name takes.
@Suite struct NameIndexTests {
    static let names = ["烟台市总工会", "《劳动法》", "关于〈劳动法〉的解释、说明", "马·克", "ＡＢＣ工会", "e\u{301}", "é", "ç"]

    /// Inserts every name with `value(of:orInsert:)`, checking each answer against a dictionary.
    func check(_ names: [String]) {
        var index = NameIndex()
        var reference: [String: Int] = [:]
        for (k, name) in names.enumerated() {
            let got = index.value(of: name, orInsert: k)
            #expect(got == reference[name], "\(name)")
            if reference[name] == nil { reference[name] = k }
        }
        for name in names + ["烟台市", "《劳动法", "马·"] { #expect(index[name] == reference[name], "\(name)") }
    }

    @Test func inertNamesAndPunctuation() { check(Array(Self.names.prefix(5)) + Array(Self.names.prefix(5))) }

    @Test func canonicallyEquivalentNames() { check(Self.names + Self.names.reversed()) }

    @Test func inertPunctuationByBytes() {
        #expect(isInertUTF8("《劳动法》、〈条例〉·ＡＢＣ"))
        #expect(!isInertUTF8("e\u{301}"))
        #expect(!isInertUTF8("〪"))   // U+302A: a combining tone mark, outside U+3000–U+3011
        #expect(sameText("《劳动法》", "《劳动法》"))
        #expect(sameText("e\u{301}", "é"))
    }
}
