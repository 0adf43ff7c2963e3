import XCTest
@testable import NewsText

/// The seed page splits into its six articles with the right headline fields and bylines.
final class SeedPageTests: XCTestCase {
    var page: Page!

    override func setUp() {
        super.setUp()
        XCTAssertFalse(Fixtures.seedText.isEmpty, "seed page not found at \(Fixtures.seedPath)")
        page = PageReader.read(Fixtures.seedText, metadata: PageMetadata())
    }

    func testSixArticlesWithTitles() {
        XCTAssertEqual(page.articles.map(\.title), [
            "“联席”全覆盖 联系不停歇",
            "工会关怀 温暖常伴",
            "济宁市总举办首届职工书屋文化节",
            "服务民警生活保障 解决家属就业难题",
            "“体检+义诊”及时干预职工健康问题",
            "舌尖上的“非遗盛宴”",
        ])
    }

    func testKickersColumnsSubtitles() {
        XCTAssertEqual(page.articles.map(\.kicker), [
            "安徽深化县级以上工会与“一府两院”联席会议制度,织密劳动者权益保护工作网——",
            nil, nil, "吉林省总关心关爱戍边民警", "珠海市总开展“送健康体检”暨义诊活动", nil,
        ])
        XCTAssertEqual(page.articles.map(\.column), ["新时代“枫桥经验”工会实践", nil, nil, nil, nil, "新闻特写"])
        XCTAssertEqual(page.articles.map(\.subtitle), [nil, nil, nil, nil, nil, nil])
    }

    func testBylinePeopleAndRoles() {
        struct P: Equatable { let name: String; let role: BylineRole; let label: String? }
        let people = page.articles.map { $0.people.map { P(name: $0.name, role: $0.role, label: $0.label) } }
        XCTAssertEqual(people[0], [P(name: "陈华", role: .reporter, label: "本报记者")])
        XCTAssertEqual(people[1], [P(name: "朱华南", role: .photographer, label: "本报通讯员"),
                                   P(name: "薄紫云", role: .photographer, label: "本报通讯员")])
        XCTAssertEqual(people[2], [P(name: "田国奎", role: .reporter, label: "记者"),
                                   P(name: "燕飞", role: .correspondent, label: "通讯员")])
        XCTAssertEqual(people[3], [P(name: "柳姗姗", role: .reporter, label: "记者"), P(name: "彭冰", role: .reporter, label: "记者"),
                                   P(name: "陈思", role: .correspondent, label: "通讯员")])
        XCTAssertEqual(people[4], [P(name: "刘友婷", role: .reporter, label: "记者")])
        XCTAssertEqual(people[5], [P(name: "赵黎浩", role: .reporter, label: "本报记者")])
        for a in page.articles {
            for p in a.people { XCTAssertEqual(page.text[p.span], p.name) }
        }
    }

    func testDatelinesCaptionsAndSubheadings() {
        XCTAssertEqual(page.articles.map(\.dateline), [nil, nil, "本报讯", "本报讯", "本报讯", nil])
        XCTAssertEqual(page.blocks(.subheading, in: 0).count, 3)
        XCTAssertEqual(page.blocks(.caption, in: 1).count, 1)
        XCTAssertTrue(page.blocks(.caption, in: 1)[0].hasPrefix("10月17日"))
        XCTAssertEqual(page.blocks(.credit, in: 1), ["本报通讯员 朱华南 薄紫云 摄"])
        // The body after a dateline and byline starts with the running text.
        XCTAssertTrue(page.blocks(.body, in: 2)[0].hasPrefix("近日,"))
    }

    func testSpansAreConsistent() {
        var previousEnd = 0
        for a in page.articles {
            XCTAssertLessThanOrEqual(previousEnd, a.span.start)
            previousEnd = a.span.end
            for b in a.blocks { XCTAssertTrue(a.span.contains(b.span), "block \(b) outside article \(a.index)") }
            for s in a.sentences {
                XCTAssertTrue(a.blocks[s.blockIndex].span.contains(s.span))
                XCTAssertFalse(page.text[s.span].hasPrefix(" "))
            }
            if let t = a.title { XCTAssertTrue(a.blocks.contains { $0.kind == .title && page.text[$0.span] == t }) }
        }
    }

    func testPublicationYearInferredFromYears() {
        XCTAssertEqual(page.publication, PublicationDate(date: CivilDate(year: 2025), inferred: true, method: "year-mentions"))
    }
}
