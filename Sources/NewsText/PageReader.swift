/// Reads a page: cleans the decoded text and splits it into articles and sentences.
///
/// STUB (issue 3 fills it in): today it keeps the text as is and makes one article.
public enum PageReader {
    /// Cleans `text` and splits it into articles.
    /// - Parameters:
    ///   - text: the decoded page text.
    ///   - metadata: what the sidecar or flags say about the page.
    public static func read(_ text: String, metadata: PageMetadata = PageMetadata()) -> Page {
        let clean = CleanText(text)
        let article = Article(index: 0, span: TextSpan(0, clean.count))
        let publication = metadata.publishedOn.map { PublicationDate(date: $0, inferred: false, method: "sidecar") }
        return Page(text: clean, articles: [article], publication: publication, metadata: metadata)
    }
}
