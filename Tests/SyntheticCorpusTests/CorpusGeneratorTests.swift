import XCTest
import Foundation
import NewsText
import Entities
import Extraction
import ReferenceData
import SyntheticCorpus

final class CorpusGeneratorTests: XCTestCase {
    static let gazetteer: Gazetteer = {
        do { return try Gazetteer(regionsCSV: ReferenceData.regionsCSV, retiredCSV: ReferenceData.retiredRegionsCSV) }
        catch { fatalError("gazetteer: \(error)") }
    }()

    func testSameSeedGivesIdenticalPages() {
        let a = CorpusGenerator(seed: 42, gazetteer: Self.gazetteer)
        let b = CorpusGenerator(seed: 42, gazetteer: Self.gazetteer)
        for n in [0, 1, 7, 999, 123_456] {
            let pa = a.page(number: n), pb = b.page(number: n)
            XCTAssertEqual(pa.text, pb.text, "page \(n)")
            XCTAssertEqual(pa.meta, pb.meta, "page \(n)")
        }
        // Order does not matter: page 5 generated alone equals page 5 generated after others.
        var bytes: [UInt8] = []
        a.write(page: 5, into: &bytes)
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), b.page(number: 5).text)
    }

    func testDifferentSeedsAndPagesDiffer() {
        let a = CorpusGenerator(seed: 1, gazetteer: Self.gazetteer)
        let b = CorpusGenerator(seed: 2, gazetteer: Self.gazetteer)
        XCTAssertNotEqual(a.page(number: 0).text, b.page(number: 0).text)
        XCTAssertNotEqual(a.page(number: 0).text, a.page(number: 1).text)
    }

    func testDatesAndFolders() {
        let g = CorpusGenerator(seed: 1, gazetteer: Self.gazetteer, startDate: CivilDate(year: 2023, month: 12, day: 30),
                                pagesPerMonth: 10)
        XCTAssertEqual(g.date(ofPage: 0), CivilDate(year: 2023, month: 12, day: 30))
        XCTAssertEqual(g.date(ofPage: 10), CivilDate(year: 2024, month: 1, day: 1))
        XCTAssertEqual(g.date(ofPage: 25).month, 2)
        XCTAssertEqual(g.relativeBaseName(ofPage: 12), "2024/01/page-0000012")
        XCTAssertEqual(g.page(number: 12).meta.publishedOn, g.date(ofPage: 12))
        let json = CorpusGenerator.sidecarJSON(g.page(number: 12).meta)
        let parsed = try? Sidecar.parse(Data(json.utf8), path: "x.meta.json")
        XCTAssertEqual(parsed?.publishedOn, g.date(ofPage: 12))
        XCTAssertNotNil(parsed?.source)
    }

    func testPagesHaveArticlesBylinesAndEntities() {
        let g = CorpusGenerator(seed: 9, gazetteer: Self.gazetteer)
        let extractor = Extractor(gazetteer: Self.gazetteer)
        var policies = 0, metrics = 0, bytes = 0
        for n in 0..<40 {
            let (text, meta) = g.page(number: n)
            let page = PageReader.read(text, metadata: meta)
            XCTAssertGreaterThanOrEqual(page.articles.count, 3, "page \(n): articles")
            XCTAssertTrue(page.articles.allSatisfy { $0.title != nil }, "page \(n): every article has a title")
            let bylined = page.articles.filter { !$0.people.isEmpty }.count
            XCTAssertGreaterThanOrEqual(bylined, 3, "page \(n): bylines")
            XCTAssertEqual(page.publication?.date, meta.publishedOn)
            let r = extractor.extract(page)
            // the density: 10–40 metrics per page
            XCTAssertTrue((10...40).contains(r.metrics.count), "page \(n): \(r.metrics.count) metrics")
            metrics += r.metrics.count; bytes += text.utf8.count
            XCTAssertGreaterThanOrEqual(r.entities.regions.count, 1, "page \(n): regions")
            XCTAssertGreaterThanOrEqual(r.entities.organizations.count, 2, "page \(n): organizations")
            XCTAssertFalse(r.entities.people.isEmpty, "page \(n): people")
            XCTAssertFalse(r.dates.isEmpty, "page \(n): dates")
            policies += r.entities.policies.count
        }
        XCTAssertGreaterThanOrEqual(policies, 10, "policies over 40 pages")
        // real pages hold 3–5 metrics per KB of text (the development pages: 4.4; a full seed page: 3.1)
        let perKB = Double(metrics) * 1000 / Double(bytes)
        XCTAssertTrue((2.5...5.5).contains(perKB), "metrics per KB: \(perKB)")
    }

    func testSplitMix64IsStable() {
        var r = SplitMix64(seed: 0)
        // Reference values of SplitMix64 from seed 0.
        XCTAssertEqual(r.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(r.next(), 0x6E78_9E6A_A1B9_65F4)
    }
}
