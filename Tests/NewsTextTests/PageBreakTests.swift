import XCTest
@testable import NewsText

/// Words and sentences split by PDF page or column breaks are joined; real paragraph ends are not.
final class PageBreakTests: XCTestCase {
    func testEverySeedBreakIsRepaired() {
        let result = TextCleaner.clean(Fixtures.seedText)
        XCTAssertEqual(result.joins.count, 6)
        let text = result.text.string
        for joined in ["追踪问题整改进展。", "全省职工法律一站式服务中心", "中国向北开放的重要窗口",
                       "解决冬季户外执勤保暖难题。", "珠海市总联合市卫健局", "网络积分由宣传部门根据"] {
            XCTAssertTrue(text.contains(joined), "not joined: \(joined)")
        }
        // Each join point sits between the two halves with no break left.
        for j in result.joins {
            XCTAssertNotEqual(result.text.scalars[j - 1], "\n")
            XCTAssertNotEqual(result.text.scalars[j], "\n")
        }
    }

    func testNoRealParagraphEndIsJoined() {
        let original = Fixtures.seedText.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let cleaned = TextCleaner.clean(Fixtures.seedText).text.string.split(separator: "\n")
        XCTAssertEqual(cleaned.count, original.count - 6)
        // Every paragraph that ended with 。 in the original still ends a line.
        let endings = original.filter { $0.hasSuffix("。") }.count
        XCTAssertEqual(cleaned.filter { $0.hasSuffix("。") }.count, endings)
        // Headings, bylines and credits keep their own lines.
        for line in ["# “联席”全覆盖 联系不停歇", "本报记者 陈华", "本报通讯员 朱华南 薄紫云 摄", "## G 新闻特写"] {
            XCTAssertTrue(cleaned.contains(Substring(line)), "line lost: \(line)")
        }
    }

    func testSyntheticBreaks() {
        let page = """
        # 某市总工会开展技能培训

        本报记者 张明

        今年以来,某市总工会围绕产业工人队伍建设改革,组织开展技能培

        训活动,参训职工反响热烈。

        活动中,专家为职工讲解安全生产知识

        本报讯 另一段以电头开始的文字。
        """
        let r = TextCleaner.clean(page)
        XCTAssertEqual(r.joins.count, 1)
        XCTAssertTrue(r.text.string.contains("组织开展技能培训活动,参训职工反响热烈。"))
        // A paragraph followed by a dateline paragraph is a real end, not a break.
        XCTAssertTrue(r.text.string.contains("安全生产知识\n"))
        XCTAssertTrue(r.text.string.contains("# 某市总工会开展技能培训\n"))
    }

    func testTitleAndShortLinesAreNotJoined() {
        let page = "职工技能大赛落幕:一线工人获佳绩\n\n今年以来,全市举办各类竞赛,参赛职工踊跃。\n\n图片新闻\n\n比赛现场,选手们认真操作。"
        let r = TextCleaner.clean(page)
        XCTAssertEqual(r.joins, [])
    }
}
