import XCTest
import Foundation
import NewsText
import Extraction
import Entities
import Metrics
@testable import Evaluation

/// `extract --format gold-json` output has every required key with the right type.
final class GoldExportTests: XCTestCase {
    func samplePage() -> Page {
        PageReader.read("""
        ## 某省总工会关爱一线职工

        # 送温暖 暖人心

        本报讯(记者 郑文 通讯员 韩雪)近日,某省总工会投入资金654.5万元,帮扶职工。
        """, metadata: PageMetadata(publishedOn: CivilDate(year: 2024, month: 2, day: 1)))
    }

    func sampleResult(_ page: Page) -> ExtractionResult {
        let sentence = page.articles[0].sentences.last!.span
        let metric = Metric(value: Decimal(string: "6545000")!, unit: "元", kind: .money, currency: "CNY", subject: "资金",
                            approx: false, change: false, period: MetricPeriod(CivilDate(year: 2024)),
                            region: RegionAnchor(span: TextSpan(0, 2), articleIndex: 0, code: "110000", name: "某省", level: "province", isRelative: true),
                            articleIndex: 0, sentenceSpan: sentence, span: sentence, surface: "投入资金654.5万元")
        let percent = Metric(value: Decimal(string: "82.2")!, unit: "%", kind: .percent, subject: nil,
                             articleIndex: 0, sentenceSpan: sentence, span: sentence, surface: "82.2%")
        let date = DateMention(surface: "2月1日", span: TextSpan(0, 4), articleIndex: 0,
                               period: MetricPeriod(CivilDate(year: 2024, month: 2, day: 1)), yearInferred: true)
        let entities = EntityResult(
            regions: [RegionEntity(code: "110000", name: "某省", fullName: "某省", level: .province, mentions: [])],
            organizations: [OrganizationEntity(canonicalName: "某省总工会", type: .union, regionCode: nil, aliases: ["省总"], mentions: [])],
            people: [PersonEntity(name: "郑文", title: "记者", bylineRole: .reporter, mentions: [])],
            policies: [PolicyEntity(title: "某省职工权益保障条例", mentions: [])])
        return ExtractionResult(metrics: [metric, percent], dates: [date], entities: entities)
    }

    func testRequiredKeysAndTypes() throws {
        let page = samplePage()
        let text = GoldExport.json(fileName: "sample.txt", page: page, result: sampleResult(page)).render(pretty: true)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["doc"] as? String, "sample.txt")
        XCTAssertEqual(object["publication_date"] as? String, "2024-02-01")
        for key in ["articles", "metrics", "organizations", "regions", "people", "policies", "dates"] {
            XCTAssertNotNil(object[key] as? [Any], "missing list \(key)")
        }
        let article = try XCTUnwrap((object["articles"] as? [[String: Any]])?.first)
        XCTAssertEqual(article["title"] as? String, "送温暖 暖人心")
        XCTAssertEqual(article["kicker"] as? String, "某省总工会关爱一线职工")
        for key in ["subtitle", "column"] { XCTAssertTrue(article[key] is NSNull, key) }
        let people = try XCTUnwrap(article["people"] as? [[String: String]])
        XCTAssertEqual(people, [["name": "郑文", "role": "reporter"], ["name": "韩雪", "role": "correspondent"]])

        let metric = try XCTUnwrap((object["metrics"] as? [[String: Any]])?.first)
        for key in ["unit", "kind", "subject", "period", "region", "surface"] { XCTAssertTrue(metric[key] is String, key) }
        XCTAssertTrue(metric["value"] is NSNumber)
        XCTAssertTrue(metric["approx"] is Bool && metric["change"] is Bool)
        XCTAssertEqual(metric["region"] as? String, "某省")
        XCTAssertEqual(metric["period"] as? String, "2024")
        // Numbers are printed exactly.
        XCTAssertTrue(text.contains("\"value\": 6545000,"))
        XCTAssertTrue(text.contains("\"value\": 82.2,"))

        let region = try XCTUnwrap((object["regions"] as? [[String: Any]])?.first)
        XCTAssertEqual(region["adcode"] as? String, "110000")
        XCTAssertTrue(region["full"] is String && region["name"] is String)
        XCTAssertEqual(object["organizations"] as? [String], ["某省总工会"])
        XCTAssertEqual(object["policies"] as? [String], ["某省职工权益保障条例"])
        let person = try XCTUnwrap((object["people"] as? [[String: Any]])?.first)
        XCTAssertEqual(person["title"] as? String, "记者")
        XCTAssertEqual(object["dates"] as? [[String: String]], [["surface": "2月1日", "value": "2024-02-01"]])

        // The export reads back as a GoldDocument equal to the direct conversion.
        let decoded = try JSONDecoder().decode(GoldDocument.self, from: Data(text.utf8))
        XCTAssertEqual(decoded, GoldExport.document(fileName: "sample.txt", page: page, result: sampleResult(page)))
    }

    func testEmptyExtractionStillHasEveryKey() throws {
        let page = PageReader.read("没有标题的一段文字。", metadata: PageMetadata())
        let empty = ExtractionResult(metrics: [], dates: [], entities: EntityResult())
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(GoldExport.json(fileName: "x.txt", page: page, result: empty).render().utf8)) as? [String: Any])
        XCTAssertTrue(object["publication_date"] is NSNull)
        for key in ["metrics", "organizations", "regions", "people", "policies", "dates"] {
            XCTAssertEqual((object[key] as? [Any])?.count, 0, key)
        }
        XCTAssertEqual((object["articles"] as? [[String: Any]])?.first?["title"] is NSNull, true)
    }

    func testPublicationDateOnlyWhenTheDayIsKnown() {
        let inferred = PageReader.read("标题\n\n2019年3月1日,会议召开。", metadata: PageMetadata())
        XCTAssertNil(GoldExport.publicationDate(inferred))
        let printed = PageReader.read("标题\n\n2019年3月1日 星期五\n\n正文。", metadata: PageMetadata())
        XCTAssertEqual(GoldExport.publicationDate(printed), "2019-03-01")
    }

    func testExactDecimalText() {
        XCTAssertEqual(exactDecimalString(Decimal(string: "300000000")!), "300000000")
        XCTAssertEqual(exactDecimalString(Decimal(string: "0.5")!), "0.5")
        XCTAssertEqual(exactDecimalString(Decimal(string: "82.2")!), "82.2")
    }
}
