import XCTest
@testable import NewsText

final class CleaningTests: XCTestCase {
    func testFullWidthFormsFoldToASCII() {
        let r = TextCleaner.clean("全市共有职工１２３４名，占比８２．２％（含ＡＢＣ公司）：好！")
        XCTAssertEqual(r.text.string, "全市共有职工1234名,占比82.2%(含ABC公司):好!")
    }

    func testWhitespaceNormalization() {
        let r = TextCleaner.clean("\u{3000}\u{3000}第一段文字。\r\n第二段\u{00A0}文字。  \r\r第三段\u{200B}文字。\t")
        XCTAssertEqual(r.text.string, "第一段文字。\n第二段 文字。\n\n第三段文字。")
    }

    func testQuotesKeptAndUnbalancedTolerated() {
        let text = "他说:“我们一定做好。\n\n‘单引号’和《文件》保持原样。"
        let page = PageReader.read(text, metadata: PageMetadata())
        XCTAssertEqual(page.text.string, text)
        XCTAssertFalse(page.articles.isEmpty)
    }

    func testEmptyText() {
        let page = PageReader.read("", metadata: PageMetadata())
        XCTAssertEqual(page.articles, [])
        XCTAssertEqual(page.text.count, 0)
    }

    func testCleaningThroughput() {
        // Cleaning and splitting must stay far above the pipeline's 20 MB/s target.
        let text = String(repeating: Fixtures.seedText, count: 50)
        let bytes = text.utf8.count
        let start = Date()
        let page = PageReader.read(text, metadata: PageMetadata())
        let seconds = Date().timeIntervalSince(start)
        XCTAssertGreaterThan(page.articles.count, 50)
        print("PageReader: \(Double(bytes) / 1_000_000 / seconds) MB/s (debug build)")
    }
}
