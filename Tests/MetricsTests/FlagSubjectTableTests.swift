import Testing
import NewsText
@testable import Metrics

/// change and target flags.
let flagRows: [MetricRow] = [
    MetricRow("参保人数比去年增加1200人。", "1200", "人", change: true, subject: "参保人数"),
    MetricRow("会员总数同比增长12%。", "12", "%", .percent, change: true, subject: "会员总数"),
    MetricRow("困难职工数量减少了300户。", "300", "户", change: true, subject: "困难职工数量"),
    MetricRow("服务站点增至45个。", "45", "个", change: false, subject: "服务站点"),
    MetricRow("工作时间延长至10小时。", "10", "小时", .duration, change: false, subject: "工作时间"),
    MetricRow("培训人数较上年提高了15%。", "15", "%", .percent, change: true, subject: "培训人数"),
    MetricRow("新建职工之家28个。", "28", "个", change: false, subject: "职工之家"),
    MetricRow("增拨专项资金500万元。", "5000000", "元", .money, change: false, subject: "专项资金"),
    MetricRow("下拨送温暖资金800万元。", "8000000", "元", .money, change: false, subject: "送温暖资金"),
    MetricRow("入会职工比上年多600人。", "600", "人", change: true, subject: "入会职工"),
    MetricRow("收入同比下降3.2%。", "3.2", "%", .percent, change: true, subject: "收入"),
    MetricRow("会员人数由2万人增加到3万人。", "30000", "人", change: false, index: 1, count: 2),
    MetricRow("共筹措资金80万元,比上年增长20%。", "20", "%", .percent, change: true, subject: "资金", index: 1),
    MetricRow("签约企业560家、覆盖职工3.2万人,分别增长8%和9%。", "8", "%", .percent, change: true, subject: "签约企业", index: 2),
    MetricRow("签约企业560家、覆盖职工3.2万人,分别增长8%和9%。", "9", "%", .percent, change: true, subject: "覆盖职工", index: 3),
    MetricRow("计划新建户外劳动者服务站50个。", "50", "个", subject: "户外劳动者服务站", target: true),
    MetricRow("力争实现新增就业2000人。", "2000", "人", target: true),
    MetricRow("预计全年发放补贴300万元。", "3000000", "元", .money, subject: "补贴", target: true),
    MetricRow("拟新增托管班20个。", "20", "个", subject: "托管班", target: true),
    MetricRow("已发放补贴300万元。", "3000000", "元", .money, subject: "补贴", target: false),
    MetricRow("参与职工将达到5万人以上。", "50000", "人", approx: true, subject: "参与职工", target: true),
    MetricRow("最高补助不超过5000元。", "5000", "元", .money, approx: false),
]

@Test("change and target", arguments: flagRows)
func flagTable(_ row: MetricRow) { check(row) }

/// Subjects: before the number, after the measure word, object of a verb, lists.
let subjectRows: [MetricRow] = [
    MetricRow("组织120名劳模参加疗休养。", "120", "名", subject: "劳模"),
    MetricRow("邀请8名律师开展法律咨询。", "8", "名", subject: "律师"),
    MetricRow("派出12支医疗队深入企业。", "12", "支", subject: "医疗队"),
    MetricRow("收到来自全省各地的200余件作品。", "200", "件", approx: true, subject: "作品"),
    MetricRow("评出金奖2名、银奖5名、铜奖10名。", "2", "名", subject: "金奖", index: 0, count: 3),
    MetricRow("评出金奖2名、银奖5名、铜奖10名。", "5", "名", subject: "银奖", index: 1, count: 3),
    MetricRow("评出金奖2名、银奖5名、铜奖10名。", "10", "名", subject: "铜奖", index: 2, count: 3),
    MetricRow("为35名在高温天气坚守岗位的环卫工人送去清凉。", "35", "名", subject: "环卫工人"),
    MetricRow("辖区内43家企业的1200名职工受益。", "43", "家", subject: "企业", index: 0, count: 2),
    MetricRow("辖区内43家企业的1200名职工受益。", "1200", "名", subject: "职工", index: 1, count: 2),
    MetricRow("快递员、网约车司机等新业态劳动者3000余人加入工会。", "3000", "人", approx: true, subject: "新业态劳动者"),
    MetricRow("全市签订集体合同1.1万份。", "11000", "份", subject: "集体合同"),
    MetricRow("覆盖职工58万人。", "580000", "人", subject: "覆盖职工"),
    MetricRow("女性会员2.4万人,占会员总数的40%。", "40", "%", .percent, subject: "女性会员", index: 1),
    MetricRow("完成全年目标任务的105%。", "105", "%", .percent, subject: "目标任务"),
    MetricRow("竞赛涉及5类12个工种。", "5", "类", subject: "工种", index: 0, count: 2),
    MetricRow("竞赛涉及5类12个工种。", "12", "个", subject: "工种", index: 1, count: 2),
    MetricRow("建立工资集体协商制度的企业有850家。", "850", "家", subject: "建立工资集体协商制度的企业"),
    MetricRow("计划用2年时间实现服务站点全覆盖。", "2", "年", .duration, subject: "服务站点全覆盖", target: true),
    MetricRow("受理投诉案件180件,办结率达98.5%。", "180", "件", subject: "投诉案件", index: 0),
    MetricRow("受理投诉案件180件,办结率达98.5%。", "98.5", "%", .percent, subject: "办结率", index: 1),
    MetricRow("每户发放慰问金800元。", "800", "元", .money, subject: "慰问金"),
    MetricRow("每人补助1000元。", "1000", "元", .money, subject: "每人补助"),
    MetricRow("区总工会出资5万元。", "50000", "元", .money, subject: "出资"),
    MetricRow("全市100%的乡镇建立了职工服务站。", "100", "%", .percent, subject: "乡镇"),
    MetricRow("为困难职工发放救助卡600张。", "600", "张", subject: "救助卡"),
    MetricRow("企业拖欠的农民工工资3000元已追回。", "3000", "元", .money, subject: "农民工工资"),
    MetricRow("该公司等7家单位荣获“模范职工之家”称号。", "7", "家", subject: "模范职工之家"),
    MetricRow("共设立检察联络点9个。", "9", "个", subject: "检察联络点"),
    MetricRow("惠及在岗职工4万余人。", "40000", "人", approx: true, subject: "在岗职工"),
    MetricRow("深入到30多个在建工地开展慰问。", "30", "个", approx: true, subject: "在建工地"),
    MetricRow("男、女职工分别为300人和200人。", "300", "人", subject: "男职工", index: 0, count: 2),
    MetricRow("男、女职工分别为300人和200人。", "200", "人", subject: "女职工", index: 1, count: 2),
    MetricRow("截至目前,全市已建成“司机之家”56个。", "56", "个", subject: "司机之家"),
    MetricRow("帮助468名农民工追回欠薪620余万元。", "468", "名", subject: "农民工", index: 0),
    MetricRow("帮助468名农民工追回欠薪620余万元。", "6200000", "元", .money, approx: true, subject: "欠薪", index: 1),
    MetricRow("全市现有劳模1200余人,其中全国劳模86人。", "86", "人", subject: "全国劳模", index: 1),
    MetricRow("近3年来,累计培训技能人才5.6万人次。", "56000", "人次", .personTime, subject: "技能人才"),
    MetricRow("会员达到125.6万人,比去年同期增加3.2万人。", "32000", "人", change: true, subject: "会员", index: 1),
    MetricRow("医疗、生育保险参保人数分别为3.1亿人、2.2亿人,分别同比增加500万人、300万人。", "310000000", "人", subject: "医疗保险参保人数", index: 0, count: 4),
    MetricRow("医疗、生育保险参保人数分别为3.1亿人、2.2亿人,分别同比增加500万人、300万人。", "220000000", "人", subject: "生育保险参保人数", index: 1, count: 4),
    MetricRow("医疗、生育保险参保人数分别为3.1亿人、2.2亿人,分别同比增加500万人、300万人。", "5000000", "人", change: true, subject: "医疗保险参保人数", index: 2, count: 4),
    MetricRow("医疗、生育保险参保人数分别为3.1亿人、2.2亿人,分别同比增加500万人、300万人。", "3000000", "人", change: true, subject: "生育保险参保人数", index: 3, count: 4),
    MetricRow("他有着30多年工龄。", "30", "年", .duration, approx: true, subject: "工龄"),
    MetricRow("为企业节约成本800多万元。", "8000000", "元", .money, approx: true, subject: "成本"),
]

@Test("subjects", arguments: subjectRows)
func subjectTable(_ row: MetricRow) { check(row) }
