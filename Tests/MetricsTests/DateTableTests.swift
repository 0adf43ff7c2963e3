import Testing
import NewsText
@testable import Metrics

/// Date expressions, in text order (reference 2024-06-30 unless a row says otherwise).
let dateRows: [DateRow] = [
    DateRow("2023年4月,市总工会与市检察院签订协议。", ["2023-04"]),
    DateRow("5月21日,市总工会召开会议。", ["2024-05-21"]),
    DateRow("10月17日,某区举办集体生日会。", ["2023-10-17"]),  // after the reference day: the year before
    DateRow("今年以来,全市新建工会120家。", ["2024"]),
    DateRow("与去年同期相比有所增长。", ["2023"]),
    DateRow("今年1-9月,全市签订合同1200份。", ["2024-01/2024-09"]),
    DateRow("今年3至5月开展专项行动。", ["2024-03/2024-05"]),
    DateRow("召开2025年度述职大会。", ["2025"]),
    DateRow("竞赛将于今年12月底前结束。", ["2024-12"]),
    DateRow("截至今年上半年,全市签订协议500份。", ["2024"]),
    DateRow("2018年01月16日08:58  来源:某某日报", ["2018-01-16"]),
    DateRow("某某网\n2022-07-29 19:32:24", ["2022-07-29"]),
    DateRow("3月份,市总工会组织开展集中要约行动。", ["2024-03"]),
    DateRow("新华社北京6月3日电 全国总工会3日在京召开会议。", ["2024-06-03", "2024-06-03"]),
    DateRow("近日,日前,近年来,目前,工会做了大量工作。", []),
    DateRow("今日,全省多云。", []),
    DateRow("当年的情况与往年不同。", []),
    DateRow("春节、元宵节、中秋节期间开展慰问。", []),
    DateRow("会议12:08开始。", []),
    DateRow("今年前9个月,全国新建工会8万家。", ["2024"]),
    DateRow("从2012年的30%调整为2021年的45%。", ["2012", "2021"]),
    DateRow("活动于10月14日至16日举行。", ["2023-10-14/2023-10-16"]),
    DateRow("2021年至2023年连续三年获评先进。", ["2021/2023"]),
    DateRow("明年将继续开展这项活动。", ["2025"]),
    DateRow("今年3月和去年5月各举办一次。", ["2024-03", "2023-05"]),
    DateRow("2月3日,市总工会开展慰问;2月4日,召开大会。2026年工作启动。", ["2026-02-03", "2026-02-04", "2026"], reference: nil),
    DateRow("二〇二四年工作要点印发。", ["2024"]),
    DateRow("今年,今年,去年。", ["2024", "2024", "2023"]),
    DateRow("2024年7月,区检察院立案受理。", ["2024-07"]),
    DateRow("我做这一行30年了,今年3年时间里培训了8个月。", ["2024"]),
    DateRow("每月8日为职工服务日。", []),
    DateRow("1至2月份,全市新签合同50份。", ["2024-01/2024-02"]),
    DateRow("截至5月底,会员达到12万人。", ["2024-05"]),
    DateRow("记者:张三 2024.05.20 第3版", ["2024-05-20"]),
]

@Test("dates", arguments: dateRows)
func dateTable(_ row: DateRow) {
    let ds = DateExtractor().extract(text: row.text, reference: row.reference)
    #expect(ds.map(\.value) == row.values, "\(ds.map { "\($0.surface)=\($0.value)" })")
}

@Test func dateSurfacesAndInference() {
    let ds = DateExtractor().extract(text: "2024年4月,今年12月底前完成。5月21日召开。", reference: testReference)
    #expect(ds.map(\.surface) == ["2024年4月", "今年12月底", "5月21日"])
    #expect(ds.map(\.yearInferred) == [false, true, true])
}
