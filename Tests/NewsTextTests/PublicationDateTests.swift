import XCTest
@testable import NewsText

final class PublicationDateTests: XCTestCase {
    func testMetadataWins() {
        let page = PageReader.read("标题\n\n2020年5月6日 星期三\n\n正文。", metadata: PageMetadata(publishedOn: CivilDate(year: 2021, month: 1, day: 2)))
        XCTAssertEqual(page.publication, PublicationDate(date: CivilDate(year: 2021, month: 1, day: 2), inferred: false, method: "metadata"))
    }

    func testPrintedDateLine() {
        let page = PageReader.read("标题\n\n2022-07-29 19:32:24\n\n正文。", metadata: PageMetadata())
        XCTAssertEqual(page.publication, PublicationDate(date: CivilDate(year: 2022, month: 7, day: 29), inferred: false, method: "date-line"))
    }

    func testLatestExplicitDate() {
        let page = PageReader.read("标题\n\n2019年3月1日,会议召开。2019年12月30日,活动结束。", metadata: PageMetadata())
        XCTAssertEqual(page.publication, PublicationDate(date: CivilDate(year: 2019, month: 12, day: 30), inferred: true, method: "latest-explicit-date"))
    }

    func testLatestYear() {
        let page = PageReader.read("标题\n\n2023年,全市新建工会。启动2024年活动,5月8日开幕。", metadata: PageMetadata())
        XCTAssertEqual(page.publication, PublicationDate(date: CivilDate(year: 2024), inferred: true, method: "year-mentions"))
        XCTAssertNil(PageReader.read("标题\n\n没有日期。", metadata: PageMetadata()).publication)
    }

    func testDateScanner() {
        let s = Array("于2015年10月29日和2022-07-29及20221-01-01".unicodeScalars)
        XCTAssertEqual(DateScanner.fullDates(s, in: 0..<s.count).map(\.date),
                       [CivilDate(year: 2015, month: 10, day: 29), CivilDate(year: 2022, month: 7, day: 29)])
    }
}
