import Foundation
import Testing
import NewsText
@testable import Metrics

/// Throughput of dates + metrics (not an assertion). Opt-in, best in release:
/// `METRICS_BENCH=1 swift test -c release --filter MetricsTests.benchmark`
/// Repeats the project's seed page, varying its digits, until 50 MB have been read.
@Test func benchmark() throws {
    guard ProcessInfo.processInfo.environment["METRICS_BENCH"] != nil else { return }
    let here = URL(fileURLWithPath: #filePath)
    let seed = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds/000_161e017c32092756.txt")
    let base = try String(contentsOf: seed, encoding: .utf8)
    // ten variants: digits rotated so that values differ from page to page
    var pages: [(Page, Int)] = []
    for shift in 0..<10 {
        var v = String.UnicodeScalarView()
        for u in base.unicodeScalars {
            if let d = Chars.digitValue(u) { v.append(Unicode.Scalar(UInt8(48 + (d + shift) % 10))) } else { v.append(u) }
        }
        let text = CleanText(String(v))
        let page = Page(text: text, articles: [Article(index: 0, span: TextSpan(0, text.count))], publication: nil,
                        metadata: PageMetadata())
        pages.append((page, text.string.utf8.count))
    }
    let reference = CivilDate(year: 2025, month: 10, day: 20)
    var bytes = 0, found = 0, i = 0
    let start = Date()
    while bytes < 50_000_000 {
        let (page, n) = pages[i % pages.count]; i += 1
        let dates = DateExtractor().extract(page: page, reference: reference)
        found += MetricExtractor().extract(page: page, dates: dates, regions: [], reference: reference).count
        bytes += n
    }
    let secs = Date().timeIntervalSince(start)
    print(String(format: "metrics+dates: %.1f MB in %.2f s = %.1f MB/s (%d pages, %d metrics)",
                 Double(bytes) / 1e6, secs, Double(bytes) / 1e6 / secs, i, found))
}
