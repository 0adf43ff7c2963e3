import Extraction
import Foundation
import NewsText

/// A page read from disk and run through extraction, ready to load.
public struct ExtractedDocument: Sendable {
    public let document: LoadedDocument
    /// The file's modification time (for cheap change detection on the next run).
    public let modificationTime: Date?
    public let page: Page
    public let result: ExtractionResult

    public init(document: LoadedDocument, modificationTime: Date?, page: Page, result: ExtractionResult) {
        self.document = document; self.modificationTime = modificationTime; self.page = page; self.result = result
    }

    /// The document's identity: the sidecar `id` when given, else the path relative to its argument.
    public var sourceKey: String { document.metadata.id ?? document.file.key }

    /// The month partition of the document's rows (`YYYY-MM-01`): its publication month
    /// (January for a year alone), else the current month.
    var partitionMonth: String {
        if let d = page.publication?.date { return "\(pad4(d.year))-\(pad2(d.month ?? 1))-01" }
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return "\(pad4(now.year!))-\(pad2(now.month!))-01"
    }
}

extension CivilDate {
    /// The first day of the period (`2024` → 2024-01-01, `2024-04` → 2024-04-01).
    var firstDay: String {
        "\(pad4(year))-\(pad2(month ?? 1))-\(pad2(day ?? 1))"
    }

    /// The last day of the period (`2024` → 2024-12-31, `2024-02` → 2024-02-29).
    var lastDay: String {
        guard let month else { return "\(pad4(year))-12-31" }
        if let day { return "\(pad4(year))-\(pad2(month))-\(pad2(day))" }
        return "\(pad4(year))-\(pad2(month))-\(pad2(CivilDate.daysIn(month: month, year: year)))"
    }

    var grain: String { day != nil ? "day" : (month != nil ? "month" : "year") }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

@inline(__always) func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
@inline(__always) func pad4(_ v: Int) -> String {
    let s = String(v); return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
}

/// Exact decimal text of a value (no binary floating point, no exponent).
func exactText(_ d: Decimal) -> String {
    var v = d
    return NSDecimalString(&v, Locale(identifier: "en_US_POSIX"))
}
