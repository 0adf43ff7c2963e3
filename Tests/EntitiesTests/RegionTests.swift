import Testing
import NewsText
@testable import Entities

@Suite struct RegionTests {
    static let named: [Case] = [
        Case(text: "安徽省合肥市蜀山区发布用工信息。", expect: ["340000", "340100", "340104"]),
        Case(text: "记者从芜湖获悉,当地新建驿站。", expect: ["340200"]),
        Case(text: "云南昆明五华区举办招聘会。", expect: ["530000", "530100", "530102"]),
        Case(text: "郑州市总工会开展活动。", expect: ["410100"]),
        Case(text: "成都职工踊跃参赛。", expect: ["510100"]),
        Case(text: "浙江杭州的快递员收到礼包。", expect: ["330000", "330100"]),
        Case(text: "广东省深圳市南山区启动行动。", expect: ["440000", "440300", "440305"]),
        Case(text: "济南市历下区人民检察院办理案件。", expect: ["370100", "370102"]),
        Case(text: "北京市海淀区总工会慰问。", expect: ["110000", "110108"]),
        Case(text: "国家移民管理局长春遣返中心开展活动。", expect: ["220100"]),
        Case(text: "会议在北京召开。", expect: ["110000"]),
        Case(text: "重庆市渝中区工会送清凉。", expect: ["500000", "500103"]),
    ]

    @Test(arguments: named)
    func namedRegions(_ c: Case) {
        let r = extract(c.text)
        for e in c.expect { #expect(r.regionCodes.contains(e), "missing \(e) in \(r.regions.map(\.fullName))") }
    }

    static let ambiguous: [(String, String?, String)] = [
        ("北京市委宣传部在朝阳区举办活动。", "110105", "朝阳区"),
        ("长春市朝阳区总工会慰问环卫工人。", "220104", "朝阳区"),
        ("南京市鼓楼区总工会开展法律咨询。", "320106", "鼓楼区"),
        ("福州市鼓楼区人民法院审结案件。", "350102", "鼓楼区"),
        ("徐州市鼓楼区举办招聘会。", "320302", "鼓楼区"),
        ("朝阳区总工会开展慰问活动。", nil, "朝阳区"),
        ("鼓楼区职工参加了比赛。", nil, "鼓楼区"),
        ("兰州市城关区人民检察院与区总工会座谈。", "620102", "城关区"),
        ("沈阳市和平区总工会送温暖。", "210102", "和平区"),
        ("吉林省总工会在长春召开会议,吉林各地工会参加。", "220000", "吉林"),
        ("吉林市总工会组织职工疗养。", "220200", "吉林市"),
    ]

    @Test(arguments: ambiguous)
    func ambiguousNames(_ c: (String, String?, String)) {
        let r = extract(c.0)
        let refs = r.regionReferences.filter { !$0.isRelative && r.regions.contains { _ in true } || !$0.isRelative }
        let sp = refs.first { page(c.0)[$0.span] == c.2 }
        #expect(sp != nil, "no reference for \(c.2)")
        #expect(sp?.code == c.1, "\(c.2) → \(String(describing: sp?.code))")
        if c.1 == nil { #expect(!r.regions.contains { $0.name == c.2 }) }
    }

    static let ordinaryWords: [Case] = [
        Case(text: "广大职工在和平的环境中工作。", reject: ["120101", "210102"]),
        Case(text: "华北平原的麦子熟了。", reject: ["371426"]),
        Case(text: "东方红日照耀大地,新华社记者报道。", reject: ["469007"]),
        Case(text: "中国是世界上最大的发展中国家。", reject: []),
        Case(text: "他们从东北来到城关社区工作。", reject: []),
        Case(text: "沿着中山路走到长安街。", reject: ["442000", "130102", "610116"]),
        Case(text: "职工代表进京参加表彰大会。", reject: ["110000"]),
        Case(text: "来源:山西工人报", reject: ["140000"]),
        Case(text: "据《天津工人报》报道,职工收到慰问金。", reject: ["120000"]),
        Case(text: "河南平原光电有限公司开展女职工体检。", expect: ["410000"], reject: ["371426"]),
        Case(text: "工会坚持以人民为中心的发展理念,推进白云深处的扶贫工作。", reject: ["440111"]),
        Case(text: "普通劳动者的权益得到保障。", reject: []),
    ]

    @Test(arguments: ordinaryWords)
    func placeNamesInsideWords(_ c: Case) {
        let r = extract(c.text)
        for e in c.expect { #expect(r.regionCodes.contains(e), "missing \(e)") }
        for x in c.reject { #expect(!r.regionCodes.contains(x), "unexpected \(x) in \(r.regions.map(\.fullName))") }
        #expect(!r.regions.contains { $0.name == "中国" || $0.name == "东北" })
    }

    @Test func retiredNameTakesSuccessorCode() throws {
        let r = extract("天津市静海县总工会开展慰问活动。")
        let j = try #require(r.regions.first { $0.name == "静海县" })
        #expect(j.code == "120118")
        #expect(j.historicalCode == "120223")
        #expect(j.retired)
        #expect(j.fullName == "天津市静海区")
        #expect(r.orgNames.contains("静海县总工会"))
    }

    @Test func retiredNameWithoutSuccessorKeepsOwnCode() throws {
        let r = extract("山东省莱芜市总工会召开会议。")
        let l = try #require(r.regions.first { $0.name == "莱芜市" })
        #expect(l.code == "371200")
        #expect(l.retired)
    }

    @Test func retiredCountyRenamed() throws {
        let r = extract("安徽省铜陵市铜陵县工会举办培训。")
        #expect(r.regionCodes.contains("340706"))
    }

    @Test func relativeReferencesResolve() {
        let r = extract("湖南省总工会召开会议。全省各级工会开展送温暖活动,省人社厅参加。")
        let rel = r.regionReferences.filter(\.isRelative)
        #expect(rel.contains { $0.code == "430000" })
        #expect(rel.allSatisfy { $0.code == "430000" })
        #expect(!r.regionCodes.isEmpty)
    }

    @Test func relativeCityAndDistrict() {
        let r = extract("长沙市岳麓区总工会开展活动。全区职工参与,全市反响热烈,本市媒体报道。")
        let rel = Dictionary(r.regionReferences.filter(\.isRelative).map { (page("长沙市岳麓区总工会开展活动。全区职工参与,全市反响热烈,本市媒体报道。")[$0.span], $0.code) },
                             uniquingKeysWith: { a, _ in a })
        #expect(rel["全区"] == "430104")
        #expect(rel["全市"] == "430100")
        #expect(rel["本市"] == "430100")
    }

    @Test func relativeInEachArticle() {
        let r = extract(articles: ["湖南省总工会开展活动,省人社厅参加。", "浙江省总工会召开会议,省人社厅派员出席。"])
        #expect(r.orgNames.contains("湖南省人力资源和社会保障厅"))
        #expect(r.orgNames.contains("浙江省人力资源和社会保障厅"))
    }

    @Test func relativeNotListedAsRegion() {
        let r = extract("本市各级工会开展慰问。河西区总工会走访农民工,武清区总工会发放慰问金。")
        #expect(!r.regionCodes.contains("120000"))
        #expect(r.regionReferences.contains { $0.isRelative && $0.code == "120000" })
    }

    @Test func regionListedOnceWithFullPath() throws {
        let r = extract("芜湖市总工会走访。芜湖市各区开展活动,芜湖职工踊跃参加。")
        let w = r.regions.filter { $0.code == "340200" }
        #expect(w.count == 1)
        #expect(w.first?.fullName == "安徽省芜湖市")
        #expect((w.first?.mentions.count ?? 0) >= 3)
    }

    @Test func countyShortNameNeedsContext() {
        #expect(!extract("他喜欢蜀山的风景。").regionCodes.contains("340104"))
        #expect(extract("合肥市蜀山区和包河区联合开展活动。").regionCodes.contains("340104"))
    }

    func page(_ s: String) -> CleanTextView { CleanTextView(s) }
}

struct CleanTextView {
    let scalars: [Unicode.Scalar]
    init(_ s: String) { scalars = Array(s.unicodeScalars) }
    subscript(_ span: TextSpan) -> String {
        var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[span.start..<span.end]); return String(v)
    }
}
