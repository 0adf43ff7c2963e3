import Testing
import NewsText
@testable import Metrics

// Periods and regions, on short texts written for the purpose, with hand-built anchors.

@Test func periodFromOpeningYear() {
    let ms = metrics("2023年,全市新建工会120家,发展会员2万人。")
    #expect(ms.map { $0.period?.value } == ["2023", "2023"])
}

@Test func periodInheritedInParagraph() {
    let ms = metrics("2024年5月,市总工会启动专项行动。按照方案,共走访企业300家。")
    #expect(ms.first?.period?.value == "2024-05")
}

@Test func periodOfTargetInheritsOnlyTheYear() {
    let ms = metrics("2月3日,市总工会发布公告。入选的30个作品将在节日期间展出。", reference: CivilDate(year: 2026, month: 2, day: 5))
    #expect(ms.first?.period?.value == "2026")
}

@Test func vagueWordsBlockThePeriod() {
    #expect(metrics("近年来,全市累计建成驿站500个。").first?.period == nil)
    #expect(metrics("目前,全市共有职工书屋80家。").first?.period == nil)
    #expect(metrics("自2019年成立以来,先后调解纠纷55件。").first?.period == nil)
    #expect(metrics("厂方拖欠工资1500元,经协调,近日已全部发放。").first?.period == nil)
}

@Test func thisYearAndRanges() {
    #expect(metrics("今年,共培训职工2000人。").first?.period?.value == "2024")
    #expect(metrics("今年1-5月,全市新建工会80家。").first?.period?.value == "2024")
    // a comparison base is not the period: 去年 in 比去年
    let ms = metrics("今年1-5月,全市新增会员3000人,比去年增长10%。")
    #expect(ms.map { $0.period?.value } == ["2024", "2024"])
}

@Test func nearestDateBeforeTheFigure() {
    let ms = metrics("职工总数从2015年的20万人增加到2020年的26万人。")
    #expect(ms.map { $0.period?.value } == ["2015", "2020"])
    #expect(ms.map { $0.subject } == ["职工总数", "职工总数"])
}

@Test func ageHasNoPeriod() {
    #expect(metrics("2024年5月,一位49岁的职工受伤。").first?.period == nil)
}

@Test func articleLeadWithVagueTimeBlocksDefault() {
    let text = "近日,某区举办职工技能大赛。\n大赛共有选手80名参加。"
    #expect(metrics(text).first?.period == nil)
    let text2 = "某区举办职工技能大赛。\n大赛共有选手80名参加。"
    #expect(metrics(text2).first?.period?.value == "2024")
}

@Test func meetingAnaphoraTakesTheEventDay() {
    let text = "5月8日上午,市总工会召开表彰大会。\n会上,120名先进个人受到表彰。"
    #expect(metrics(text).first?.period?.value == "2024-05-08")
}

@Test func regionNearestInSentence() {
    let text = "甲市总工会为困难职工发放慰问金20万元。"
    let a = anchor(text, "甲市", at: "甲市")
    #expect(metrics(text, regions: [a]).first?.region?.name == "甲市")
}

@Test func regionRelativeAnchor() {
    let text = "全省建立服务站点1200个。"
    let a = anchor(text, "乙省", at: "全省", level: "province", relative: true)
    #expect(metrics(text, regions: [a]).first?.region?.name == "乙省")
}

@Test func regionNationalFiguresHaveNone() {
    let text = "丙市代表介绍,全国新建工会3万家。"
    let a = anchor(text, "丙市", at: "丙市")
    #expect(metrics(text, regions: [a]).first?.region == nil)
}

@Test func regionExampleBeforeDengIsNotTheRegion() {
    let text = "丁县某公司等5家单位获评先进。"
    let a = anchor(text, "丁县", at: "丁县", level: "county")
    #expect(metrics(text, regions: [a]).first?.region == nil)
}

@Test func regionFromParagraphOpening() {
    let text = "戊区是全市的先进典型。全区共有示范企业22家。其中签约企业15家。"
    let a = anchor(text, "戊区", at: "戊区", level: "county")
    let ms = metrics(text, regions: [a])
    #expect(ms.map { $0.region?.name } == ["戊区", "戊区"])
}

@Test func regionChainTakesTheSmallest() {
    let text = "己省庚市辛区总工会邀请20名快递员参加活动。"
    let anchors = [anchor(text, "己省", at: "己省", level: "province"), anchor(text, "庚市", at: "庚市"),
                   anchor(text, "辛区", at: "辛区", level: "county")]
    #expect(metrics(text, regions: anchors).first?.region?.name == "辛区")
}

@Test func regionVenueIsNotTheRegion() {
    let text = "壬市工会推进会在癸县举行。会议要求各地加强协作。\n会后,共签订协议30份。"
    let anchors = [anchor(text, "壬市", at: "壬市"), anchor(text, "癸县", at: "癸县", level: "county")]
    #expect(metrics(text, regions: anchors).first?.region?.name == "壬市")
}

@Test func topicsFromLexicon() {
    #expect(metrics("调解劳动争议案件300件。").first?.topic == .legalRights)
    #expect(metrics("发放慰问金5万元。").first?.topic == .assistance)
    #expect(metrics("为职工免费体检2000人次。").first?.topic == .health)
    #expect(metrics("收到参赛作品100件。").first?.topic == .cultureSports)
    #expect(metrics("提供就业岗位800个。").first?.topic == .employment)
    #expect(metrics("发展会员1200人。").first?.topic == .organizationBuilding)
}

@Test func spansPointIntoTheText() {
    let text = "全市建立工会组织2.75万个。"
    let m = metrics(text).first!
    let clean = CleanText(text)
    #expect(clean[m.span] == m.surface)
    #expect(m.surface.contains("2.75万个"))
    #expect(clean[m.sentenceSpan] == text)
}

@Test func robustWhenArticlesHaveNoSentences() {
    let text = "第一段,新建工会10家。\n第二段,发展会员200人。"
    let clean = CleanText(text)
    let page = Page(text: clean, articles: [Article(index: 0, span: TextSpan(0, clean.count))], publication: nil,
                    metadata: PageMetadata())
    let ms = MetricExtractor().extract(page: page, dates: [], regions: [], reference: nil)
    #expect(ms.count == 2)
    #expect(ms.allSatisfy { $0.period == nil })
}

@Test func enumeratedItemsAreDistributed() {
    let ms = metrics("一、二、三类企业分别有40家、30家和20家。")
    #expect(ms.map { $0.subject } == ["第一类企业", "第二类企业", "第三类企业"])
    let later = metrics("男、女会员从2015年的4万人和3万人增长到2020年的5万人和4万人。")
    #expect(later.map { $0.subject } == ["男会员", "女会员", "男会员", "女会员"])
    #expect(later.map { $0.period?.value } == ["2015", "2015", "2020", "2020"])
}

@Test func monthEndDateIsAPeriod() {
    let ms = metrics("截至5月底,全市工会会员达到12万人。")
    #expect(ms.first?.period?.value == "2024-05")
}

@Test func ceremonyOpenerTakesTheEventDay() {
    let text = "1月18日,市总工会举行送温暖活动启动仪式。\n启动仪式上,市总工会为50户困难职工家庭发放慰问金。"
    #expect(metrics(text).first?.period?.value == "2024-01-18")
}

@Test func partOfYearKeepsTheYear() {
    let text = "5月12日,省总工会召开新闻发布会。据介绍,一季度全省工会受理劳动争议案件523件。"
    #expect(metrics(text).first?.period?.value == "2024")
}

@Test func numeralsInsideRegionNamesAreNotFigures() {
    // a region whose name opens with a numeral and a measure word (as 七台河市, 五家渠市 do)
    let text = "五家岭市总工会走访企业12家,三门湾县新建站点8个。"
    let anchors = [anchor(text, "五家岭市", at: "五家岭市"), anchor(text, "三门湾县", at: "三门湾县", level: "county")]
    #expect(metrics(text, regions: anchors).map { $0.valueString + $0.unit } == ["12家", "8个"])
    // without the anchors the names read as figures: the anchors are what rules them out
    #expect(metrics(text).count > 2)
}
