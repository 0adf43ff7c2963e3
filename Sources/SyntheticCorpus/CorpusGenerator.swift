import NewsText
import Entities

/// A small, fast, seedable PRNG (SplitMix64). Same seed → same sequence on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }
    @inline(__always) public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in `0..<n` (n > 0); the tiny modulo bias is irrelevant here and keeps it portable.
    @inline(__always) public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    /// Uniform in `lo...hi`.
    @inline(__always) public mutating func int(_ lo: Int, _ hi: Int) -> Int { lo + below(hi - lo + 1) }
    @inline(__always) public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    @inline(__always) public mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
}

/// Deterministic synthetic pages of Chinese labour news with the structure and density of
/// real ones: several articles per page (column / kicker / title headings, bylines,
/// subheadings, photo credits), 10–40 metrics per page, regions and organizations drawn
/// from the shipped administrative-division table, people with titles and 《…》 policy titles.
///
/// Density follows real pages: most sentences of a news story carry no figure. About one
/// sentence in four states metrics, and a page holds between ``PageWriter/minimumMetrics``
/// and ``PageWriter/maximumMetrics`` numbers with a measure word (the extractor finds 3–5
/// per KB of text, as on the development pages).
///
/// Every page depends only on `(seed, number)`: pages can be generated in any order, in
/// parallel, and the same seed and count always give byte-identical output. All sentences
/// are composed from the templates and vocabulary below (written for this generator).
public struct CorpusGenerator: Sendable {
    public let seed: UInt64
    public let startDate: CivilDate
    /// Pages per month folder: page N belongs to month N / pagesPerMonth after the start month,
    /// its days spread evenly over that month.
    public let pagesPerMonth: Int

    struct Place: Sendable {
        let province: RegionRecord
        let prefecture: RegionRecord?
        let county: RegionRecord?
    }
    let places: [Place]
    let provinces: [RegionRecord]

    /// - Parameters:
    ///   - seed: the corpus seed.
    ///   - gazetteer: regions are drawn from its current rows.
    ///   - startDate: publication date of page 0 (default 2024-01-02).
    ///   - pagesPerMonth: pages per `YYYY/MM` folder.
    public init(seed: UInt64, gazetteer: Gazetteer, startDate: CivilDate = CivilDate(year: 2024, month: 1, day: 2),
                pagesPerMonth: Int = 1000) {
        self.seed = seed
        self.startDate = startDate
        self.pagesPerMonth = max(1, pagesPerMonth)
        let current = gazetteer.currentRegions
        var byCode: [String: RegionRecord] = [:]
        for r in current { byCode[r.code] = r }
        var children: [String: [RegionRecord]] = [:]
        for r in current { if let p = r.parentCode { children[p, default: []].append(r) } }
        // Well-formed names only (ending in the usual level characters), sorted by code for determinism.
        func good(_ r: RegionRecord) -> Bool {
            guard let last = r.name.unicodeScalars.last else { return false }
            return r.name.unicodeScalars.count >= 3 && "省市区县".unicodeScalars.contains(last)
        }
        let provs = current.filter { $0.level == .province && good($0) }.sorted { $0.code < $1.code }
        var places: [Place] = []
        for p in provs {
            let prefs = (children[p.code] ?? []).filter { $0.level == .prefecture && good($0) }.sorted { $0.code < $1.code }
            for f in prefs {
                let counties = (children[f.code] ?? []).filter { $0.level == .county && good($0) }.sorted { $0.code < $1.code }
                places.append(Place(province: p, prefecture: f, county: nil))
                for c in counties { places.append(Place(province: p, prefecture: f, county: c)) }
            }
            if prefs.isEmpty {
                // Directly administered municipalities: districts under the province row.
                places.append(Place(province: p, prefecture: nil, county: nil))
                for c in (children[p.code] ?? []).filter({ $0.level == .county && good($0) }).sorted(by: { $0.code < $1.code }) {
                    places.append(Place(province: p, prefecture: nil, county: c))
                }
            }
        }
        self.places = places.isEmpty ? [] : places
        self.provinces = provs
    }

    // MARK: pages

    /// Publication date of page `number`.
    public func date(ofPage number: Int) -> CivilDate {
        let m0 = startDate.year * 12 + (startDate.month ?? 1) - 1 + number / pagesPerMonth
        let year = m0 / 12, month = m0 % 12 + 1
        let dim = CivilCalendar.daysInMonth(year, month)
        let first = number < pagesPerMonth ? min(dim, startDate.day ?? 1) : 1
        let day = first + (number % pagesPerMonth) * (dim - first + 1) / pagesPerMonth
        return CivilDate(year: year, month: month, day: day)
    }

    /// The relative path of page `number` in a generated tree: `YYYY/MM/page-NNNNNNN`.
    public func relativeBaseName(ofPage number: Int) -> String {
        let d = date(ofPage: number)
        return pad(d.year, 4) + "/" + pad(d.month ?? 1, 2) + "/page-" + pad(number, 7)
    }

    /// Generates page `number` (text and the metadata its sidecar carries).
    public func page(number: Int) -> (text: String, meta: PageMetadata) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16_384)
        let meta = write(page: number, into: &bytes)
        return (String(decoding: bytes, as: UTF8.self), meta)
    }

    /// Appends the UTF-8 text of page `number` to `out` and returns its metadata.
    @discardableResult
    public func write(page number: Int, into out: inout [UInt8]) -> PageMetadata {
        let rng = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: number) &* 0xD6E8_FEB8_6659_FD93) ^ 0x5DEE_CE66_D1CE_4E5B)
        let day = date(ofPage: number)
        var w = PageWriter(gen: self, rng: rng, out: [], date: day)
        swap(&w.out, &out)  // the writer appends to the caller's buffer without copying it
        w.writePage(number: number)
        swap(&w.out, &out)
        let pageNo = number % 8 + 1
        return PageMetadata(source: Vocabulary.sources[Int(seed % UInt64(Vocabulary.sources.count))],
                            publishedOn: day, page: pad(pageNo, 2))
    }

    /// The sidecar JSON for a page's metadata.
    public static func sidecarJSON(_ m: PageMetadata) -> String {
        var s = "{\"source\": \"" + (m.source ?? "") + "\""
        if let d = m.publishedOn { s += ", \"published_on\": \"" + d.description + "\"" }
        if let p = m.page { s += ", \"page\": \"" + p + "\"" }
        return s + "}\n"
    }
}

func pad(_ v: Int, _ width: Int) -> String {
    let s = String(v)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

/// Civil-date arithmetic (proleptic Gregorian; days from 1970-01-01).
public enum CivilCalendar {
    public static func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let y2 = m <= 2 ? y - 1 : y
        let era = (y2 >= 0 ? y2 : y2 - 399) / 400
        let yoe = y2 - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
    public static func civil(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
    public static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        m == 12 ? 31 : days(y, m + 1, 1) - days(y, m, 1)
    }
    public static func adding(days n: Int, to date: CivilDate) -> CivilDate {
        let (y, m, d) = civil(days(date.year, date.month ?? 1, date.day ?? 1) + n)
        return CivilDate(year: y, month: m, day: d)
    }
}

// MARK: - Writing a page

/// Writes one page into a byte buffer (UTF-8), drawing every choice from `rng`.
struct PageWriter {
    let gen: CorpusGenerator
    var rng: SplitMix64
    var out: [UInt8]
    let date: CivilDate

    // Article context.
    var place: CorpusGenerator.Place! = nil
    /// Numbers with a measure word written so far on this page (every figure, changes included).
    var metricsWritten = 0

    /// A page gets closing briefs until it holds this many figures.
    static let minimumMetrics = 12
    /// No sentence with figures starts once a page holds this many (a sentence adds at most 3).
    static let maximumMetrics = 33
    /// Share of sentences, in percent, that state figures.
    static let metricSentencePercent = 24

    init(gen: CorpusGenerator, rng: SplitMix64, out: [UInt8], date: CivilDate) {
        self.gen = gen; self.rng = rng; self.out = out; self.date = date
    }

    @inline(__always) mutating func put(_ s: String) { out.append(contentsOf: s.utf8) }
    @inline(__always) mutating func put(_ v: Int) { out.append(contentsOf: String(v).utf8) }
    @inline(__always) mutating func newline(_ k: Int = 1) { for _ in 0..<k { out.append(0x0A) } }

    mutating func writePage(number: Int) {
        let articles = rng.int(3, 6)
        for a in 0..<articles {
            if a > 0 { newline(2) }
            writeArticle(long: a == 0 || rng.chance(35))
        }
        // Guarantee density: a closing brief with extra figures when the page is still thin.
        while metricsWritten < Self.minimumMetrics {
            newline(2)
            writeBrief()
        }
        newline()
    }

    // MARK: vocabulary draws

    mutating func pickPlace() -> CorpusGenerator.Place {
        rng.pick(gen.places)
    }

    /// A person name: surname + one or two given-name characters.
    mutating func name() -> String {
        if rng.chance(3) { return rng.pick(Vocabulary.compoundSurnames) + rng.pick(Vocabulary.givenChars) }
        var s = rng.pick(Vocabulary.surnames)
        s += rng.pick(Vocabulary.givenChars)
        if rng.chance(70) { s += rng.pick(Vocabulary.givenChars) }
        return s
    }

    /// The most specific region of the article's place, and its full path.
    var localName: String { (place.county ?? place.prefecture ?? place.province).name }
    var cityName: String { (place.prefecture ?? place.province).name }

    mutating func orgName() -> String {
        let kind = rng.below(10)
        let region: String
        switch rng.below(3) {
        case 0: region = place.province.name
        case 1: region = cityName
        default: region = localName
        }
        switch kind {
        case 0, 1, 2: return region + "总工会"
        case 3: return region + "人民检察院"
        case 4: return region + "人民法院"
        case 5: return region + "人力资源和社会保障局"
        case 6: return region + rng.pick(Vocabulary.departmentSuffixes)
        case 7: return region + rng.pick(Vocabulary.enterpriseCores) + rng.pick(Vocabulary.enterpriseSuffixes)
        case 8: return region + "人民政府"
        default: return region + rng.pick(Vocabulary.industryCores) + "工会"
        }
    }

    mutating func abbreviation() -> String {
        switch rng.below(6) {
        case 0: return "省总"
        case 1: return "市总"
        case 2: return place.province.shortName + "省总"
        case 3: return "省人社厅"
        case 4: return "省检察院"
        default: return "市总工会"
        }
    }

    mutating func policy() -> String {
        "《" + place.province.shortName + rng.pick(Vocabulary.policyHeads) + rng.pick(Vocabulary.policyTails) + "》"
    }

    mutating func dateText() -> String {
        switch rng.below(6) {
        case 0: return String(date.year) + "年" + String(rng.int(1, date.month ?? 12)) + "月"
        case 1, 2: return String(rng.int(1, 12)) + "月" + String(rng.int(1, 28)) + "日"
        case 3: return "今年" + String(rng.int(1, 12)) + "月"
        case 4: return "今年以来"
        default: return String(date.year - 1) + "年"
        }
    }

    /// "verb + metric + object" with a measure word that fits the object.
    mutating func fact() -> String {
        let f = rng.pick(Vocabulary.facts)
        return f.verb + metric(f.unit) + f.object
    }

    /// A metric: approx marker, number, measure word.
    mutating func metric(_ unit: String? = nil) -> String {
        metricsWritten += 1
        let m = unit.flatMap { u in Vocabulary.measures.first { $0.unit == u } } ?? rng.pick(Vocabulary.measures)
        var s = ""
        let approx = rng.below(10)
        if approx == 0 { s += "近" } else if approx == 1 { s += "超过" }
        let value: String
        switch m.kind {
        case .count: value = String(rng.int(m.lo, m.hi))
        case .money: value = rng.chance(50) ? String(rng.int(m.lo, m.hi)) : String(rng.int(m.lo, m.hi)) + "." + String(rng.int(1, 9))
        case .percent: value = String(rng.int(1, 99)) + "." + String(rng.int(0, 9))
        }
        s += value
        if approx == 2 && m.kind == .count { s += "余" }
        s += m.unit
        return s
    }

    mutating func change() -> String {
        metricsWritten += 1
        let up = rng.chance(75)
        switch rng.below(3) {
        case 0: return "比去年" + (up ? "增加" : "减少") + String(rng.int(2, 900)) + rng.pick(["件", "人", "家", "个"])
        case 1: return "同比" + (up ? "增长" : "下降") + String(rng.int(1, 60)) + "." + String(rng.int(0, 9)) + "%"
        default: return "较上年" + (up ? "提高" : "下降") + String(rng.int(1, 20)) + "个百分点"
        }
    }

    // MARK: articles

    mutating func writeArticle(long: Bool) {
        place = pickPlace()
        let style = rng.below(4)
        if rng.chance(40) { put("## " + rng.pick(Vocabulary.columns)); newline(2) }
        if style == 0 {
            put(place.province.shortName + rng.pick(Vocabulary.kickerLeads) + "——"); newline(2)
        }
        put("# " + rng.pick(Vocabulary.titleHeads) + " " + rng.pick(Vocabulary.titleTails)); newline(2)
        if rng.chance(50) { put("## " + cityName + rng.pick(Vocabulary.subtitles)); newline(2) }

        // Byline.
        let dateline = style == 1 || !long
        if dateline {
            put("本报讯(记者" + name())
            if rng.chance(60) { put(" 通讯员" + name()) }
            put(")")
        } else {
            put("本报记者 " + name())
            if rng.chance(40) { put(" 通讯员 " + name()) }
            newline(2)
        }
        let paragraphs = long ? rng.int(4, 8) : rng.int(1, 3)
        for p in 0..<paragraphs {
            if p > 0 {
                newline(2)
                if long && p % 3 == 0 && rng.chance(70) { put("### " + rng.pick(Vocabulary.subheadings)); newline(2) }
            }
            writeParagraph()
        }
        if rng.chance(30) {
            newline(2)
            put(rng.pick(Vocabulary.captions) + "。" + "本报通讯员 " + name() + " " + name() + " 摄")
        }
    }

    mutating func writeBrief() {
        place = pickPlace()
        put("## " + cityName + rng.pick(Vocabulary.subtitles)); newline(2)
        put("本报讯(记者" + name() + ")")
        writeFigures()
        writeParagraph()
    }

    mutating func writeParagraph() {
        let sentences = rng.int(2, 5)
        for _ in 0..<sentences { writeSentence() }
    }

    /// One sentence: with figures about one time in four (while the page has room for
    /// them), otherwise narrative.
    mutating func writeSentence() {
        if metricsWritten < Self.maximumMetrics && rng.chance(Self.metricSentencePercent) {
            writeFigures()
        } else {
            writeNarrative()
        }
    }

    /// A sentence without figures: who did what, who said what, what it is for.
    mutating func writeNarrative() {
        switch rng.below(11) {
        case 0:
            // most quoted workers go unnamed
            let who = rng.chance(30) ? rng.pick(Vocabulary.workers) + name() : "一位" + rng.pick(Vocabulary.workers)
            put("“" + rng.pick(Vocabulary.quotes) + "”" + who + "说。")
        case 1:
            put(rng.pick(Vocabulary.connectives) + "," + rng.pick(Vocabulary.actors) + rng.pick(Vocabulary.actions) + ","
                + rng.pick(Vocabulary.goals) + "。")
        case 2:
            let speaker = rng.chance(50) ? place.province.name + "总工会" + rng.pick(Vocabulary.personTitles) + name()
                                         : "有关负责人"
            put(speaker + "表示," + rng.pick(Vocabulary.goals) + "。")
        case 3:
            put(rng.pick(Vocabulary.connectives) + "," + localName + rng.pick(Vocabulary.jointActions) + ","
                + rng.pick(Vocabulary.goals) + "。")
        case 4:
            put(orgName() + rng.pick(Vocabulary.actions) + "," + rng.pick(Vocabulary.practices) + ","
                + rng.pick(Vocabulary.goals) + "。")
        case 5:
            let who = rng.pick(Vocabulary.workers) + (rng.chance(50) ? name() : "")
            put("在" + localName + rng.pick(Vocabulary.workplaces) + rng.pick(Vocabulary.stories) + "的"
                + who + "告诉记者,“" + rng.pick(Vocabulary.quotes) + "”")
        case 6:
            put("据了解," + rng.pick(Vocabulary.practices) + "已写入" + policy() + "," + rng.pick(Vocabulary.scenes) + "。")
        case 7:
            put(rng.pick(Vocabulary.scenes) + "," + rng.pick(Vocabulary.practices) + "。")
        case 8:
            put(rng.pick(Vocabulary.connectives) + "," + rng.pick(Vocabulary.practices) + "," + rng.pick(Vocabulary.goals) + "。")
        case 9:
            put(rng.pick(Vocabulary.scenes) + "。“" + rng.pick(Vocabulary.quotes) + "”一位" + rng.pick(Vocabulary.workers) + "说。")
        default:
            let who = rng.chance(50) ? rng.pick(Vocabulary.personTitles) + name() : "负责人"
            put("“" + rng.pick(Vocabulary.officialQuotes) + "”" + cityName + "总工会" + who + "说,"
                + rng.pick(Vocabulary.goals) + "。")
        }
    }

    /// A sentence with one to three figures.
    mutating func writeFigures() {
        switch rng.below(8) {
        case 0:
            put(dateText() + "," + place.province.name + (place.prefecture?.name ?? "") + (place.county?.name ?? "") + "的"
                + rng.pick(Vocabulary.actors) + rng.pick(Vocabulary.actions) + "," + "共" + fact() + "。")
        case 1:
            put(orgName() + "会同" + orgName() + rng.pick(Vocabulary.jointActions) + ",累计" + fact() + "," + change() + "。")
        case 2:
            let a = abbreviation()
            var b = abbreviation()
            if b == a { b = a == "省总" ? "省人社厅" : "省总" }
            metricsWritten += 1
            put(dateText() + "," + a + "联合" + b + "印发" + policy() + ",明确"
                + String(rng.int(3, 12)) + "项" + rng.pick(Vocabulary.measuresOfWork) + "。")
        case 3:
            let title = rng.pick(Vocabulary.personTitles)
            put(cityName + "总工会" + title + name() + "介绍,今年以来全市" + fact() + ",涉及" + metric("家") + "企业。")
        case 4:
            put("据统计," + localName + fact() + ","
                + fact() + "," + change() + "。")
        case 5:
            put("活动期间," + orgName() + "组织开展“" + rng.pick(Vocabulary.eventNames) + "”" + rng.pick(Vocabulary.eventKinds)
                + ",吸引" + metric("人次") + "参与。")
        case 6:
            metricsWritten += 1
            put(dateText() + "," + localName + "人民法院" + rng.pick(Vocabulary.courtActions) + metric("件") + "案件"
                + ",为劳动者追回" + String(rng.int(10, 9000)) + "万元。")
        default:
            metricsWritten += 1
            put("截至" + String(date.year) + "年" + String(rng.int(1, 12)) + "月底,全省" + fact() + ",占比" + String(rng.int(10, 95)) + "%。")
        }
    }
}

// MARK: - Vocabulary (written for this generator)

enum MeasureKind { case count, money, percent }

struct Measure {
    let unit: String
    let kind: MeasureKind
    let lo: Int
    let hi: Int
}

enum Vocabulary {
    static let sources = ["劳动时讯(合成)", "职工新闻(合成)", "工会周刊(合成)"]

    static let surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
                           "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾"]
    static let compoundSurnames = ["欧阳", "司马", "上官", "诸葛"]
    static let givenChars = ["嘉", "睿", "晨", "宇", "欣", "涵", "泽", "瑶", "铭", "瀚", "轩", "韵", "璐", "舒", "澄", "岚",
                             "锦", "彤", "霏", "毓", "骁", "芃", "栩", "溪", "珂", "昀", "屹", "竹", "琪", "峻"]

    static let columns = ["基层动态", "维权在线", "工会速递", "一线观察", "职工之家", "法治视点", "新春走基层", "调查"]
    static let kickerLeads = ["推进产业工人队伍建设改革,打通技能人才成长通道", "多措并举护航新就业形态劳动者",
                              "聚焦急难愁盼,把服务送到职工身边", "织牢劳动权益保障网"]
    static let titleHeads = ["技能提升", "暖心服务", "协作联动", "源头治理", "精准帮扶", "数字赋能", "岗位建功", "普法先行"]
    static let titleTails = ["让职工心里更踏实", "一线劳动者有了新依靠", "按下维权快进键", "激活发展新动能",
                             "小站点撬动大服务", "把好事办到心坎上"]
    static let subtitles = ["总工会开展职工技能比武", "启动春季招聘服务专场", "举办劳动法律宣传周",
                            "推出户外劳动者服务站点", "发放困难职工帮扶金"]
    static let subheadings = ["搭建平台 畅通渠道", "延伸触角 覆盖末端", "压实责任 形成合力", "创新机制 提质增效"]
    static let captions = ["图为职工在技能比赛现场进行实操", "图为志愿者为户外劳动者送去清凉物资"]

    static let actors = ["各级工会", "劳动监察部门", "基层工会组织", "职工服务中心", "法律援助律师团队", "企业工会"]
    static let actions = ["深入车间班组走访调研", "持续开展集中宣传", "主动对接用工单位", "联合排查欠薪隐患",
                          "优化线上服务流程", "常态化开展送温暖"]
    static let verbs = ["受理", "办结", "帮扶", "培训", "走访", "服务", "调解", "慰问", "覆盖", "新建"]
    static let objects = ["", "劳动争议案件", "困难职工", "新就业形态劳动者", "企业", "户外劳动者", "技能人才"]
    static let jointActions = ["建立劳动争议多元化解机制", "签订协作备忘录", "开展联合执法检查", "共建职工维权服务站"]
    static let measuresOfWork = ["重点任务", "工作举措", "保障措施", "服务事项"]
    static let practices = ["推行“一站式”受理和“一揽子”调处", "把普法课堂开到工地和园区", "建立困难职工动态管理台账",
                            "为新就业形态劳动者开辟入会绿色通道", "推动集体协商要约行动提质扩面",
                            "组织律师定期到服务站点坐班答疑"]
    static let workplaces = ["一家物流园区", "一处建筑工地", "一家制造企业", "一个快递网点", "一家商超"]
    static let stories = ["干了好些年", "刚刚入职不久", "参加过技能培训", "获得过帮扶"]
    static let scenes = ["记者在现场看到,前来咨询的职工排起了长队", "服务站里饮水机、微波炉、急救箱一应俱全",
                         "不少职工利用午休时间来到站点学习", "调解员耐心地向双方讲解相关法律规定"]
    static let officialQuotes = ["我们要把服务做在职工开口之前", "职工的事再小也是大事", "工会就是职工的娘家"]
    static let goals = ["切实把党和政府的关怀送到职工心坎上", "进一步提升职工群众的获得感和幸福感",
                        "推动形成和谐稳定的劳动关系", "让更多劳动者享受到均等化的服务"]
    static let connectives = ["与此同时", "下一步", "近年来", "此外", "在此基础上"]
    static let quotes = ["现在遇到问题有地方说理了", "学到的新技术马上就能用上", "工会的服务很及时",
                         "培训结束后我的工资涨了一截"]
    static let workers = ["货车司机", "快递员", "车间工人", "环卫工人", "网约车司机"]
    static let personTitles = ["党组书记、常务副主席", "副主席", "主席", "党组成员、副主席", "经审会主任"]
    static let eventNames = ["工匠杯", "金秋助学", "安康杯", "职工读书月", "技能强企"]
    static let eventKinds = ["竞赛", "活动", "大赛", "文化节"]
    static let courtActions = ["集中审结拖欠农民工工资", "开展涉劳动者权益专项执行,执结"]
    struct Fact { let verb: String; let unit: String; let object: String }
    static let facts: [Fact] = [
        Fact(verb: "受理", unit: "件", object: "劳动争议案件"), Fact(verb: "办结", unit: "件", object: "法律援助案件"),
        Fact(verb: "帮扶", unit: "名", object: "困难职工"), Fact(verb: "培训", unit: "人次", object: "技能人才"),
        Fact(verb: "走访", unit: "家", object: "企业"), Fact(verb: "发放", unit: "万元", object: "帮扶资金"),
        Fact(verb: "举办", unit: "场", object: "招聘会"), Fact(verb: "新建", unit: "个", object: "职工服务站点"),
        Fact(verb: "调解", unit: "件", object: "劳资纠纷"), Fact(verb: "服务", unit: "人", object: "户外劳动者"),
        Fact(verb: "开展", unit: "次", object: "联合检查"), Fact(verb: "覆盖", unit: "家", object: "用工单位"),
    ]
    static let policyHeads = ["职工", "劳动者", "新就业形态劳动者", "产业工人", "工会"]
    static let policyTails = ["权益保障实施办法", "技能提升三年行动方案", "法律服务工作规程", "帮扶救助管理细则"]

    static let departmentSuffixes = ["司法局", "教育局", "卫生健康委员会", "人力资源和社会保障局"]
    static let enterpriseCores = ["恒远建工", "瑞丰物流", "新程机械", "北辰纺织", "启航电子"]
    static let enterpriseSuffixes = ["有限公司", "集团"]
    static let industryCores = ["建筑业", "交通运输业", "教育系统", "卫生系统"]

    static let measures: [Measure] = [
        Measure(unit: "件", kind: .count, lo: 12, hi: 9800),
        Measure(unit: "个", kind: .count, lo: 3, hi: 860),
        Measure(unit: "名", kind: .count, lo: 20, hi: 42000),
        Measure(unit: "家", kind: .count, lo: 5, hi: 3600),
        Measure(unit: "万元", kind: .money, lo: 8, hi: 56000),
        Measure(unit: "%", kind: .percent, lo: 1, hi: 99),
        Measure(unit: "人次", kind: .count, lo: 100, hi: 560000),
        Measure(unit: "场", kind: .count, lo: 2, hi: 900),
        Measure(unit: "次", kind: .count, lo: 3, hi: 2400),
        Measure(unit: "人", kind: .count, lo: 15, hi: 88000),
    ]
}
