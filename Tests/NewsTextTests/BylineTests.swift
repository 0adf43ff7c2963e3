import XCTest
@testable import NewsText

/// Bylines and credits of every shape, on pages written for the test.
final class BylineTests: XCTestCase {
    struct P: Equatable, CustomStringConvertible {
        let name: String; let role: BylineRole; let label: String?
        var description: String { "\(name)/\(role.rawValue)/\(label ?? "-")" }
    }

    func people(_ text: String) -> [P] {
        let page = PageReader.read(text, metadata: PageMetadata())
        return page.articles.flatMap { $0.people.map { P(name: $0.name, role: $0.role, label: $0.label) } }
    }

    func testLineOfItsOwn() {
        XCTAssertEqual(people("# 标题文字在这里\n\n本报记者 王建国\n\n正文第一句。"),
                       [P(name: "王建国", role: .reporter, label: "本报记者")])
        XCTAssertEqual(people("# 标题文字在这里\n\n本报记者 王建国 通讯员 李小红\n\n正文第一句。"),
                       [P(name: "王建国", role: .reporter, label: "本报记者"), P(name: "李小红", role: .correspondent, label: "通讯员")])
    }

    func testPhotoCreditMakesPhotographers() {
        let text = "## 劳动者风采\n\n职工在车间里操作设备,展示精湛技艺。\n\n本报记者 周文 通讯员 孙立 摄"
        XCTAssertEqual(people(text), [P(name: "周文", role: .photographer, label: "本报记者"),
                                      P(name: "孙立", role: .photographer, label: "通讯员")])
        let page = PageReader.read(text, metadata: PageMetadata())
        XCTAssertEqual(page.blocks(.caption, in: 0), ["职工在车间里操作设备,展示精湛技艺。"])
    }

    func testDatelineWithParentheses() {
        let text = "# 某县工会举办培训班\n\n本报讯(记者张为民 通讯员刘芳 赵一鸣)日前,某县总工会举办培训班。"
        XCTAssertEqual(people(text), [P(name: "张为民", role: .reporter, label: "记者"),
                                      P(name: "刘芳", role: .correspondent, label: "通讯员"),
                                      P(name: "赵一鸣", role: .correspondent, label: "通讯员")])
        let page = PageReader.read(text, metadata: PageMetadata())
        XCTAssertEqual(page.articles[0].dateline, "本报讯")
        XCTAssertEqual(page.blocks(.body, in: 0), ["日前,某县总工会举办培训班。"])
    }

    func testUnlabelledReportedBy() {
        let text = "某市开展送清凉活动\n\n本报讯 黄志强、林晓报道 近日,某市总工会开展送清凉活动。"
        XCTAssertEqual(people(text), [P(name: "黄志强", role: .reporter, label: nil), P(name: "林晓", role: .reporter, label: nil)])
    }

    func testCorrespondentsReportedBy() {
        let text = "某区工会走访企业\n\n本报讯 通讯员高远、吴静报道:为深入了解职工需求,某区工会走访企业。"
        XCTAssertEqual(people(text), [P(name: "高远", role: .correspondent, label: "通讯员"),
                                      P(name: "吴静", role: .correspondent, label: "通讯员")])
    }

    func testAgencyDateline() {
        let text = "全国职工技能大赛开幕\n\n某某网北京5月8日电 (记者 何静怡)全国职工技能大赛8日开幕。"
        XCTAssertEqual(people(text), [P(name: "何静怡", role: .reporter, label: "记者")])
        XCTAssertEqual(PageReader.read(text, metadata: PageMetadata()).articles[0].dateline, "某某网北京5月8日电")
        let agency = "技能大赛开幕\n\n新华社上海6月3日电 一项全国性技能大赛3日开幕。"
        let page = PageReader.read(agency, metadata: PageMetadata())
        XCTAssertEqual(page.articles[0].dateline, "新华社上海6月3日电")
        XCTAssertEqual(page.articles[0].people, [])
    }

    func testTrailingCredits() {
        XCTAssertEqual(people("某县启动劳动竞赛\n\n某县启动劳动竞赛,参赛职工众多。竞赛历时半年。(郭小平)"),
                       [P(name: "郭小平", role: .reporter, label: nil)])
        XCTAssertEqual(people("某县工会法律援助\n\n工会为职工提供法律援助,维护合法权益。(据《某某工人报》报道 邓晓东)"),
                       [P(name: "邓晓东", role: .reporter, label: nil)])
        XCTAssertEqual(people("某县工会法律援助\n\n工会为职工提供法律援助,维护合法权益。(完)"), [])
        // A parenthesis that is not a name is not a credit.
        XCTAssertEqual(people("某县工会法律援助\n\n会议由县总工会主持。(县总工会)"), [])
    }

    func testNamesMustLookLikeNames() {
        XCTAssertFalse(ChineseNames.isName(Array("报道".unicodeScalars), 0..<2, requireSurname: false))
        XCTAssertTrue(ChineseNames.isName(Array("欧阳明远".unicodeScalars), 0..<4, requireSurname: true))
        XCTAssertFalse(ChineseNames.isName(Array("全省职工".unicodeScalars), 0..<4, requireSurname: true))
        XCTAssertFalse(ChineseNames.isName(Array("的人".unicodeScalars), 0..<2, requireSurname: true))
    }
}

final class BylineShapeTests: XCTestCase {
    func names(_ text: String) -> [String] {
        PageReader.read(text, metadata: PageMetadata()).articles.flatMap { $0.people.map { "\($0.name)/\($0.role.rawValue)" } }
    }

    func testBulletMarksParenthesesAndSlashes() {
        XCTAssertEqual(names("# 一条新闻的标题\n\n□本报记者 吕东升\n\n正文。"), ["吕东升/reporter"])
        XCTAssertEqual(names("# 一条新闻的标题\n\n(记者 苏青 通讯员 方园)\n\n正文。"), ["苏青/reporter", "方园/correspondent"])
        XCTAssertEqual(names("# 一条新闻的标题\n\n文/钟岳 图/白露\n\n正文。"), ["钟岳/reporter", "白露/photographer"])
        XCTAssertEqual(names("# 一条新闻的标题\n\n本报讯 记者程远 通讯员蔡文 近日,某地开展活动。"), ["程远/reporter", "蔡文/correspondent"])
    }

    func testEditorCreditsAreNotBylines() {
        XCTAssertEqual(names("# 一条新闻的标题\n\n正文一句。(责任编辑:韦东)"), [])
        XCTAssertEqual(names("# 一条新闻的标题\n\n正文一句。\n\n责任编辑:韦东"), [])
    }
}
