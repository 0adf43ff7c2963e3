import Testing
import NewsText
@testable import Metrics

/// Numbers: Arabic, separators, decimals, full-width digits, Chinese numerals,
/// mixed forms with scale words, percentages, fractions and ranges.
let numberRows: [MetricRow] = [
    MetricRow("全市新建基层工会组织326个。", "326", "个", subject: "基层工会组织"),
    MetricRow("今年以来共走访企业1,250家。", "1250", "家", subject: "企业"),
    MetricRow("累计发放助学金12,345,678元。", "12345678", "元", .money, subject: "助学金"),
    MetricRow("全县农民工人数达3.6万人。", "36000", "人", subject: "农民工人数"),
    MetricRow("工会筹集帮扶资金654.5万元。", "6545000", "元", .money, subject: "帮扶资金"),
    MetricRow("今年计划投入资金3亿元。", "300000000", "元", .money, subject: "资金", target: true),
    MetricRow("已建成职工驿站１２８个。", "128", "个", subject: "职工驿站"),
    MetricRow("新增会员２.５万名。", "25000", "名", subject: "会员"),
    MetricRow("全区共有三千五百名一线职工参加体检。", "3500", "名", subject: "一线职工"),
    MetricRow("活动吸引了两万余名职工参与。", "20000", "名", approx: true, subject: "职工"),
    MetricRow("本次培训覆盖一百二十家企业。", "120", "家", subject: "企业"),
    MetricRow("已为十五位劳模建立健康档案。", "15", "位", subject: "劳模"),
    MetricRow("共调处劳动争议案件二十三件。", "23", "件", subject: "劳动争议案件"),
    MetricRow("该区职工书屋藏书达1.2万余册。", "12000", "册", approx: true, subject: "职工书屋藏书"),
    MetricRow("今年发放春送岗位信息一百零五条。", "105", "条", subject: "春送岗位信息"),
    MetricRow("全镇共有两千五百名外出务工人员。", "2500", "名", subject: "外出务工人员"),
    MetricRow("今年新发展会员两万五千人。", "25000", "人", subject: "会员"),
    MetricRow("全年帮扶资金总额达1.25亿元。", "125000000", "元", .money, subject: "帮扶资金总额"),
    MetricRow("项目总投资达12.8亿美元。", "1280000000", "美元", .money, subject: "项目总投资"),
    MetricRow("发放消费券1.5亿元。", "150000000", "元", .money, subject: "消费券"),
    MetricRow("完成培训1.2万人次。", "12000", "人次", .personTime),
    MetricRow("每人奖励5千元。", "5000", "元", .money, subject: "每人奖励"),
    MetricRow("合同签订率达82.2%。", "82.2", "%", .percent, subject: "合同签订率"),
    MetricRow("职工满意度达到百分之九十五。", "95", "%", .percent, subject: "职工满意度"),
    MetricRow("参保率提升到百分之八十二点五。", "82.5", "%", .percent, subject: "参保率"),
    MetricRow("建会率提高到95％。", "95", "%", .percent, subject: "建会率"),
    MetricRow("约三分之一的会员来自非公企业。", "33.33", "%", .percent, approx: true, subject: "会员"),
    MetricRow("四分之一的岗位面向高校毕业生。", "25", "%", .percent, subject: "岗位"),
    MetricRow("每期培训时长为3至5天。", "3", "天", .duration, index: 0, count: 2),
    MetricRow("每期培训时长为3至5天。", "5", "天", .duration, index: 1, count: 2),
    MetricRow("每个站点配备5—8名志愿者。", "5", "名", subject: "志愿者", index: 0, count: 2),
    MetricRow("每个站点配备5—8名志愿者。", "8", "名", subject: "志愿者", index: 1, count: 2),
    MetricRow("补贴标准为每人500元至800元。", "500", "元", .money, index: 0, count: 2),
    MetricRow("补贴标准为每人500元至800元。", "800", "元", .money, index: 1, count: 2),
    MetricRow("比赛分三到五轮进行。", "3", "轮", index: 0, count: 2),
    MetricRow("比赛分三到五轮进行。", "5", "轮", index: 1, count: 2),
    MetricRow("全年接待来访职工3600人次。", "3600", "人次", .personTime, subject: "来访职工"),
    MetricRow("服务职工超过10万人次。", "100000", "人次", .personTime, approx: true, subject: "职工"),
    MetricRow("近千名职工参加了比赛。", "1000", "名", approx: true, subject: "职工"),
    MetricRow("上万家企业开展了集体协商。", "10000", "家", approx: true, subject: "企业"),
    MetricRow("共有300余家企业参加。", "300", "家", approx: true, subject: "企业"),
    MetricRow("参赛队伍60多支。", "60", "支", approx: true, subject: "参赛队伍"),
    MetricRow("帮扶困难职工1200户左右。", "1200", "户", approx: true, subject: "困难职工"),
    MetricRow("投入资金约2000万元。", "20000000", "元", .money, approx: true, subject: "资金"),
    MetricRow("受益职工逾5000人。", "5000", "人", approx: true, subject: "受益职工"),
    MetricRow("培训时长大约是40小时。", "40", "小时", .duration, approx: true, subject: "培训时长"),
    MetricRow("全省共有工会会员1500万人以上。", "15000000", "人", approx: true, subject: "工会会员"),
    MetricRow("全市已有1.3万多名职工报名。", "13000", "名", approx: true, subject: "职工"),
    MetricRow("将近两百名志愿者提供服务。", "200", "名", approx: true, subject: "志愿者"),
    MetricRow("筹集善款十余万元。", "100000", "元", .money, approx: true, subject: "善款"),
]

@Test("numbers", arguments: numberRows)
func numberTable(_ row: MetricRow) { check(row) }

@Test func exactDecimalsNeverGoThroughDouble() {
    // 0.1 + 0.2 style values must stay exact
    let m = metrics("共发放补贴0.3万元。")
    #expect(m.count == 1)
    #expect(m.first?.valueString == "3000")
    let p = metrics("失业率为3.33%。")
    #expect(p.first?.valueString == "3.33")
    let big = metrics("全国职工总数达4.0252亿人。")
    #expect(big.first?.valueString == "402520000")
}

@Test func currencyIsKept() {
    #expect(metrics("项目总投资达12.8亿美元。").first?.currency == "USD")
    #expect(metrics("捐赠物资折合5万港元。").first?.currency == "HKD")
    #expect(metrics("发放慰问金5万元。").first?.currency == "CNY")
}
