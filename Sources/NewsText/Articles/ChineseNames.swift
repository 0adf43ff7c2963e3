/// Tells whether a token looks like a Chinese personal name, for byline parsing.
///
/// A name is 2–4 Han characters; when no label (记者, 通讯员 …) vouches for it, it must
/// also start with a common single or compound surname. Names of the form `A·B`
/// (transliterated minority names) are accepted when labelled.
public enum ChineseNames {
    /// Common single-character surnames (the 百家姓 core plus frequent modern ones).
    static let singleSurnames: Set<Unicode.Scalar> = {
        let list = """
        王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由
        """
        return Set(list.unicodeScalars.filter { ScalarClass.isHan($0) })
    }()

    /// Common compound surnames.
    static let compoundSurnames = WordSet([
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
        "令狐", "夏侯", "独孤", "南宫", "西门", "端木", "轩辕", "呼延", "澹台", "太史", "申屠", "公冶",
        "万俟", "闻人", "赫连", "钟离", "宗政", "濮阳", "淳于", "单于", "百里", "东郭", "第五", "羊舌",
    ])

    /// Words that can sit where a name would but are not names.
    static let stopWords = WordSet([
        "报道", "摄影", "本报", "记者", "通讯员", "编辑", "责编", "校对", "实习生", "供图", "图片", "来源",
        "综合", "整理", "通讯", "讯", "完",
    ])

    /// True when `text[range]` starts with a known surname (single or compound).
    public static func hasSurname(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        if range.count >= 3 {
            if compoundSurnames.contains(text, range.lowerBound..<range.lowerBound + 2) { return true }
        }
        return singleSurnames.contains(text[range.lowerBound])
    }

    /// True when `text[range]` has the shape of a personal name.
    /// - Parameter requireSurname: also demand a known surname (for names no label vouches for).
    public static func isName(_ text: [Unicode.Scalar], _ range: Range<Int>, requireSurname: Bool) -> Bool {
        let n = range.count
        guard n >= 2 else { return false }
        var dots = 0
        for i in range {
            let s = text[i]
            if s.value == 0x00B7 || s.value == 0x30FB || s.value == 0x2022 { dots += 1; continue }
            if !ScalarClass.isHan(s) { return false }
        }
        if dots > 0 { return !requireSurname && n <= 12 && text[range.lowerBound].value != 0x00B7 }
        guard n <= 4 else { return false }
        if stopWords.contains(text, range) { return false }
        if n == 4 {
            // Four characters: a compound surname plus two, or (labelled) a double-barrelled name.
            return compoundSurnames.contains(text, range.lowerBound..<range.lowerBound + 2) || !requireSurname
        }
        return !requireSurname || hasSurname(text, range)
    }
}
