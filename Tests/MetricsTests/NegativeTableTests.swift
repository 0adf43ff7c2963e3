import Testing
import NewsText
@testable import Metrics

/// Sentences that contain numbers but no metric.
let negativeRows: [NegativeRow] = [
    NegativeRow("2024年,全市工会工作取得新进展。", "a year"),
    NegativeRow("会议于10月17日在北京召开。", "a month-day date"),
    NegativeRow("2025年将继续推进这项工作。", "a year alone"),
    NegativeRow("2023年4月25日上午,大会开幕。", "a full date"),
    NegativeRow("2024年度工作总结会召开。", "a fiscal year"),
    NegativeRow("活动于12:30正式开始。", "a clock time"),
    NegativeRow("他在比赛中获得第一名。", "an ordinal"),
    NegativeRow("第六届职工运动会开幕。", "an ordinal"),
    NegativeRow("荣获一等奖的作品将被展出。", "a rank label"),
    NegativeRow("坚持一府两院联席会议制度。", "a name with numbers"),
    NegativeRow("学习贯彻“三个精神”。", "a quoted name"),
    NegativeRow("三条例已全部施行。", "条例 is a noun"),
    NegativeRow("五部门联合印发通知。", "部门 is a noun"),
    NegativeRow("拨打12351职工服务热线反映问题。", "a hotline number"),
    NegativeRow("咨询电话:0371-65432100。", "a phone number"),
    NegativeRow("根据第十二条的规定处理。", "an article number"),
    NegativeRow("党的十八大以来工会工作成绩显著。", "a congress name"),
    NegativeRow("认真学习十六届八次全会精神。", "a plenum name"),
    NegativeRow("推动一、二、三产业协调发展。", "an enumeration"),
    NegativeRow("开展“双12工程”建设。", "a programme name"),
    NegativeRow("把“四期”保护延伸到“五期”保护。", "quoted names"),
    NegativeRow("这是一个典型案例。", "indefinite one"),
    NegativeRow("这是一次技能比拼。", "indefinite one"),
    NegativeRow("一系列关爱活动陆续展开。", "indefinite one"),
    NegativeRow("关爱每一位职工。", "indefinite one"),
    NegativeRow("一线职工是主力军。", "一线"),
    NegativeRow("动作娴熟,一气呵成。", "an idiom"),
    NegativeRow("一些企业存在欠薪问题。", "一些"),
    NegativeRow("多个部门参与联合检查。", "多个"),
    NegativeRow("数十家企业参加招聘会。", "数十"),
    NegativeRow("今年前9个月经济运行平稳。", "前9个月"),
    NegativeRow("气温在-5~3℃之间。", "temperatures"),
    NegativeRow("45岁以上女职工可免费筛查。", "an age threshold"),
    NegativeRow("年满18岁的职工均可报名。", "an age threshold"),
    NegativeRow("近五年来,全市经济快速增长。", "a time span"),
    NegativeRow("全市万名职工技能大赛启动。", "a contest name"),
    NegativeRow("“千人百场”宣讲活动启动。", "a quoted name"),
    NegativeRow("千家万户喜迎新春。", "an idiom"),
    NegativeRow("《工会法》第三条规定了会员的权利。", "an article number"),
    NegativeRow("实现“十四五”规划目标。", "a plan name"),
    NegativeRow("在三八妇女节到来之际开展慰问。", "a holiday name"),
    NegativeRow("他获得了五一劳动奖章。", "an award name"),
    NegativeRow("该制度实施三年建会规划。", "a plan name"),
    NegativeRow("这种做法一举三得。", "an idiom"),
    NegativeRow("庆祝建党100周年。", "an anniversary"),
    NegativeRow("工厂位于3号楼。", "a building number"),
    NegativeRow("全体职工一次性通过验收。", "一次性"),
    NegativeRow("两岸职工交流日益频繁。", "两岸"),
    NegativeRow("十四届全国人大二次会议在京开幕。", "a session number"),
    NegativeRow("各县(市、区)要在3日内上报。", "a deadline"),
    NegativeRow("上午9点30分,活动正式开始。", "a clock time"),
    NegativeRow("地铁3号线今日开通。", "a line number"),
    NegativeRow("开展“3·15”消费维权宣传。", "a day name"),
    NegativeRow("拨打12345热线或110报警。", "hotlines"),
    NegativeRow("一是加强组织领导;二是完善制度。", "list markers"),
]

@Test("no metric", arguments: negativeRows)
func negativeTable(_ row: NegativeRow) {
    let ms = metrics(row.text)
    #expect(ms.isEmpty, "\(row.why): \(ms.map { "\($0.valueString)\($0.unit) [\($0.surface)]" })")
}
