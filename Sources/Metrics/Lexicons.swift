// Lexicons of the metric engine: measure words with their kinds, vague-quantity
// markers, verbs and function words that bound a subject, time words that
// block a period, and the topic keywords.
//
// The lists are general Chinese news vocabulary; none is taken from an
// annotated document.

/// What a measure word means.
///
/// An immutable shared object: a candidate holding one copies a single reference, where a
/// struct copied (retained) its two strings at every copy of the candidate.
final class MeasureInfo: Sendable {
    /// The unit stored with the metric.
    let unit: String
    let kind: MetricKind
    let currency: String?
    /// The measure word itself carries 多 (个多月).
    let approx: Bool
    /// The unit is 年 / 岁 / 次: precomputed so that the candidate filters test a flag instead of
    /// comparing non-ASCII `String`s (a normalizing comparison) for every figure.
    let isYear: Bool
    let isAge: Bool
    let isTimes: Bool
    init(_ unit: String, _ kind: MetricKind, currency: String? = nil, approx: Bool = false) {
        self.unit = unit; self.kind = kind; self.currency = currency; self.approx = approx
        self.isYear = unit == "年"; self.isAge = unit == "岁"; self.isTimes = unit == "次"
    }
}

enum Lexicon {
    // MARK: measure words

    static let countWords = [
        "件", "个", "份", "名", "位", "家", "项", "场", "场次", "对", "次", "所", "座", "批", "批次",
        "支", "户", "台", "篇", "条", "本", "期", "处", "类", "张", "套", "辆", "架", "艘", "部", "种",
        "门", "册", "幅", "首", "枚", "棵", "株", "头", "只", "间", "栋", "幢", "组", "队", "轮", "起",
        "宗", "例", "单", "笔", "堂", "节", "届次", "户次", "人", "口", "所次", "块", "面", "把", "颗",
        "箱", "袋", "桶", "盒", "瓶", "副", "双", "顶", "床", "处次", "遍", "回", "个次", "期次", "批次",
        "家次",
    ]
    static let measures: ScalarTrie<MeasureInfo> = {
        var e: [(String, MeasureInfo)] = []
        for w in countWords { e.append((w, MeasureInfo(w, .count))) }
        for w in ["人次", "人·次"] { e.append((w, MeasureInfo("人次", .personTime))) }
        // money
        e.append(("元", MeasureInfo("元", .money, currency: "CNY")))
        e.append(("块钱", MeasureInfo("元", .money, currency: "CNY")))
        e.append(("元钱", MeasureInfo("元", .money, currency: "CNY")))
        e.append(("元人民币", MeasureInfo("元", .money, currency: "CNY")))
        e.append(("人民币", MeasureInfo("元", .money, currency: "CNY")))
        for (w, c) in [("美元", "USD"), ("欧元", "EUR"), ("日元", "JPY"), ("英镑", "GBP"), ("港元", "HKD"),
                       ("港币", "HKD"), ("澳元", "AUD"), ("韩元", "KRW"), ("卢布", "RUB"), ("新台币", "TWD"),
                       ("加元", "CAD"), ("瑞士法郎", "CHF"), ("新加坡元", "SGD")] {
            e.append((w, MeasureInfo(w, .money, currency: c)))
        }
        // percent
        e.append(("%", MeasureInfo("%", .percent)))
        e.append(("％", MeasureInfo("%", .percent)))
        e.append(("个百分点", MeasureInfo("个百分点", .percent)))
        e.append(("百分点", MeasureInfo("个百分点", .percent)))
        // durations and ages
        for w in ["天", "年", "个月", "小时", "周", "分钟", "秒", "个工作日", "工作日", "学时", "课时", "个星期",
                  "星期", "个小时", "岁", "周岁", "个季度", "昼夜", "晚"] where w != "晚" {
            let unit: String
            switch w {
            case "个小时": unit = "小时"
            case "个星期", "星期": unit = "周"
            case "周岁": unit = "岁"
            case "工作日": unit = "个工作日"
            default: unit = w
            }
            e.append((w, MeasureInfo(unit, .duration)))
        }
        e.append(("个多月", MeasureInfo("个月", .duration, approx: true)))
        e.append(("个多小时", MeasureInfo("小时", .duration, approx: true)))
        e.append(("个半月", MeasureInfo("个月", .duration, approx: true)))
        // physical measures
        for w in ["吨", "公斤", "千克", "克", "斤", "公里", "千米", "米", "平方米", "平米", "平方公里", "亩",
                  "公顷", "立方米", "升", "毫升", "千瓦", "千瓦时", "兆瓦", "瓦", "厘米", "毫米", "海里", "延米",
                  "标准箱", "方"] where w != "方" {
            e.append((w, MeasureInfo(w == "平米" ? "平方米" : w, .measure)))
        }
        return ScalarTrie(e)
    }()

    /// Measure word + following character pairs that form another word, so that
    /// the measure word is not one (五部门, 三条例, 一次性, 十周年 …).
    static let measureCompounds: SortedKeySet<UInt64> = pairSet([
        "部门", "部委", "部署", "部分", "部长", "部队", "部件",
        "条例", "条件", "条款", "条约", "条理", "条幅", "条线", "条规",
        "次性", "次日", "次要", "次数", "次序",
        "人民", "人员", "人才", "人社", "人大", "人口", "人身", "人工", "人力", "人事", "人文", "人性",
        "人家", "人生", "人物", "人士", "人群", "人格", "人心", "人间", "人类", "人保",
        "名义", "名单", "名称", "名牌", "名誉", "名字", "名片", "名胜", "名录", "名优", "名师", "名医",
        "名校", "名人", "名家", "名额", "名次",
        "位于", "位置", "位列", "位居",
        "家庭", "家属", "家长", "家乡", "家人", "家园", "家门", "家里", "家中", "家政", "家具", "家电",
        "家务", "家风", "家书", "家族",
        "场所", "场景", "场地", "场馆", "场合", "场面", "场内", "场外", "场上", "场子",
        "期间", "期限", "期待", "期望", "期末", "期刊", "期满", "期货", "期盼", "期中", "期初",
        "处理", "处置", "处罚", "处室", "处长", "处于", "处在", "处分",
        "本地", "本人", "本身", "本次", "本届", "本市", "本报", "本科", "本年", "本职", "本单", "本土", "本着",
        "门口", "门槛", "门诊", "门店", "门户", "门类",
        "项目", "项下",
        "类型", "类别", "类似",
        "所有", "所在", "所属", "所得", "所以", "所谓", "所需", "所长", "所示", "所述", "所致",
        "批准", "批复", "批示", "批评", "批发",
        "支持", "支付", "支出", "支援", "支部", "支撑", "支队", "支柱", "支行",
        "台阶", "台湾", "台风", "台账", "台上", "台下",
        "座谈", "座位", "座右",
        "份额", "份子",
        "套餐", "套路",
        "组织", "组建", "组成", "组长", "组合", "组委",
        "队伍", "队员", "队长",
        "层级", "层面", "层次",
        "间隔", "间接", "间断",
        "种植", "种类", "种子", "种养",
        "节日", "节约", "节目", "节点", "节能", "节假", "节前", "节后", "节奏",
        "起来", "起草", "起点", "起步", "起诉", "起到",
        "例如", "例会", "例外",
        "单位", "单独", "单元", "单项", "单身",
        "首届", "首次", "首批", "首个", "首都", "首席", "首先",
        "只有", "只是", "只要", "只能", "只需",
        "头条", "头等", "头脑",
        "轮流", "轮岗", "轮换",
        "遍布", "遍及",
        "米面",
        "克服",
        "升级", "升高", "升至", "升学",
        "周年", "周边", "周末", "周期", "周转",
        "天津", "天然", "天下", "天气", "天地", "天空", "天安", "天才",
        "年龄", "年代", "年级", "年度", "年轻", "年会", "年终", "年检", "年货", "年薪", "年审", "年报",
        "口号", "口径", "口岸", "口头",
        "面积", "面向", "面对", "面试", "面貌", "面临",
        "回家", "回到", "回应", "回归", "回访", "回头",
        "把关", "把握",
        "户外", "户口", "户籍", "户型",
        "元宵", "元旦", "元素", "元件", "元老", "元月",
        "块钱",
        "笔墨",
        "堂课",
        "方面",
    ])

    // MARK: vague quantities

    /// Markers written before a number that make it approximate.
    static let preApprox = WordSet(["近", "约", "逾", "超过", "超", "大约", "将近", "接近", "约有", "大概",
                                    "上", "近乎", "差不多", "估计", "预估", "约计"])
    /// Markers written after a number (and its measure word) that make it approximate.
    static let postApprox = WordSet(["余", "多", "以上", "左右", "上下", "开外", "有余", "出头"])

    // MARK: not-a-number contexts

    /// A numeral right after one of these is not a quantity (第三, 前三, 十六届八次, 数十 …).
    static let blockingPrev = SortedKeySet<UInt32>("第前届初数几周号拜:：.-/#".unicodeScalars.map(\.value))

    // MARK: flags

    /// Change verbs (the number is a delta) — unless followed by 至/到/为 (then a level).
    static let changeVerbs = WordSet(["增加", "增长", "减少", "下降", "提高", "降低", "上升", "提升", "增多",
                                      "增幅", "降幅", "增速", "回落", "上涨", "下跌", "递增", "递减", "缩减",
                                      "扩大", "缩小", "增", "减", "多", "少", "涨", "降"])
    static let levelMarkers = SortedKeySet<UInt32>("至到为".unicodeScalars.map(\.value))
    /// Words marking a plan or a target.
    static let targetWords = WordSet(["计划", "力争", "拟", "将", "预计", "争取", "目标", "确保", "打算", "规划",
                                      "预期", "要求", "准备", "有望"])

    // MARK: time words

    /// Vague time expressions: a figure under one of them has no period.
    static let vagueTime = WordSet(["近日", "日前", "近年来", "近年以来", "近期", "目前", "截至目前", "截止目前",
                                    "此前", "至今", "累计", "一段时间以来", "多年来", "长期以来", "近些年",
                                    "近几年", "近年", "以来", "历年", "迄今", "当前", "现有", "截至发稿",
                                    "前不久", "不久前", "近来", "年来", "如今"])
    /// Parts of a year (一季度, 上半年, 前三季度, 全年): the figure is about that year, not a day.
    static let yearParts = WordSet(["一季度", "二季度", "三季度", "四季度", "第一季度", "第二季度", "第三季度", "第四季度",
                                    "前三季度", "前两季度", "上半年", "下半年", "全年", "年内", "年初以来", "年底前",
                                    "一至三季度", "1至3季度", "前三个季度", "头两个月", "前两个月", "前三个月", "前4个月",
                                    "前5个月", "前6个月", "前7个月", "前8个月", "前9个月", "前10个月", "前11个月",
                                    "前四个月", "前五个月", "前六个月", "前七个月", "前八个月", "前九个月", "前十个月",
                                    "前十一个月", "前3个月", "前2个月"])
    /// Vague words that also cover the rest of their paragraph.
    static let vagueScope = WordSet(["近日", "日前", "近年来", "近年以来", "近期", "一段时间以来", "多年来",
                                     "长期以来", "近些年", "近几年", "以来", "年来", "前不久", "不久前", "近来"])
    /// Words that open a sentence referring back to an event already dated (会上 …).
    static let anaphoricOpeners = WordSet(["会上", "会议上", "会议期间", "仪式上", "座谈会上", "活动中", "活动上",
                                           "活动现场", "现场", "当天", "当日", "会后", "期间", "活动以", "活动期间"])
    /// Event verbs: a day-grain date in a clause with one of them dates the event.
    static let eventVerbs = WordSet(["召开", "举行", "举办", "启动", "开幕", "开展", "发布", "揭牌", "成立",
                                     "闭幕", "开班", "开赛", "走进", "来到"])

    // MARK: subject boundaries

    /// Words that end a noun phrase read after a measure word.
    static let nounStops = WordSet([
        "参加", "参与", "提供", "进行", "举办", "举行", "开展", "获得", "荣获", "获评", "送去", "送上", "送来",
        "送到", "送给", "走进", "进京", "进入", "进驻", "进村", "进厂", "进社区", "入住", "一起", "共同", "同台",
        "依次", "将", "在", "于", "到", "为", "对", "向", "把", "被", "让", "使", "给", "是", "已", "都", "每",
        "不", "没", "未", "并", "还", "却", "而", "但", "即", "则", "由", "据", "了", "着",
        "分别", "共计", "合计", "累计", "受益", "享受", "接受", "实现", "完成", "签订", "组成", "坐诊", "登台",
        "参赛", "交往", "随后", "先后", "用于", "用来", "发放", "得到", "欢聚", "齐聚", "汇聚", "相聚", "集中",
        "前往", "赶赴", "奔赴", "来自", "来到", "经过", "通过", "报名", "成功", "顺利", "纷纷", "积极", "主动",
        "自愿", "踊跃", "现场", "同时", "以及", "按照", "根据", "涉及", "覆盖", "包括", "其中", "当中", "之中",
        "开始", "结束", "投入", "参观", "学习", "观看", "出席", "加入", "签约", "获奖", "入选", "落户",
        "落地", "建成", "投用", "开工", "竣工", "完工", "走访", "看望", "领取", "拿到", "收到", "获取",
        "参演", "演出", "表演", "展示", "亮相", "参展", "以上", "以下", "左右", "上下", "之间",
        "以内", "之内", "期间", "当天", "当日", "以来", "作为", "成为", "担任", "开启", "迎来",
        "见证", "共享", "分享", "感受", "体验", "享有", "提出", "发出", "签署", "进行了", "开展了",
        "建立", "设立", "成立", "开通", "达到", "达", "发给", "发到", "交给", "交到", "归还", "退还", "发还",
        "补发", "增加", "增长", "减少", "提高", "下降", "上升", "调整", "变为", "占", "占到", "用于", "随即",
        "依法", "及时", "全部", "全面", "均已", "已经", "正在", "即将", "共", "一同", "陆续", "相继", "分批",
        "轮流", "免费", "集体", "统一", "定期", "长期", "坚持", "继续", "持续", "深入", "奔赴", "赶到", "受到",
        "荣获了", "获得了", "参加了", "加入了", "走上", "登上", "面向", "针对",
    ])
    /// Stop words that may still open a noun phrase (参赛作品, 服务对象, 获奖作品).
    static let nounStarters = WordSet(["参赛", "参与", "获奖", "入选", "服务", "帮扶", "慰问", "救助", "捐赠", "组织",
                                       "参展", "参演", "报名", "学习", "演出", "集体", "免费", "统一", "长期", "定期",
                                       "获得", "受益", "签约", "落户", "建立", "设立", "成立", "开展", "投入", "享受",
                                       "走访", "全部", "共享", "体验", "覆盖", "提供"])
    /// Two-character words whose second character is a one-character stop word (行为, 现在, 首都).
    static let stopPairExceptions: SortedKeySet<UInt64> = pairSet([
        "行为", "人为", "现在", "存在", "所在", "实在", "内在", "外在", "潜在", "自在", "首都", "关于", "对于",
        "由于", "属于", "位于", "处于", "至于", "在于", "等于", "出于", "基于", "终于", "但是", "于是", "凡是",
        "总是", "就是", "还是", "或是", "供给", "大使", "即将", "理由", "自由", "缘由", "不到", "周到", "针对",
        "面对", "绝对", "相对", "核对", "比对", "配对", "派对", "不对", "依据", "数据", "证据", "根据", "占据",
        "单据", "票据", "收据", "字据", "否则", "规则", "原则", "细则", "准则", "法则", "总则", "守则",
        "然而", "从而", "因而", "进而", "继而", "反而", "未来", "并购", "合并", "兼并", "吞并",
    ])
    /// Leading function words dropped from a noun phrase read before a number.
    static let leadStrip = WordSet([
        "其中", "共", "共有", "共计", "合计", "总计", "累计", "先后", "分别", "此外", "同时", "另外", "另", "还",
        "已", "已经", "全省", "全市", "全国", "全县", "全区", "全州", "全盟", "全旗", "各级", "各地", "全年",
        "本次", "此次", "该", "其", "我", "我们", "他们", "她们", "他", "她", "它", "本", "今年", "去年",
        "当年", "当天", "为", "对", "向", "给", "在", "从", "自", "共同", "一共", "总共", "并", "又", "再",
        "也", "均", "都", "全", "各", "本省", "本市", "本县", "本区", "我省", "我市", "我县", "我区", "该省",
        "该市", "该县", "该区", "全镇", "全乡", "全村", "全体", "所有", "目前", "截至目前", "近年来", "近日",
        "日前", "此前", "至今", "如今", "现在", "现有", "当前", "据统计", "据了解", "据悉", "据介绍", "统计",
        "数据显示", "显示", "以", "和", "及", "与", "以及", "或", "且", "而", "但", "即", "则", "就", "才",
        "还有", "又有", "有", "达", "是", "为期", "预计", "计划", "力争", "拟", "将", "争取", "至", "到", "或",
    ])
    /// Trailing function words dropped from a noun phrase read before a number.
    static let tailStrip = WordSet([
        "达到", "达", "为", "是", "有", "共", "共有", "共计", "合计", "总计", "累计", "约", "近", "将", "已", "了",
        "占到", "占", "增至", "增加到", "增长到", "提高到", "提升到", "提升至", "提高至", "降至", "降到",
        "降低到", "降低至", "下降到", "下降至", "减少到", "减少至", "延长至", "延长到", "缩短至", "缩短到",
        "增加", "增长", "减少", "提高", "下降", "降低", "上升", "提升", "增多", "历时", "用时", "耗时",
        "持续", "大约", "约为", "约有", "预计", "不超过", "超过", "最高", "最低", "多达", "高达", "达到了",
        "逾", "超", "突破", "计", "分别", "分别为", "的", "共达", "均", "都", "近乎", "接近",
        "将近", "已达", "已有", "还有", "各", "每", "就", "也", "又", "再", "同比", "环比", "比上年",
        "比去年", "较去年", "较上年", "仅", "只", "才", "至少", "最多", "就有", "约占", "所占", "为期",
        "不少于", "不低于", "不超", "达到了", "长达", "总计达", "累计达", "保持在", "稳定在", "控制在",
        "维持在", "保持", "就是", "一直",
    ])
    /// Words that may follow a date closing a sentence's opening clause (2月4日上午,).
    static let timeTails = WordSet(["上午", "下午", "晚上", "晚", "起", "前后", "期间", "以来", "左右", "中旬", "上旬", "下旬",
                                    "凌晨", "傍晚", "上半年", "下半年", "前", "后", "间", "底", "初", "末", "至今", "全天",
                                    "中午", "早上", "夜间", "当天", "晚间"])
    /// Organization names before a verb (河西区总工会出资): the verb names the figure.
    static let orgSuffixes = WordSet(["总工会", "委员会", "人民政府", "政府", "公司", "集团", "协会", "联合会"])
    /// Two-character nouns ending in a one-character tail word (人才, 行为): the tail is kept.
    static let tailPairKeep: SortedKeySet<UInt64> = pairSet([
        "人才", "英才", "天才", "行为", "人为", "会计", "统计", "首都", "人均", "附近", "所有", "拥有", "作为",
        "成为", "设计", "审计", "伙计", "生计", "总计", "家都", "古都", "新都", "平均", "户均", "年均", "日均",
        "月均", "最近", "邻近", "就近", "远近", "职工将", "车超", "赶超", "高超",
    ])
    /// A region word before one of these is part of a title (全国劳模, 全省优秀…).
    static let titleAfterRegion = WordSet(["劳模", "劳动模范", "优秀", "先进", "模范", "五一", "三八", "文明", "示范",
                                           "最美", "十佳", "技术能手", "工人先锋", "巾帼", "青年", "百佳", "首席",
                                           "职工之家", "红旗"])
    /// Verbs whose object is the counted thing (惠及戍边民警5573人次 → 戍边民警).
    static let objectVerbs = WordSet([
        "带出", "节约", "节省", "创造", "增收", "推动", "培养出", "带动了", "接听", "解答", "答复", "回复", "完成", "惠及", "达成", "共有", "拥有", "现有", "共计有", "累计有", "涌现", "涌现出", "产生", "诞生", "组织", "投入", "发出", "建立", "收到", "邀请", "派出", "促成", "举办", "新建", "增拨", "下拨",
        "签订", "发放", "筹集", "资助", "发展", "拖欠", "支付", "评选出", "评出", "评选", "选出", "表彰",
        "培育", "组建", "成立", "设立", "开展", "培训", "招聘", "提供", "安置", "接待", "受理", "办理",
        "审理", "走访", "看望", "服务", "命名", "授予", "捐助", "捐赠", "捐款", "帮助", "救助", "慰问",
        "调处", "化解", "解决", "追回", "挽回", "检查", "排查", "发现", "查处", "处理", "立案", "办结",
        "帮扶", "补助", "奖励", "吸纳", "新增", "创建", "建成", "打造", "培养", "认定", "选树", "推荐",
        "征集", "收集", "印发", "编印", "制定", "出台", "签署", "达成", "录用", "吸引", "带动", "组织了",
        "举办了", "开展了", "建立了", "发放了", "投入了", "筹集了", "帮助了", "走访了", "慰问了",
        "培训了", "调解", "维护", "保障", "涉及", "覆盖了", "改造", "设置", "添置", "新设", "筹措",
        "募集", "评定", "选拔", "吸收", "接收", "登记", "建起", "建好", "培训出", "新开", "开通",
        "开设", "配备", "购置", "购买", "采购", "发布", "推出", "上线", "收回", "清偿", "兑现", "落实",
        "拨付", "划拨", "安排", "落实了", "签订了", "惠及了",
    ])
    /// Words after a verb that make it part of a noun (调解成功案件, 培训合格率).
    static let verbNominalizers = WordSet([
        "成功", "合格", "成果", "工作", "人员", "对象", "机构", "中心", "热线", "窗口", "阵地", "平台", "基地", "活动",
        "次数", "工作者", "团队", "组织", "小组", "项目", "物资", "对接", "体系", "制度", "机制", "网络", "联盟",
        "协会", "站点", "资金", "经费", "时长", "时间", "人数", "人次", "面积", "规模", "总量", "数量", "金额",
        "总额", "比例", "费用", "效果", "质量", "水平", "覆盖率", "率", "服务站", "服务点", "服务队",
        "专项", "补贴", "专员", "志愿者",
    ])
    /// Verbs whose object is money: 筹集资金 → 资金 (资金 is not a nominalizer for them).
    static let fundVerbs = WordSet(["筹集", "投入", "拨付", "下拨", "增拨", "划拨", "筹措", "安排", "发放", "落实",
                                    "捐赠", "捐助", "捐款", "募集", "支付", "追回", "挽回", "兑现", "清偿", "收回",
                                    "拨出", "出资", "争取", "使用", "申请", "设立"])
    /// Two-character words whose first character is also a one-character lead word (就业, 从业, 在岗).
    static let leadPairKeep: SortedKeySet<UInt64> = pairSet([
        "就业", "从业", "再就", "自愿", "自主", "本科", "有效", "有关", "达标", "对口", "与会", "其他", "其余", "还款",
        "全体", "全面", "全日", "各类", "各种", "各项", "各族", "以上", "中小", "中青", "中层", "中级", "中介", "中医",
        "中药", "最低", "最高", "在岗", "在职", "在建", "在档", "在校", "在读", "在编", "在册", "在线", "为民", "已婚",
        "更新", "才艺", "共青", "共产", "共享", "和谐", "及时", "该项", "至少", "到岗", "将士", "拟任",
        "有偿", "无偿", "是否", "达成", "共有", "现有",
    ])
    /// Verbs that open a relative clause after a measure word (10名来自…的专家).
    static let clauseOpeners = WordSet([
        "来自", "涵盖", "包括", "参加", "参与", "具有", "拥有", "获得", "从事", "长期", "常年", "坚守", "奋战",
        "生活", "居住", "分布", "符合", "通过", "经过", "受到", "身处", "扎根", "位于", "属于", "隶属",
        "从", "由", "因", "被", "曾", "已", "正在", "即将",
    ])
    /// 在X adjectives that are not a preposition (在档 在职 在建 …).
    static let zaiAdjectives = SortedKeySet<UInt32>("档职岗建校读编册押线营库业".unicodeScalars.map(\.value))
    /// Phrases that introduce an honour title: 荣获X称号.
    static let honourVerbs = WordSet(["荣获", "获得", "被授予", "被评为", "获评", "荣膺", "获授", "被命名为", "授予"])

    // MARK: regions

    /// Relative or national words handled here (the entity extractor resolves 全省 etc.).
    static let nationalWords = WordSet(["全国", "我国", "全国范围", "全国各地"])
    static let datelineAgencies = WordSet(["新华社", "中新社", "中新网", "人民网", "央视网", "中工网", "本报"])

    // MARK: topics

    static let topicKeywords: [(MetricTopic, [String])] = [
        (.legalRights, ["劳动争议", "调解", "法律", "维权", "检察", "法院", "仲裁", "案件", "诉讼", "欠薪", "讨薪",
                        "劳动监察", "监督", "投诉", "举报", "权益", "提示函", "意见书", "建议书", "赔偿", "工伤",
                        "律师", "纠纷", "法治", "普法", "援助案", "拖欠", "劳动关系"]),
        (.assistance, ["帮扶", "慰问", "救助", "资金", "送温暖", "困难", "补助", "慰问金", "捐助", "助学", "金秋",
                       "救济", "补贴", "关爱", "温暖", "捐款", "捐赠", "贷款", "资助", "爱心", "送清凉", "慰问品",
                       "月饼", "礼包", "遗属", "解困", "互助", "保障金", "出资", "救助金"]),
        (.health, ["体检", "义诊", "医院", "疗养", "健康", "医疗", "医生", "大病", "筛查", "休养", "疗休养",
                   "心理", "康复", "诊疗", "药品", "医护"]),
        (.cultureSports, ["文化", "竞赛", "作品", "书屋", "比赛", "大赛", "文艺", "体育", "运动会", "展演", "灯谜",
                          "灯笼", "选手", "赛道", "获奖", "一等奖", "二等奖", "三等奖", "演出", "读书", "阅读",
                          "书法", "摄影", "赛事", "联赛", "展览", "非遗", "文创", "节目", "优秀组织奖", "评委"]),
        (.employment, ["就业", "岗位", "招聘", "培训", "技能", "毕业生", "创业", "再就业", "职业", "用工", "求职",
                       "招工", "新就业形态", "灵活就业", "农民工总量", "劳动者", "从业人员", "技工", "工匠", "学历"]),
        (.organizationBuilding, ["建会", "入会", "会员", "工会组织", "组建", "集体合同", "工资协商", "集体协商",
                                 "集体协议", "职工之家", "工会工作", "基层工会", "站点", "驿站", "服务站", "工会干部",
                                 "非公企业工会", "联系点", "工作机制", "单建工会", "示范点", "红旗单位", "工作者",
                                 "帮扶中心", "服务中心", "示范性企业"]),
    ]
    static let topicTrie: ScalarTrie<MetricTopic> = {
        var e: [(String, MetricTopic)] = []
        for (t, words) in topicKeywords { for w in words { e.append((w, t)) } }
        return ScalarTrie(e)
    }()
}

/// The lexicons and tables the metric engine reads per character, built once and shared.
///
/// Pages hold one reference to it: reading a lexicon through it costs neither a lazy-global
/// check (`swift_once`) per access nor copying (retaining) some thirty tables per page.
final class LexiconTables: Sendable {
    static let shared = LexiconTables()

    let table = Chars.table
    let anaphoricOpeners = Lexicon.anaphoricOpeners
    let blockingPrev = Lexicon.blockingPrev
    let changeVerbs = Lexicon.changeVerbs
    let clauseOpeners = Lexicon.clauseOpeners
    let datelineAgencies = Lexicon.datelineAgencies
    let eventVerbs = Lexicon.eventVerbs
    let fundVerbs = Lexicon.fundVerbs
    let honourVerbs = Lexicon.honourVerbs
    let leadPairKeep = Lexicon.leadPairKeep
    let leadStrip = Lexicon.leadStrip
    let levelMarkers = Lexicon.levelMarkers
    let measureCompounds = Lexicon.measureCompounds
    let measures = Lexicon.measures
    let nationalWords = Lexicon.nationalWords
    let nounStarters = Lexicon.nounStarters
    let nounStops = Lexicon.nounStops
    let objectVerbs = Lexicon.objectVerbs
    let orgSuffixes = Lexicon.orgSuffixes
    let postApprox = Lexicon.postApprox
    let preApprox = Lexicon.preApprox
    let stopPairExceptions = Lexicon.stopPairExceptions
    let tailPairKeep = Lexicon.tailPairKeep
    let tailStrip = Lexicon.tailStrip
    let targetWords = Lexicon.targetWords
    let timeTails = Lexicon.timeTails
    let titleAfterRegion = Lexicon.titleAfterRegion
    let topicTrie = Lexicon.topicTrie
    let vagueScope = Lexicon.vagueScope
    let vagueTime = Lexicon.vagueTime
    let verbNominalizers = Lexicon.verbNominalizers
    let yearParts = Lexicon.yearParts
    let zaiAdjectives = Lexicon.zaiAdjectives
    let yearFollowers = MetricEngine.yearFollowers
    let percentInfo = MeasureInfo("%", .percent)
    /// Prepositions before a date in a noun phrase (从2012年的…, 截至2023年底…).
    let datePrepositions: [[Unicode.Scalar]] = ["从", "自", "由", "截至", "截止", "截止到", "于"].map { Array($0.unicodeScalars) }
    /// Verbs that make a place before them a venue (在北京召开).
    let venueVerbs: [[Unicode.Scalar]] = ["召开", "举行", "举办", "开幕", "闭幕"].map { Array($0.unicodeScalars) }
    /// Words after 全国/我国 that make it part of a name (全国总工会), not a national scope.
    let nationalNameTails: [[Unicode.Scalar]] = ["总工会", "妇联", "人大", "政协", "人民代表", "劳动模范", "劳模", "五一", "模范",
                                                 "优秀", "先进", "工会", "青联", "工商联", "科协", "文明", "三八"].map { Array($0.unicodeScalars) }
}
