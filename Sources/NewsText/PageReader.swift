/// Reads a page: cleans the decoded text and splits it into articles and sentences.
///
/// Steps: ``TextCleaner`` (scalar normalization, page-break repair), line
/// classification, ``ArticleSplitter`` (headline groups, bylines, datelines, captions,
/// blocks, sentences), then ``PublicationDateFinder``. Every span of the result is a
/// Unicode-scalar offset range into ``Page/text``.
public enum PageReader {
    /// Cleans `text` and splits it into articles.
    /// - Parameters:
    ///   - text: the decoded page text.
    ///   - metadata: what the sidecar or flags say about the page.
    public static func read(_ text: String, metadata: PageMetadata = PageMetadata()) -> Page {
        let (cleaned, lines) = TextCleaner.cleanKeepingLines(text)
        return read(cleaned.text, lines: lines ?? TextCleaner.lines(cleaned.text.scalars), metadata: metadata)
    }

    /// Splits already-cleaned text into articles.
    public static func read(cleaned: CleanText, metadata: PageMetadata = PageMetadata()) -> Page {
        read(cleaned, lines: TextCleaner.lines(cleaned.scalars), metadata: metadata)
    }

    /// Splits cleaned text whose line ranges (``TextCleaner/lines(_:)``) are known.
    static func read(_ cleaned: CleanText, lines ranges: [Range<Int>], metadata: PageMetadata) -> Page {
        let lines = PageLines.classify(cleaned.scalars, lines: ranges)
        let articles = ArticleSplitter.split(cleaned.scalars, lines: lines)
        let publication = PublicationDateFinder.find(cleaned, articles: articles, metadata: metadata)
        return Page(text: cleaned, articles: articles, publication: publication, metadata: metadata)
    }
}
