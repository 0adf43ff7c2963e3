import Testing
import NewsText
import ReferenceData
@testable import Entities

let testGazetteer: Gazetteer = {
    do { return try Gazetteer(regionsCSV: ReferenceData.regionsCSV, retiredCSV: ReferenceData.retiredRegionsCSV) }
    catch { fatalError("reference tables: \(error)") }
}()
let testExtractor = EntityExtractor(gazetteer: testGazetteer)

/// Runs the extractor over a one-article page.
func extract(_ text: String, people: [BylinePerson] = []) -> EntityResult {
    let clean = CleanText(text)
    let article = Article(index: 0, span: TextSpan(0, clean.count), people: people)
    return testExtractor.extract(page: Page(text: clean, articles: [article], publication: nil, metadata: PageMetadata()))
}

/// Runs the extractor over a page of several articles (texts joined by blank lines).
func extract(articles texts: [String]) -> EntityResult {
    var all = ""
    var spans: [TextSpan] = []
    for t in texts {
        let start = all.unicodeScalars.count
        all += t
        spans.append(TextSpan(start, all.unicodeScalars.count))
        all += "\n\n"
    }
    let clean = CleanText(all)
    let arts = spans.enumerated().map { Article(index: $0.offset, span: $0.element) }
    return testExtractor.extract(page: Page(text: clean, articles: arts, publication: nil, metadata: PageMetadata()))
}

extension EntityResult {
    var orgNames: Set<String> { Set(organizations.map(\.canonicalName)) }
    var regionCodes: Set<String> { Set(regions.map(\.code)) }
    var personNames: Set<String> { Set(people.map(\.name)) }
    var policyTitles: Set<String> { Set(policies.map(\.title)) }
}

/// One table row: a sentence and what must (and must not) be found in it.
struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var expect: [String] = []
    var reject: [String] = []
    var testDescription: String { text }
}
