import XCTest
@testable import NewsText

final class SentenceTests: XCTestCase {
    func split(_ s: String) -> [String] {
        let scalars = Array(s.unicodeScalars)
        return SentenceSplitter.split(scalars, 0..<scalars.count).map { ScalarMatch.string(scalars, $0.start..<$0.end) }
    }

    func testEndersAndClosingQuotes() {
        XCTAssertEqual(split("他说:“今年要办好实事。”随后离开。真的吗?是的!"),
                       ["他说:“今年要办好实事。”", "随后离开。", "真的吗?", "是的!"])
        XCTAssertEqual(split("没有句号的结尾"), ["没有句号的结尾"])
        XCTAssertEqual(split("连续问号??还有(括号。)后文"), ["连续问号??", "还有(括号。)", "后文"])
        XCTAssertEqual(split("分号;不分句。"), ["分号;不分句。"])
    }

    func testSentenceSpansIntoCleanText() {
        let page = PageReader.read("# 标题\n\n第一句。第二句!“第三句?”", metadata: PageMetadata())
        let body = page.articles[0].sentences.filter { page.articles[0].blocks[$0.blockIndex].kind == .body }
        XCTAssertEqual(body.map { page.text[$0.span] }, ["第一句。", "第二句!", "“第三句?”"])
    }
}
