/// General lexicons used by the extractor: organization suffixes, boundary words,
/// person titles, surnames, stop words. These are language resources, not page data.

/// How an organization suffix behaves.
struct OrgSuffix: Sendable {
    /// The canonical form of the suffix (`人社局` → `人力资源和社会保障局`).
    let canonical: String
    let type: OrganizationType
    /// Needs a region (absolute or relative) or a national prefix to count as a named body.
    let needsRegion: Bool
    /// With a region and nothing else in front (`丹东工会`), the name is generic.
    let genericWithRegionOnly: Bool
    /// Canonical name is `中共` + region + `委员会` (县委, 市委 …).
    let partyCommittee: Bool
    /// The suffix as printed (set when the lexicon is compiled, with ``SurfaceFlags``).
    var surface: String = "" { didSet { flags = SurfaceFlags(surface: surface, canonical: canonical) } }
    /// Comparisons of `surface` and `canonical` with fixed words, made once when the lexicon is
    /// compiled instead of a (normalizing, non-ASCII) `String` comparison per candidate.
    private(set) var flags = SurfaceFlags(surface: "", canonical: "")
    init(_ canonical: String, _ type: OrganizationType, needsRegion: Bool = true,
         genericWithRegionOnly: Bool = false, partyCommittee: Bool = false) {
        self.canonical = canonical; self.type = type; self.needsRegion = needsRegion
        self.genericWithRegionOnly = genericWithRegionOnly; self.partyCommittee = partyCommittee
        self.flags = SurfaceFlags(surface: "", canonical: canonical)
    }

    /// See ``OrgSuffix/flags``.
    struct SurfaceFlags: Sendable {
        /// `surface == canonical`.
        let surfaceIsCanonical: Bool
        /// `surface` is 基地 / 局 or 厅 / 高院 or 中院 / 委员会.
        let isBase: Bool
        let isBureauOrHall: Bool
        let isHighOrMiddleCourt: Bool
        let isCommittee: Bool
        /// `canonical == "边防检查总站"`.
        let isBorderStation: Bool
        init(surface: String, canonical: String) {
            surfaceIsCanonical = surface == canonical
            isBase = surface == "基地"
            isBureauOrHall = surface == "局" || surface == "厅"
            isHighOrMiddleCourt = surface == "高院" || surface == "中院"
            isCommittee = surface == "委员会"
            isBorderStation = canonical == "边防检查总站"
        }
    }
}

enum Lexicons {
    /// Organization type suffixes (surface → behaviour). Matched longest first at a position.
    static let orgSuffixes: [(String, OrgSuffix)] = {
        var out: [(String, OrgSuffix)] = [
            ("总工会", OrgSuffix("总工会", .union)),
            ("工会委员会", OrgSuffix("工会委员会", .union, needsRegion: false, genericWithRegionOnly: true)),
            ("工会联合会", OrgSuffix("工会联合会", .union, needsRegion: false, genericWithRegionOnly: true)),
            ("工会", OrgSuffix("工会", .union, needsRegion: false, genericWithRegionOnly: true)),
            ("人民检察院", OrgSuffix("人民检察院", .procuratorate)),
            ("检察院", OrgSuffix("人民检察院", .procuratorate)),
            ("检察分院", OrgSuffix("检察分院", .procuratorate)),
            ("高级人民法院", OrgSuffix("高级人民法院", .court)),
            ("中级人民法院", OrgSuffix("中级人民法院", .court)),
            ("人民法院", OrgSuffix("人民法院", .court)),
            ("法院", OrgSuffix("人民法院", .court)),
            ("高院", OrgSuffix("高级人民法院", .court)),
            ("中院", OrgSuffix("中级人民法院", .court)),
            ("人民政府", OrgSuffix("人民政府", .government)),
            ("政府", OrgSuffix("人民政府", .government)),
            ("人大常委会", OrgSuffix("人民代表大会常务委员会", .legislature)),
            ("人民代表大会常务委员会", OrgSuffix("人民代表大会常务委员会", .legislature)),
            ("政协", OrgSuffix("政协", .legislature)),
            ("纪委", OrgSuffix("纪律检查委员会", .party)),
            ("边防检查总站", OrgSuffix("边防检查总站", .department)),
            ("遣返中心", OrgSuffix("遣返中心", .department)),
            ("调解室", OrgSuffix("调解室", .other)),
            ("调解委员会", OrgSuffix("调解委员会", .other)),
            ("仲裁委员会", OrgSuffix("仲裁委员会", .other)),
            ("委员会", OrgSuffix("委员会", .other)),
            ("中心", OrgSuffix("中心", .other)),
            ("基地", OrgSuffix("基地", .other)),
            ("医院", OrgSuffix("医院", .hospital, needsRegion: false)),
            ("卫生院", OrgSuffix("卫生院", .hospital, needsRegion: false)),
            ("保健院", OrgSuffix("保健院", .hospital, needsRegion: false)),
            ("协会", OrgSuffix("协会", .association, needsRegion: false)),
            ("学会", OrgSuffix("学会", .association, needsRegion: false)),
            ("商会", OrgSuffix("商会", .association, needsRegion: false)),
            ("研究会", OrgSuffix("研究会", .association, needsRegion: false)),
            ("促进会", OrgSuffix("促进会", .association, needsRegion: false)),
            ("基金会", OrgSuffix("基金会", .association, needsRegion: false)),
            ("联合会", OrgSuffix("联合会", .association, needsRegion: false)),
            ("公司", OrgSuffix("公司", .enterprise, needsRegion: false)),
            ("集团", OrgSuffix("集团", .enterprise, needsRegion: false)),
            ("银行", OrgSuffix("银行", .enterprise, needsRegion: false)),
            ("大学", OrgSuffix("大学", .school, needsRegion: false)),
            ("学院", OrgSuffix("学院", .school, needsRegion: false)),
            ("学校", OrgSuffix("学校", .school, needsRegion: false)),
            ("中学", OrgSuffix("中学", .school, needsRegion: false)),
            ("小学", OrgSuffix("小学", .school, needsRegion: false)),
        ]
        // Government departments: full and abbreviated forms, as 局 / 厅 / 委.
        let departments: [(String, String)] = [
            ("人力资源和社会保障", "人力资源和社会保障"), ("人社", "人力资源和社会保障"),
            ("司法", "司法"), ("教育", "教育"), ("财政", "财政"), ("公安", "公安"), ("民政", "民政"),
            ("商务", "商务"), ("应急管理", "应急管理"), ("住房和城乡建设", "住房和城乡建设"),
            ("住建", "住房和城乡建设"), ("市场监督管理", "市场监督管理"), ("市场监管", "市场监督管理"),
            ("生态环境", "生态环境"), ("交通运输", "交通运输"), ("农业农村", "农业农村"),
            ("文化和旅游", "文化和旅游"), ("文旅", "文化和旅游"), ("退役军人事务", "退役军人事务"),
            ("医疗保障", "医疗保障"), ("医保", "医疗保障"), ("卫生健康", "卫生健康"), ("卫健", "卫生健康"),
            ("自然资源", "自然资源"), ("水利", "水利"), ("科学技术", "科学技术"), ("科技", "科学技术"),
            ("工业和信息化", "工业和信息化"), ("工信", "工业和信息化"), ("审计", "审计"), ("统计", "统计"),
            ("税务", "税务"), ("信访", "信访"), ("体育", "体育"), ("林业", "林业"), ("城市管理", "城市管理"),
        ]
        for (surface, full) in departments {
            out.append((surface + "局", OrgSuffix(full + "局", .department)))
            out.append((surface + "厅", OrgSuffix(full + "厅", .department)))
        }
        out.append(("卫生健康委员会", OrgSuffix("卫生健康委员会", .department)))
        out.append(("卫健委", OrgSuffix("卫生健康委员会", .department)))
        out.append(("卫生健康委", OrgSuffix("卫生健康委员会", .department)))
        out.append(("发展和改革委员会", OrgSuffix("发展和改革委员会", .department)))
        out.append(("发改委", OrgSuffix("发展和改革委员会", .department)))
        // Generic 局 / 厅 with a named core (企业发展服务局); needs a region.
        out.append(("局", OrgSuffix("局", .department)))
        out.append(("厅", OrgSuffix("厅", .department)))
        // Party committees of a level: 县委 → 中共X县委员会.
        for lv in ["省委", "市委", "区委", "县委", "州委"] {
            out.append((lv, OrgSuffix("委员会", .party, partyCommittee: true)))
        }
        return out
    }()

    /// National bodies recognised by name, with their canonical form.
    static let nationalBodies: [(String, String, OrganizationType)] = [
        ("中华全国总工会", "中华全国总工会", .union), ("全国总工会", "中华全国总工会", .union),
        ("最高人民检察院", "最高人民检察院", .procuratorate), ("最高人民法院", "最高人民法院", .court),
        ("最高检", "最高人民检察院", .procuratorate), ("最高法", "最高人民法院", .court),
        ("国务院", "国务院", .government), ("全国人大常委会", "全国人民代表大会常务委员会", .legislature),
        ("中国工商银行", "中国工商银行", .enterprise), ("工商银行", "中国工商银行", .enterprise),
        ("中国农业银行", "中国农业银行", .enterprise), ("农业银行", "中国农业银行", .enterprise),
        ("中国建设银行", "中国建设银行", .enterprise), ("建设银行", "中国建设银行", .enterprise),
        ("中国银行", "中国银行", .enterprise), ("交通银行", "交通银行", .enterprise),
        ("中国邮政储蓄银行", "中国邮政储蓄银行", .enterprise), ("邮储银行", "中国邮政储蓄银行", .enterprise),
        ("人力资源社会保障部", "人力资源和社会保障部", .department),
        ("人力资源和社会保障部", "人力资源和社会保障部", .department), ("人社部", "人力资源和社会保障部", .department),
        ("全国妇联", "中华全国妇女联合会", .association), ("共青团中央", "共青团中央", .other),
    ]

    /// Prefixes of national-level names: an organization name may start here.
    static let nationalPrefixes = ["中华全国", "全国", "国家", "最高", "中国", "中共中央", "国务院", "中央"]

    /// Words that end the left extension of an organization name (verbs, prepositions,
    /// conjunctions, time words). Scanned backwards from the suffix.
    static let boundaryWords: [String] = [
        "与", "和", "及", "同", "跟", "向", "在", "由", "经", "对", "为", "把", "将", "从", "的", "是", "了", "到",
        "给", "被", "让", "等", "并", "也", "都", "又", "还", "即", "以", "于", "至", "或", "请", "派", "据", "使",
        "令", "帮", "替", "往", "自", "而", "但", "仍", "已", "曾", "获", "赴", "随", "受", "就", "当", "其", "该",
        "这", "此", "每", "各", "有", "说", "称", "某",
        "联合", "携手", "会同", "组织", "召开", "举办", "开展", "听说", "落实", "发布", "成立", "设立", "建立",
        "印发", "出台", "制定", "签订", "发出", "推动", "走进", "来到", "深入", "入住", "参加", "参与", "支持",
        "协调", "获得", "荣获", "授予", "依托", "通过", "根据", "按照", "经过", "邀请", "指导", "主办", "承办",
        "协办", "捐助", "捐赠", "此前", "目前", "近日", "日前", "今年", "去年", "同时", "随后", "此外", "另外",
        "其中", "会上", "期间", "近年来", "以及", "还有", "包括", "关于", "代表", "作为", "成为", "加入", "感谢",
        "认为", "表示", "介绍", "指出", "强调", "要求", "希望", "牵头", "配合", "协同", "上午", "下午", "晚上",
        "当天", "昨天", "今天", "共同", "分别", "积极", "主动", "持续", "进一步", "受理", "督促", "帮助",
        "慰问", "看望", "走访", "前往", "来自", "所属", "下属", "出资", "资助", "对接", "委托",
        "批准", "部署", "统一", "统筹", "面向", "针对", "围绕", "获取", "收到", "提供", "组成", "发挥", "联系",
        "安排", "起诉", "申请", "投诉", "咨询", "找到", "入驻", "挂牌", "专题", "率先", "近期", "日后",
        "记者", "通讯员", "报道", "介绍", "了解", "获悉", "得知", "属于", "隶属", "推荐", "评为", "命名",
        "纳入", "列入", "写入", "融入", "汇报", "报送", "提交", "上报", "递交", "致信", "致电", "交由", "特邀",
        "符合", "利用", "提升", "强化", "推进", "首个", "首家", "新建", "优秀", "先进", "模范", "单建",
    ]

    /// Two-character words that must not be split by a single-character boundary word.
    static let protectedWords: Set<String> = [
        "经济", "和平", "和谐", "同济", "同仁", "对外", "为民", "及时", "自然", "自治", "至诚", "和美",
        "联合", "当代", "此外", "各族", "有限", "有色", "电力", "电子", "电气", "电信", "电网", "报业",
        "电视", "电影", "使馆", "往来", "和田", "与会", "于都", "其他", "同心", "向阳", "为一",
    ]

    /// Cores (the part between region and suffix) that make a name generic.
    static let genericCores: Set<String> = [
        "基层", "有限", "各级", "上级", "下级", "当地", "所在", "相关", "有关", "行业", "产业", "职工", "单建",
        "该", "本", "其", "各", "全", "地方", "基层单位", "用人单位", "区域性", "行业性", "会员", "委员",
        "专家", "工作", "领导", "评审", "常务", "国有", "民营", "外资", "私营", "非公", "非公企业", "新建",
        "乡镇", "街道", "社区", "村", "园区", "楼宇", "县级", "市级", "省级", "地市级", "县级以上",
        "驻", "分", "大型", "中小", "小微", "重点", "规模以上", "困难", "劳动", "合作", "一站式服务",
    ]

    /// Words that, when a core starts with them, mark a non-name (`各级工会`, `全省总工会系统`).
    static let genericCoreStarts = ["各", "全", "该", "本", "这", "此", "每", "有关", "相关", "其他", "其它",
                                     "上级", "下级", "基层", "当地", "所在", "几", "多", "两", "某", "我", "贵"]

    /// Organization department words: after an organization they name an internal unit.
    static let internalUnits = ["女工部", "女职工部", "研究室", "办公室", "基层工作部", "组织部", "宣传部",
                                "法律部", "权益保障部", "经济工作部", "财务部", "机关", "党组", "书记处"]

    /// Short names that are common words; they count only right after their parent (a path).
    static let regionStopWords: Set<String> = [
        "平原", "东方", "和平", "城关", "新华", "长安", "永安", "新城", "光明", "红旗", "中山", "白云", "青山",
        "金山", "南山", "东山", "西山", "北山", "河东", "河西", "江北", "江南", "城中", "城东", "城西", "城北",
        "城南", "市中", "大同", "宁安", "长寿", "平安", "新兴", "太和", "安定", "合作", "共和", "前进", "友谊",
        "向阳", "朝阳", "和顺", "康乐", "安居", "富民", "延长", "通道", "温泉", "海港", "石门", "龙门", "新建",
        "东兴", "丰满", "大方", "华容", "城区", "矿区", "郊区", "东区", "西区", "南区", "北区", "大理", "阿里",
        "长治", "玉树", "海西", "海北", "白银", "吉利", "文明", "民主", "团结", "胜利", "建设", "开发", "复兴",
        "五一", "红星", "解放", "振兴", "永和", "和龙", "龙华", "宝安", "兴安", "安康", "华安", "宁国", "兴国",
        "正定", "固安", "吉安", "大足", "长乐", "永康", "普陀", "静安", "黄埔", "海安", "安全", "上城", "下城",
        "清河", "尖山", "海城", "东港", "西湖", "东湖", "南湖", "北湖", "新市", "高新", "开放", "新区", "铁西",
        "铁东", "站前", "路北", "路南", "桥西", "桥东", "城厢", "新都", "青白江", "城阳", "江山", "东城",
        "西城", "古城", "新民", "新乐", "和静", "德化", "仁和", "三江", "双城", "双桥", "双清",
        "张家", "新罗", "六合", "浦口", "江宁", "高港", "白河", "白沙", "五指山", "中方",
        "资源", "灵山", "大安", "金川", "华龙", "江川", "安宁", "永平", "永定",
        "长宁", "长顺", "镇安", "泰和",
    ]

    /// What may follow a place name when it names a street, a station, a school, an outlet …
    static let regionRejectingFollowers: [String] = [
        "路", "街", "大道", "大街", "站", "村", "社区", "镇", "乡", "风景", "理念", "大学", "学院", "中学",
        "小学", "日报", "工人报", "工人日报", "晚报", "早报", "时报", "商报", "青年报", "法制报", "网", "电视",
        "卫视", "广播", "新闻", "精神", "经验", "机场", "广场", "公园", "小区", "花园", "大桥", "宾馆", "饭店",
        "酒店", "码头", "港口", "大厦", "剧院", "景区", "路口", "胡同",
    ]

    /// Title words a person's name may follow (`常务副主席钟称生`). Longest first when matched.
    static let titleWords: [String] = [
        "主席", "副主席", "常务副主席", "代表性传承人", "书记", "副书记", "第一书记", "党组书记", "主任", "副主任", "部长", "副部长",
        "局长", "副局长", "厅长", "副厅长", "处长", "副处长", "科长", "院长", "副院长", "检察长", "副检察长", "庭长",
        "法官", "检察官", "董事长", "副董事长", "总经理", "副总经理", "经理", "委员", "理事长", "会长", "副会长",
        "秘书长", "校长", "教授", "医生", "医师", "护士", "护士长", "市长", "副市长", "省长", "副省长", "县长", "副县长",
        "区长", "副区长", "镇长", "乡长", "村长", "支书", "组长", "队长", "站长", "所长", "传承人", "劳模", "劳动模范",
        "工匠", "调解员", "职工", "工人", "农民工", "快递员", "外卖员", "配送员", "骑手", "司机", "律师", "干部",
        "技师", "工程师", "班组长", "厂长", "主管", "员工", "老师", "教师", "民警", "警官", "书记员", "志愿者",
        "社工", "网格员", "代表", "总工程师", "首席技师", "党组成员", "成员", "主任委员", "常委", "专职副主席",
        "监事长", "行长", "副行长", "总裁", "副总裁", "负责人", "创始人", "农民", "选手", "冠军", "师傅", "大姐",
        "学生", "研究员", "记者", "通讯员", "编辑", "医务人员", "保洁员", "环卫工人", "环卫工", "营业员",
    ]

    /// Titles that may follow a name (`王淑英调解员`).
    static let postTitles: [String] = [
        "调解员", "律师", "法官", "检察官", "医生", "老师", "同志", "书记", "主任", "院长", "经理",
        "董事长", "会长", "部长", "局长", "教授", "工程师", "技师",
    ]

    /// Words that commonly follow a person's name: they confirm where the name ends.
    static let nameFollowers: [String] = [
        "介绍", "表示", "说", "指出", "强调", "出席", "在", "向", "和", "与", "等", "为", "是", "对", "认为", "告诉",
        "简要", "详细", "带领", "主持", "参加", "一行", "同志", "现场", "分别", "也", "还", "就", "从", "把", "将",
        "作", "做", "讲", "称", "透露", "坦言", "笑", "感慨", "回忆", "提出", "要求", "希望", "代表", "致辞", "讲话",
        "宣布", "参观", "调研", "看望", "慰问", "率", "陪同", "会见", "接受", "获得", "荣获", "被", "已", "曾", "于",
        "当选", "担任", "同", "及", "的", "给", "接待", "展示", "亲自", "带", "一起", "共同", "先后", "随后", "认真",
        "深入", "前往", "来到", "走进", "发表", "进行", "指导", "听取", "了解", "看到", "说道", "解释", "补充",
        "特别", "一直", "多次", "今年", "去年", "近日", "日前", "上午", "下午", "晚上", "当天", "向记者", "都",
        "时", "后", "所", "以", "用", "拿", "负责", "牵头", "提醒", "建议", "呼吁", "倡议", "坚持", "始终", "主动",
    ]

    /// Characters that do not occur in the given-name part of a person's name.
    static let nonNameChars = ScalarSet("的了在是与等及对把将从向被让说也都又就则而但并之其这那此们吗呢吧啊着过年月日个省市县区局厅院部委处站队组司厂店众益动".unicodeScalars)

    /// Words that end a union name's core when the name has no region (东园社区工会, X公司工会).
    static let unionUnitWords: [String] = ["社区", "街道", "镇", "乡", "村", "园区", "开发区", "工业园", "厂", "矿",
                                           "分会", "项目部", "车间", "商场", "站", "所", "队", "中心", "学校", "医院"]

    /// Zones that are not administrative divisions but carry their own union (…风景名胜区总工会).
    static let zoneWords: [String] = ["风景名胜区", "经济技术开发区", "经济开发区", "高新技术产业开发区", "高新区", "开发区",
                                      "新区", "工业园区", "产业园区", "园区", "保税区", "自贸区", "试验区", "示范区", "林区",
                                      "垦区", "矿区", "管委会", "农场"]

    /// Single-character surnames (the common few hundred).
    static let singleSurnames = ScalarSet(("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由镇".unicodeScalars))

    /// Compound surnames.
    static let compoundSurnames: [String] = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
                                             "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫",
                                             "西门", "百里", "呼延", "澹台", "万俟", "闻人", "钟离", "赫连", "申屠"]

    /// Polite forms that make a mention anonymous (`朱先生`, `王女士`).
    static let anonymousForms: [String] = ["先生", "女士", "小姐", "师傅", "阿姨", "大爷", "大妈", "老人", "同学", "某"]

    /// What follows a quoted name when it names an activity or event.
    static let eventSuffixes: [String] = ["活动", "竞赛", "大赛", "文化节", "夏令营", "冬令营", "比赛", "运动会",
                                          "联赛", "评选", "展览", "论坛", "晚会", "行动",
                                          "工程", "计划", "培训班", "宣讲", "征文", "演讲比赛", "技能竞赛"]

    /// Titles in 《》 that name outlets, not policies.
    static let outletTitleEndings: [String] = ["报", "网", "杂志", "周刊", "月刊", "频道", "电视台", "新闻", "在线",
                                               "客户端", "画报", "期刊", "学报", "之声", "广播"]

    /// Verbs that say who issued a document.
    static let issuingVerbs: [String] = ["印发", "出台", "制定", "签订", "签署", "发布", "下发", "颁布", "编印", "联合下发"]
}
