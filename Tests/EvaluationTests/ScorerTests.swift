import XCTest
import Foundation
@testable import Evaluation

/// `eval` on a small hand-made gold/prediction pair gives known figures.
final class ScorerTests: XCTestCase {
    func metric(_ v: String, _ unit: String, _ surface: String, subject: String? = nil, period: String? = nil, region: String? = nil) -> GoldMetric {
        GoldMetric(value: Decimal(string: v)!, unit: unit, kind: "count", subject: subject, approx: false, change: false,
                   period: period, region: region, surface: surface)
    }

    func testKnownFigures() {
        let gold = GoldDocument(
            doc: "t.txt", publicationDate: "2024-01-02",
            articles: [GoldArticle(title: "标题一", kicker: "引题", people: [GoldBylinePerson(name: "张三", role: "reporter")]),
                       GoldArticle(title: "标题二", column: "栏目"),
                       GoldArticle(title: "标题三")],
            metrics: [metric("5", "个", "5个项目", subject: "项目", period: "2024"),
                      metric("5", "个", "另有5个", subject: "站点"),
                      metric("82.2", "%", "82.2%")],
            organizations: ["某市总工会", "某县人民法院"],
            regions: [GoldRegion(name: "某市", full: "某省某市", adcode: "110100")],
            people: [GoldPerson(name: "张三", title: "记者")],
            policies: ["某省贯彻〈工会法〉实施办法"],
            dates: [GoldDate(surface: "今年", value: "2024"), GoldDate(surface: "今年", value: "2024"), GoldDate(surface: "3月", value: "2024-03")])
        let predicted = GoldDocument(
            doc: "t.txt", publicationDate: nil,
            articles: [GoldArticle(title: "标题一", kicker: nil, people: [GoldBylinePerson(name: "张三", role: "reporter"),
                                                                          GoldBylinePerson(name: "李四", role: "reporter")]),
                       GoldArticle(title: "标题二", column: "栏目"),
                       GoldArticle(title: "错误标题"), GoldArticle(title: "另一个")],
            metrics: [metric("5", "个", "另有5个", subject: "站点"),
                      metric("5", "个", "5个项目", subject: "项目", period: "2024"),
                      metric("7", "人", "7人")],
            organizations: ["某市总工会", "某 县人民法院", "多余组织"],
            regions: [GoldRegion(name: "某市", full: nil, adcode: "110100"), GoldRegion(name: "别处", full: nil, adcode: "120000")],
            people: [],
            policies: ["《某省贯彻工会法实施办法》"],
            dates: [GoldDate(surface: "今年", value: "2024")])
        let r = Scorer.score(gold: gold, predicted: predicted)

        // Titles: 2 matched of 3 gold and 4 predicted.
        let titles = r.fields["articles.title"]!
        XCTAssertEqual([titles.truePositives, titles.gold, titles.predicted], [2, 3, 4])
        XCTAssertEqual(titles.precision, 0.5, accuracy: 1e-9)
        XCTAssertEqual(titles.recall, 2.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(titles.f1, 4.0 / 7.0, accuracy: 1e-9)
        // Kicker wrong on 1 of 2 matched articles; column right on both.
        XCTAssertEqual(r.accuracies["articles.kicker"], AccuracyScore(correct: 1, total: 2))
        XCTAssertEqual(r.accuracies["articles.column"], AccuracyScore(correct: 2, total: 2))
        // Byline people: 1 of 1 gold, 1 of 2 predicted.
        XCTAssertEqual(r.fields["articles.people"], FieldScore(truePositives: 1, gold: 1, predicted: 2))
        // Metrics: both 5 个 match, paired by surface, so subject and period are right.
        XCTAssertEqual(r.fields["metrics"], FieldScore(truePositives: 2, gold: 3, predicted: 3))
        XCTAssertEqual(r.accuracies["metrics.subject"], AccuracyScore(correct: 2, total: 2))
        XCTAssertEqual(r.accuracies["metrics.period"], AccuracyScore(correct: 2, total: 2))
        // Organizations compare without spaces; policies without 《》〈〉.
        XCTAssertEqual(r.fields["organizations"], FieldScore(truePositives: 2, gold: 2, predicted: 3))
        XCTAssertEqual(r.fields["policies"], FieldScore(truePositives: 1, gold: 1, predicted: 1))
        XCTAssertEqual(r.fields["regions"], FieldScore(truePositives: 1, gold: 1, predicted: 2))
        XCTAssertEqual(r.fields["people"], FieldScore(truePositives: 0, gold: 1, predicted: 0))
        XCTAssertEqual(r.fields["people"]!.f1, 0)
        // Dates are a multiset: one 2024 of two, and 2024-03 missed.
        XCTAssertEqual(r.fields["dates"], FieldScore(truePositives: 1, gold: 3, predicted: 1))
        XCTAssertEqual(r.accuracies["publication_date"], AccuracyScore(correct: 0, total: 1))

        // Errors name the document, the field and the item.
        XCTAssertTrue(r.errors.contains(ScoringError(doc: "t.txt", field: "articles.title", kind: .missed, gold: "标题三", predicted: nil)))
        XCTAssertTrue(r.errors.contains(ScoringError(doc: "t.txt", field: "metrics", kind: .spurious, gold: nil, predicted: "7 人 “7人”")))
        XCTAssertTrue(r.errors.contains { $0.field == "metrics" && $0.kind == .missed && ($0.gold ?? "").hasPrefix("82.2 %") })
    }

    func testMicroAverageSumsCounts() {
        let a = GoldDocument(doc: "a", organizations: ["甲", "乙"])
        let b = GoldDocument(doc: "b", organizations: ["丙"])
        let r = Scorer.score([(a, GoldDocument(doc: "a", organizations: ["甲"])), (b, GoldDocument(doc: "b", organizations: ["丙", "丁"]))])
        XCTAssertEqual(r.fields["organizations"], FieldScore(truePositives: 2, gold: 3, predicted: 3))
        XCTAssertEqual(r.documents, ["a", "b"])
    }

    func testGoldValuesDecodeExactly() throws {
        let json = #"{"doc":"x.txt","publication_date":null,"articles":[],"metrics":[{"value":82.2,"unit":"%","kind":"percent","subject":null,"approx":false,"change":false,"period":null,"region":null,"surface":"82.2%"},{"value":6545000,"unit":"元","kind":"money","subject":"资金","approx":true,"change":false,"period":"2024","region":"某省","surface":"654.5万元"}],"organizations":[],"regions":[],"people":[],"policies":[],"dates":[]}"#
        let d = try JSONDecoder().decode(GoldDocument.self, from: Data(json.utf8))
        XCTAssertEqual(d.metrics.map(\.value), [Decimal(string: "82.2")!, Decimal(string: "6545000")!])
        XCTAssertEqual(GoldExport.json(d).render(), json)
    }

    func testTextReportListsErrors() {
        let r = Scorer.score(gold: GoldDocument(doc: "a.txt", articles: [GoldArticle(title: "甲")]),
                             predicted: GoldDocument(doc: "a.txt", articles: [GoldArticle(title: "乙")]))
        let text = ReportFormatter.text(r, showErrors: true)
        XCTAssertTrue(text.contains("== a.txt"))
        XCTAssertTrue(text.contains("missed:   甲"))
        XCTAssertTrue(text.contains("spurious: 乙"))
        let md = ReportFormatter.markdown(r, perDocument: [r], goldDirectory: "gold", version: "test")
        XCTAssertTrue(md.contains("| articles.title | 0.000 | 0.000 | 0.000 | 1 | 1 | 0 |"))
    }
}
