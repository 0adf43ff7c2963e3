import Testing
import NewsText
@testable import Metrics

/// Measure words and their kinds: counts, person-times, money, percent, durations, measures.
let unitRows: [MetricRow] = [
    MetricRow("举办技能比武12场。", "12", "场", subject: "技能比武"),
    MetricRow("开展安全检查45次。", "45", "次", subject: "安全检查"),
    MetricRow("共建立法律援助站18所。", "18", "所", subject: "法律援助站"),
    MetricRow("培育示范企业30家。", "30", "家", subject: "示范企业"),
    MetricRow("印发宣传册5000份。", "5000", "份", subject: "宣传册"),
    MetricRow("新增就业岗位860个。", "860", "个", subject: "就业岗位"),
    MetricRow("组建志愿服务队15支。", "15", "支", subject: "志愿服务队"),
    MetricRow("发放慰问品3000箱。", "3000", "箱", subject: "慰问品"),
    MetricRow("为14对新人举办集体婚礼。", "14", "对", subject: "新人"),
    MetricRow("全市共有职工书屋260处。", "260", "处", subject: "职工书屋"),
    MetricRow("开展健康讲座8期。", "8", "期", subject: "健康讲座"),
    MetricRow("添置健身器材40台。", "40", "台"),
    MetricRow("发布典型案例20篇。", "20", "篇", subject: "典型案例"),
    MetricRow("收集意见建议150条。", "150", "条", subject: "意见建议"),
    MetricRow("编印普法读本2000本。", "2000", "本", subject: "普法读本"),
    MetricRow("办理法律援助案件37起。", "37", "起", subject: "法律援助案件"),
    MetricRow("竞赛共设置比赛项目16项。", "16", "项", subject: "比赛项目"),
    MetricRow("开展文艺演出25场次。", "25", "场次", subject: "文艺演出"),
    MetricRow("比赛设置两个赛区。", "2", "个", subject: "赛区"),
    MetricRow("走访慰问一线职工2600人。", "2600", "人", subject: "一线职工"),
    MetricRow("惠及外卖骑手860人次。", "860", "人次", .personTime, subject: "外卖骑手"),
    MetricRow("发放慰问金5万元。", "50000", "元", .money, subject: "慰问金"),
    MetricRow("捐赠物资折合5万港元。", "50000", "港元", .money),
    MetricRow("活动持续了三天。", "3", "天", .duration, subject: "活动"),
    MetricRow("本次培训为期两周。", "2", "周", .duration, subject: "培训"),
    MetricRow("项目建设周期为18个月。", "18", "个月", .duration, subject: "项目建设周期"),
    MetricRow("他在一线岗位坚守了20年。", "20", "年", .duration),
    MetricRow("每天服务时长不少于8小时。", "8", "小时", .duration),
    MetricRow("整个工期用了3个多月。", "3", "个月", .duration, approx: true),
    MetricRow("一名52岁的环卫工人获得救助。", "52", "岁", .duration, subject: "环卫工人"),
    MetricRow("新修建步道12公里。", "12", "公里", .measure),
    MetricRow("发放救灾大米30吨。", "30", "吨", .measure, subject: "救灾大米"),
    MetricRow("改造职工食堂1200平方米。", "1200", "平方米", .measure),
    MetricRow("新建停车场3万平方米。", "30000", "平方米", .measure),
    MetricRow("失业率下降了0.5个百分点。", "0.5", "个百分点", .percent, change: true, subject: "失业率"),
]

@Test("units and kinds", arguments: unitRows)
func unitTable(_ row: MetricRow) { check(row) }
