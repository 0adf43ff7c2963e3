import XCTest
@testable import NewsText

/// Kickers, titles, subtitles and columns on pages written for the test.
final class HeadingTests: XCTestCase {
    func read(_ text: String) -> Page { PageReader.read(text, metadata: PageMetadata()) }

    func testMarkedKickerAboveTitleAndColumnBelow() {
        let page = read("""
        ## 某省总工会关爱环卫工人

        # 送清凉 暖人心

        ## 基层风采

        本报记者 何文

        正文第一句。正文第二句。
        """)
        XCTAssertEqual(page.articles.count, 1)
        let a = page.articles[0]
        XCTAssertEqual(a.kicker, "某省总工会关爱环卫工人")
        XCTAssertEqual(a.title, "送清凉 暖人心")
        XCTAssertEqual(a.column, "基层风采")
        XCTAssertEqual(a.sentences.filter { a.blocks[$0.blockIndex].kind == .body }.count, 2)
    }

    func testDashKickerLogoColumnAndPhotoStory() {
        let page = read("""
        推进产业工人队伍建设改革,打造高素质技能人才队伍——

        # 技能强国 匠心筑梦

        正文第一句。

        ## H 新闻特写

        # 老师傅的新课堂

        正文第二句。

        ## 春日里的劳动者

        一线职工在田间忙碌。

        本报记者 钱进 摄
        """)
        XCTAssertEqual(page.articles.map(\.title), ["技能强国 匠心筑梦", "老师傅的新课堂", "春日里的劳动者"])
        XCTAssertEqual(page.articles.map(\.kicker), ["推进产业工人队伍建设改革,打造高素质技能人才队伍——", nil, nil])
        XCTAssertEqual(page.articles.map(\.column), [nil, "新闻特写", nil])
        XCTAssertEqual(page.articles[2].people.map(\.role), [.photographer])
    }

    func testSubheadingsAreNotArticles() {
        let page = read("# 一篇报道的标题\n\n正文一。\n\n### 一个小标题\n\n正文二。")
        XCTAssertEqual(page.articles.count, 1)
        XCTAssertEqual(page.blocks(.subheading, in: 0), ["一个小标题"])
    }

    func testSeriesTagInHeadline() {
        let page = read("晨间速览丨某市总工会慰问一线职工;某县开展技能竞赛\n今日,天气晴。\n2月3日,某市总工会慰问职工。")
        XCTAssertEqual(page.articles[0].column, "晨间速览")
        XCTAssertEqual(page.articles[0].title, "某市总工会慰问一线职工;某县开展技能竞赛")
    }

    func testPlainPageTitleAndSubtitle() {
        let page = read("""
        00003版:要闻

        某市千余家企业开展工资集体协商

        推进会在某县召开

        本报讯 近日,某市工资集体协商推进会召开。

        2020年5月6日 星期三
        """)
        let a = page.articles[0]
        XCTAssertEqual(a.title, "某市千余家企业开展工资集体协商")
        XCTAssertEqual(a.subtitle, "推进会在某县召开")
        XCTAssertNil(a.kicker)
        XCTAssertEqual(page.blocks(.metadata, in: 0), ["00003版:要闻", "2020年5月6日 星期三"])
        XCTAssertEqual(page.publication, PublicationDate(date: CivilDate(year: 2020, month: 5, day: 6), inferred: false, method: "date-line"))
    }

    func testPlainPageKickerAndTitle() {
        let page = read("协同发力 共享资源\n“法院+工会”携手化解劳动争议纠纷\n\n本报讯 通讯员王平报道:近日,某市中院与市总工会签订协议。")
        XCTAssertEqual(page.articles[0].kicker, "协同发力 共享资源")
        XCTAssertEqual(page.articles[0].title, "“法院+工会”携手化解劳动争议纠纷")
    }

    func testPlainPageMetadataLines() {
        let page = read("某省总工会拨付专项资金助困\n\n2019年02月01日09:30  来源:某某日报\n\n近日,某省总工会拨付资金。")
        XCTAssertEqual(page.articles[0].title, "某省总工会拨付专项资金助困")
        XCTAssertEqual(page.blocks(.metadata, in: 0).count, 1)
        let outlet = read("某市发布职工调查结果:新就业形态劳动者增加\n\n某某新闻网\n2021-03-04 10:20:30\n\n某某网北京3月4日电 (记者 孔明)某市发布调查。")
        XCTAssertNil(outlet.articles[0].subtitle)
        XCTAssertEqual(outlet.blocks(.metadata, in: 0), ["某某新闻网", "2021-03-04 10:20:30"])
    }

    func testPlainPageWithoutTitle() {
        let page = read("本报讯(记者 刘洋)近日,某市工会开展活动。\n另一段文字。")
        XCTAssertEqual(page.articles.count, 1)
        XCTAssertNil(page.articles[0].title)
        XCTAssertEqual(page.articles[0].people.map(\.name), ["刘洋"])
    }

    func testSecondArticleOnPlainPage() {
        let page = read("""
        第一篇报道的标题

        本报讯 第一篇的正文。

        第二篇报道的标题

        本报记者 冯雪

        第二篇的正文。
        """)
        XCTAssertEqual(page.articles.map(\.title), ["第一篇报道的标题", "第二篇报道的标题"])
        XCTAssertEqual(page.articles[1].people.map(\.name), ["冯雪"])
    }
}
