import Testing
import NewsText
@testable import Entities

@Suite struct PeopleTests {
    static let titled: [(String, String, String?)] = [
        ("长沙市总工会党组书记、常务副主席李建国介绍,活动覆盖全市。", "李建国", "长沙市总工会党组书记、常务副主席"),
        ("湖南省总工会主席王红梅出席会议并讲话。", "王红梅", "湖南省总工会主席"),
        ("非物质文化遗产代表性传承人张秀兰向观众展示技艺。", "张秀兰", "非物质文化遗产代表性传承人"),
        ("芜湖市人民检察院副检察长刘晓峰表示,将加强协作。", "刘晓峰", "芜湖市人民检察院副检察长"),
        ("远大科技有限公司董事长欧阳明辉捐赠善款。", "欧阳明辉", "远大科技有限公司董事长"),
        ("社区工会主席周敏说,活动很受欢迎。", "周敏", nil),
        ("快递员赵小军,今年32岁。", "赵小军", "快递员"),
        ("在陈丽华调解员的努力下,双方达成和解。", "陈丽华", "调解员"),
        ("杨志刚是一名有着20年工龄的工人。", "杨志刚", "工人"),
        ("孙海涛等12名同志获评优秀工会工作者。", "孙海涛", nil),
        ("全国总工会研究室主任马卫东介绍调查结果。", "马卫东", "全国总工会研究室主任"),
        ("省人大常委会副主任、省总工会主席黄建华出席。", "黄建华", "省人大常委会副主任、省总工会主席"),
    ]

    @Test(arguments: titled)
    func titleAndName(_ c: (String, String, String?)) {
        let r = extract(c.0)
        let p = r.people.first { $0.name == c.1 }
        #expect(p != nil, "missing \(c.1) in \(r.personNames)")
        if let t = c.2 { #expect(p?.title == t, "title \(String(describing: p?.title))") }
    }

    static let rejected: [String] = [
        "骑手朱先生在体检后说,工会真贴心。",
        "环卫工王女士领到了慰问品。",
        "“王调解员,谢谢您!”职工激动地说。",
        "职工代表组成评审团。",
        "工会向职工和观众讲解非遗技艺。",
        "职工高中及以上学历占比提高。",
        "相关负责人表示,将继续推进。",
        "广大职工权益得到保障。",
    ]

    @Test(arguments: rejected)
    func anonymousAndNonNames(_ text: String) {
        let r = extract(text)
        #expect(r.people.isEmpty, "unexpected \(r.personNames)")
    }

    @Test func bylineReporter() {
        let text = "本报记者 陈一鸣\n工会开展活动。"
        let p = BylinePerson(name: "陈一鸣", role: .reporter, label: "本报记者", span: TextSpan(5, 8))
        let r = extract(text, people: [p])
        let e = r.people.first { $0.name == "陈一鸣" }
        #expect(e?.bylineRole == .reporter)
        #expect(e?.title == "本报记者")
    }

    @Test func bylineCorrespondentAndReporterInParentheses() {
        let text = "本报讯(记者林海 通讯员许文)近日,工会开展活动。"
        let a = BylinePerson(name: "林海", role: .reporter, label: "记者", span: TextSpan(6, 8))
        let b = BylinePerson(name: "许文", role: .correspondent, label: "通讯员", span: TextSpan(12, 14))
        let r = extract(text, people: [a, b])
        #expect(r.people.first { $0.name == "林海" }?.bylineRole == .reporter)
        #expect(r.people.first { $0.name == "许文" }?.bylineRole == .correspondent)
        #expect(r.people.first { $0.name == "许文" }?.title == "通讯员")
        #expect(r.people.filter { $0.name == "林海" }.count == 1)
    }

    @Test func bylinePhotographer() {
        let text = "本报通讯员 吴晓 郑辉 摄"
        let a = BylinePerson(name: "吴晓", role: .photographer, label: "本报通讯员", span: TextSpan(6, 8))
        let b = BylinePerson(name: "郑辉", role: .photographer, label: "本报通讯员", span: TextSpan(9, 11))
        let r = extract(text, people: [a, b])
        #expect(r.people.count == 2)
        #expect(r.people.allSatisfy { $0.bylineRole == .photographer && $0.title == "本报通讯员" })
    }

    @Test func bylineWithoutLabel() {
        let text = "本报讯 何晓东、苏静报道 日前,会议召开。"
        let a = BylinePerson(name: "何晓东", role: .reporter, label: nil, span: TextSpan(4, 7))
        let b = BylinePerson(name: "苏静", role: .reporter, label: nil, span: TextSpan(8, 10))
        let r = extract(text, people: [a, b])
        #expect(r.people.first { $0.name == "何晓东" }?.title == nil)
        #expect(r.people.first { $0.name == "苏静" }?.bylineRole == .reporter)
    }

    @Test func trailingCreditName() {
        let text = "活动持续一周。(郭明)"
        let a = BylinePerson(name: "郭明", role: .reporter, label: nil, span: TextSpan(8, 10))
        let r = extract(text, people: [a])
        #expect(r.personNames == ["郭明"])
    }

    @Test func allMentionsOfAPerson() {
        let r = extract("湖南省总工会主席王红梅出席会议。王红梅指出,要做好服务。")
        #expect(r.people.first { $0.name == "王红梅" }?.mentions.count == 2)
    }

    @Test func nameLengthFromFollowingWord() {
        #expect(extract("市总工会副主席刘伟表示,将继续推进。").personNames == ["刘伟"])
        #expect(extract("市总工会副主席刘伟中介绍了情况。").personNames == ["刘伟中"])
    }
}

@Suite struct PolicyAndEventTests {
    static let policies: [(String, [String])] = [
        ("省总工会印发《职工法律援助办法》。", ["职工法律援助办法"]),
        ("《湖南省贯彻〈工会法〉实施办法》已施行。", ["湖南省贯彻〈工会法〉实施办法"]),
        ("学习《中华人民共和国劳动合同法》和《工会法》。", ["中华人民共和国劳动合同法", "工会法"]),
        ("据《工人日报》报道,《职工权益保障条例》修订完成。", ["职工权益保障条例"]),
        ("《人民日报》《中国青年报》均作了报道。", []),
        ("编印《工资集体协商工作手册》《工资集体协商工作手册》。", ["工资集体协商工作手册"]),
    ]

    @Test(arguments: policies)
    func policyTitles(_ c: (String, [String])) {
        let r = extract(c.0)
        #expect(r.policyTitles == Set(c.1), "\(r.policyTitles)")
        #expect(r.policies.count == c.1.count)
    }

    @Test func nestedTitleNotListedSeparately() {
        let r = extract("《湖南省贯彻〈工会法〉实施办法》施行。")
        #expect(!r.policyTitles.contains("工会法"))
    }

    @Test func eventsInQuotes() {
        let r = extract("工会开展“夏送清凉”活动,举办“匠心杯”技能大赛和“阳光少年夏令营”。")
        let names = Set(r.events.map(\.name))
        #expect(names.contains("夏送清凉活动"))
        #expect(names.contains("匠心杯技能大赛"))
    }

    @Test func emptyPage() {
        let r = extract("")
        #expect(r.regions.isEmpty && r.organizations.isEmpty && r.people.isEmpty)
    }
}
