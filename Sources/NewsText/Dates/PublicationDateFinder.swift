/// Works out a page's publication date.
///
/// In order of trust:
/// 1. metadata (sidecar or command-line flags): `inferred` false, method `metadata`;
/// 2. a printed date line (`2015年10月29日 星期四`, `2022-07-29 19:32:24`,
///    `2018年01月16日08:58  来源:…`): `inferred` false, method `date-line`;
/// 3. the latest explicit full date in the text: `inferred` true, method `latest-explicit-date`;
/// 4. the latest year stated anywhere (`2025年`): a year-only date, `inferred` true, method `year-mentions`.
public enum PublicationDateFinder {
    public static func find(_ text: CleanText, articles: [Article], metadata: PageMetadata) -> PublicationDate? {
        if let d = metadata.publishedOn {
            return PublicationDate(date: d, inferred: false, method: "metadata")
        }
        let s = text.scalars
        // By index: `for article in articles` copies every article (five strings, three arrays).
        for a in articles.indices {
            for block in articles[a].blocks where block.kind == .metadata {
                if let first = DateScanner.fullDates(s, in: block.span.start..<block.span.end).first {
                    return PublicationDate(date: first.date, inferred: false, method: "date-line")
                }
            }
        }
        if let latest = DateScanner.fullDates(s, in: 0..<s.count).map(\.date).max() {
            return PublicationDate(date: latest, inferred: true, method: "latest-explicit-date")
        }
        var latestYear: Int?
        var i = 0
        while i < s.count {
            if ScalarClass.isDigit(s[i]), let y = DateScanner.year(s, at: i, end: s.count) {
                latestYear = max(latestYear ?? y, y); i += 5; continue
            }
            i += 1
        }
        if let y = latestYear {
            return PublicationDate(date: CivilDate(year: y), inferred: true, method: "year-mentions")
        }
        return nil
    }
}
