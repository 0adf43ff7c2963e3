import Testing
@testable import Entities

/// Organization suffixes, types, abbreviations and exclusions.
@Suite struct OrganizationTests {
    static let named: [Case] = [
        Case(text: "合肥市总工会近日召开全委会议。", expect: ["合肥市总工会"]),
        Case(text: "芜湖市人民检察院与当地法院座谈。", expect: ["芜湖市人民检察院"], reject: ["人民法院"]),
        Case(text: "长沙市中级人民法院发布十大典型案例。", expect: ["长沙市中级人民法院"]),
        Case(text: "湖南省高级人民法院审结一批欠薪案件。", expect: ["湖南省高级人民法院"]),
        Case(text: "岳麓区人民法院设立劳动争议巡回法庭。", expect: ["岳麓区人民法院"]),
        Case(text: "郑州市人民政府印发通知。", expect: ["郑州市人民政府"]),
        Case(text: "成都市人力资源和社会保障局开展专项检查。", expect: ["成都市人力资源和社会保障局"]),
        Case(text: "四川省司法厅组织律师进企业。", expect: ["四川省司法厅"]),
        Case(text: "浙江省教育厅发布招生计划。", expect: ["浙江省教育厅"]),
        Case(text: "深圳市卫生健康委员会派出医疗队。", expect: ["深圳市卫生健康委员会"]),
        Case(text: "南宁市第一人民医院为职工体检。", expect: ["南宁市第一人民医院"]),
        Case(text: "贵阳市餐饮行业协会举办厨艺比拼。", expect: ["贵阳市餐饮行业协会"]),
        Case(text: "兰州市劳动法学会召开年会。", expect: ["兰州市劳动法学会"]),
        Case(text: "青岛海港装卸有限公司工会委员会获得表彰。", expect: ["青岛海港装卸有限公司工会委员会"],
             reject: ["青岛海港装卸有限公司"]),
        Case(text: "南岗区蓝天物流集团工会为骑手送清凉。", expect: ["南岗区蓝天物流集团工会"]),
        Case(text: "西宁市职工服务中心正式启用。", expect: ["西宁市职工服务中心"]),
        Case(text: "广州市天河区人民检察院联合区总工会开展普法。", expect: ["天河区人民检察院", "天河区总工会"]),
        Case(text: "国家移民管理局广州遣返中心开展慰问。", expect: ["国家移民管理局广州遣返中心"], reject: ["国家移民管理局"]),
        Case(text: "最高人民法院和中华全国总工会联合发布案例。", expect: ["最高人民法院", "中华全国总工会"]),
        Case(text: "全国总工会有关负责人答记者问。", expect: ["中华全国总工会"]),
        Case(text: "全总部署开展送温暖活动。", expect: ["中华全国总工会"]),
        Case(text: "职工可到工商银行网点办理。", expect: ["中国工商银行"]),
        Case(text: "海曙区东风社区工会组织义诊。", expect: ["海曙区东风社区工会"]),
        Case(text: "苏州工业园区总工会开展技能比武。", expect: ["苏州工业园区总工会"]),
        Case(text: "江苏省南京市鼓楼区总工会举办讲座。", expect: ["鼓楼区总工会"], reject: ["江苏省南京市鼓楼区总工会"]),
        Case(text: "山东省济南市总工会表彰先进。", expect: ["济南市总工会"]),
        Case(text: "福建省厦门市思明区人民法院开庭审理。", expect: ["思明区人民法院"]),
        Case(text: "太原市小店区劳动人事争议调解室受理案件。", expect: ["小店区劳动人事争议调解室"]),
        Case(text: "四川省成都市温江区委、区人民政府高度重视。", expect: ["中共温江区委员会", "温江区人民政府"]),
        Case(text: "武汉市人大常委会开展执法检查。", expect: ["武汉市人民代表大会常务委员会"]),
    ]

    @Test(arguments: named)
    func namedOrganizations(_ c: Case) {
        let r = extract(c.text)
        for e in c.expect { #expect(r.orgNames.contains(e), "missing \(e) in \(r.orgNames)") }
        for x in c.reject { #expect(!r.orgNames.contains(x), "unexpected \(x)") }
    }

    static let abbreviations: [Case] = [
        Case(text: "安徽省合肥市蜀山区人民检察院与区总召开联席会议。", expect: ["蜀山区人民检察院", "蜀山区总工会"]),
        Case(text: "今年以来,安徽省总工会联合省高院、省检察院、省司法厅、省人社厅印发方案。",
             expect: ["安徽省总工会", "安徽省高级人民法院", "安徽省人民检察院", "安徽省司法厅", "安徽省人力资源和社会保障厅"]),
        Case(text: "湖南省总持续关爱快递小哥,省总还为他们送去清凉。", expect: ["湖南省总工会"]),
        Case(text: "杭州市总联合市卫健局开展义诊。", expect: ["杭州市总工会", "杭州市卫生健康局"]),
        Case(text: "在杭州市西湖区,区人社局会同区总工会检查企业。", expect: ["西湖区人力资源和社会保障局", "西湖区总工会"]),
        Case(text: "吉林省总工会会同省政府有关部门出台政策。", expect: ["吉林省人民政府", "吉林省总工会"]),
        Case(text: "贵州省遵义市汇川区委、区政府部署工作。", expect: ["中共汇川区委员会", "汇川区人民政府"]),
        Case(text: "无锡市总工会与市人民检察院签订协议。", expect: ["无锡市人民检察院"]),
        Case(text: "徐州市总工会积极作为,市检察院提供支持。", expect: ["徐州市人民检察院"]),
        Case(text: "济南市历下区人力资源和社会保障局与区总开展行动。", expect: ["历下区总工会"]),
        Case(text: "云南省昆明市总工会联合省人社厅开展培训。", expect: ["云南省人力资源和社会保障厅", "昆明市总工会"]),
        Case(text: "重庆市渝中区总工会在区法院设立调解工作室。", expect: ["渝中区人民法院"]),
        Case(text: "广西南宁市总工会邀请县总工会干部参加。", expect: ["南宁市总工会"], reject: ["县总工会"]),
        Case(text: "拉萨市城关区人民检察院、区总联合开展回访。", expect: ["城关区总工会"]),
        Case(text: "福建省总工会与省高级人民法院联合发文,省总主要负责人出席。", expect: ["福建省高级人民法院", "福建省总工会"]),
        Case(text: "河北省石家庄市长安区总工会与市人社局座谈。", expect: ["石家庄市人力资源和社会保障局"]),
        Case(text: "南京市鼓楼区委员会召开全会。", expect: ["中共鼓楼区委员会"]),
        Case(text: "吉林省总工会携手省出入境边防检查总站慰问民警,并与边检总站签订协议。",
             expect: ["吉林出入境边防检查总站"]),
    ]

    @Test(arguments: abbreviations)
    func abbreviationsResolved(_ c: Case) {
        let r = extract(c.text)
        for e in c.expect { #expect(r.orgNames.contains(e), "missing \(e) in \(r.orgNames)") }
        for x in c.reject { #expect(!r.orgNames.contains(x), "unexpected \(x)") }
    }

    static let notOrganizations: [Case] = [
        Case(text: "各级工会要把维权放在首位。", reject: ["各级工会"]),
        Case(text: "基层工会干部深入一线走访。", reject: ["基层工会"]),
        Case(text: "职工遇到困难可以找工会、找法院或者找检察院。", reject: ["工会", "人民法院", "人民检察院"]),
        Case(text: "优秀工会工作者受到表彰。", reject: ["优秀工会"]),
        Case(text: "该企业为职工建立了帮扶中心。", reject: ["帮扶中心"]),
        Case(text: "成立了专家评审小组和工作领导小组。", reject: ["评审小组", "领导小组"]),
        Case(text: "本报讯 新华社消息,中工网报道。", reject: ["新华社", "中工网"]),
        Case(text: "哈尔滨是东北老工业基地。", reject: ["哈尔滨老工业基地"]),
        Case(text: "市民纷纷走进市文化宫参观展览。", reject: ["市文化宫"]),
        Case(text: "要学会运用法律武器维护权益。", reject: ["要学会"]),
    ]

    @Test(arguments: notOrganizations)
    func notOrganizationsRejected(_ c: Case) {
        let r = extract(c.text)
        for x in c.reject { #expect(!r.orgNames.contains(x), "unexpected \(x) in \(r.orgNames)") }
    }

    @Test func oneEntityPerCanonicalNameWithAliases() {
        let r = extract("湖南省总工会召开会议。会后,省总组织专题培训,省总工会负责人授课。")
        let orgs = r.organizations.filter { $0.canonicalName == "湖南省总工会" }
        #expect(orgs.count == 1)
        #expect(orgs.first?.mentions.count == 3)
        #expect(orgs.first?.aliases.contains("省总") == true)
        #expect(orgs.first?.type == .union)
    }

    @Test func typesFromSuffixes() {
        let r = extract("长沙市人民检察院、长沙市中级人民法院、长沙市人民政府、长沙市司法局、长沙市中心医院、长沙市律师协会、长沙远大科技有限公司、长沙市委。")
        let types = Dictionary(r.organizations.map { ($0.canonicalName, $0.type) }, uniquingKeysWith: { a, _ in a })
        #expect(types["长沙市人民检察院"] == .procuratorate)
        #expect(types["长沙市中级人民法院"] == .court)
        #expect(types["长沙市人民政府"] == .government)
        #expect(types["长沙市司法局"] == .department)
        #expect(types["长沙市中心医院"] == .hospital)
        #expect(types["长沙市律师协会"] == .association)
        #expect(types["长沙远大科技有限公司"] == .enterprise)
        #expect(types["中共长沙市委员会"] == .party)
    }

    @Test func regionCodeOfOrganization() {
        let r = extract("芜湖市总工会开展活动。")
        #expect(r.organizations.first { $0.canonicalName == "芜湖市总工会" }?.regionCode == "340200")
    }

    @Test func districtUnionAfterZoneUnion() {
        let r = extract("天津市和平区总工会走访。滨海高新区总工会慰问职工,区总工会还补助困难户。")
        #expect(r.orgNames.contains("滨海高新区总工会"))
        #expect(!r.orgNames.contains("和平区总工会") || r.organizations.first { $0.canonicalName == "和平区总工会" }?.mentions.count == 1)
    }

    @Test func issuersOfPolicy() {
        let r = extract("长沙市总工会与市人社局联合印发《长沙市职工权益保障办法》。")
        let p = r.policies.first { $0.title == "长沙市职工权益保障办法" }
        #expect(p?.issuers.contains("长沙市总工会") == true)
        #expect(p?.issuers.contains("长沙市人力资源和社会保障局") == true)
    }
}
