import Foundation
import NewsText
import Extraction

/// One document through the whole pipeline without a database.
public struct ProcessedDocument: Sendable {
    public let document: LoadedDocument
    public let page: Page
    public let result: ExtractionResult
}

/// Reads, cleans, splits and extracts page files; a bad file is reported, never fatal.
public struct Pipeline: Sendable {
    public let extractor: Extractor
    public let reader: DocumentReader
    public let overrides: PageMetadata

    public init(extractor: Extractor, reader: DocumentReader = DocumentReader(), overrides: PageMetadata = PageMetadata()) {
        self.extractor = extractor; self.reader = reader; self.overrides = overrides
    }

    /// Reads and extracts one file.
    public func process(_ file: SourceFile) throws(IngestError) -> ProcessedDocument {
        let doc = try reader.read(file, overrides: overrides)
        let page = PageReader.read(doc.text, metadata: doc.metadata)
        return ProcessedDocument(document: doc, page: page, result: extractor.extract(page))
    }
}

/// Pairs text files with their `NAME.gold.json` for `eval`.
public enum GoldPairing {
    /// The gold file for a text file: `goldDirectory/NAME.gold.json`.
    public static func goldPath(for file: SourceFile, in goldDirectory: String) -> String {
        (goldDirectory.hasSuffix("/") ? goldDirectory : goldDirectory + "/") + file.baseName + ".gold.json"
    }
}
