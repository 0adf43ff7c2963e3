import Foundation
import Testing
import NewsText
@testable import Metrics

/// The reference (publication) date used by the table rows unless they say otherwise.
let testReference = CivilDate(year: 2024, month: 6, day: 30)

/// One expected metric read from a sentence written for the test.
struct MetricRow: CustomTestStringConvertible, Sendable {
    let text: String
    let value: String
    let unit: String
    let kind: MetricKind
    let approx: Bool
    let change: Bool
    /// nil: not checked.
    let subject: String?
    /// nil: not checked.
    let target: Bool?
    /// Which metric of the sentence (0-based).
    let index: Int
    /// Expected number of metrics in the sentence (nil: not checked).
    let count: Int?

    init(_ text: String, _ value: String, _ unit: String, _ kind: MetricKind = .count, approx: Bool = false,
         change: Bool = false, subject: String? = nil, target: Bool? = nil, index: Int = 0, count: Int? = nil) {
        self.text = text; self.value = value; self.unit = unit; self.kind = kind; self.approx = approx
        self.change = change; self.subject = subject; self.target = target; self.index = index; self.count = count
    }
    var testDescription: String { "\(text) → #\(index) \(value)\(unit)" }
}

func metrics(_ text: String, reference: CivilDate? = testReference, regions: [RegionAnchor] = []) -> [Metric] {
    MetricExtractor().extract(text: text, reference: reference, regions: regions)
}

func check(_ row: MetricRow) {
    let ms = metrics(row.text)
    if let n = row.count { #expect(ms.count == n, "count for \(row.text): \(ms.map { $0.surface })") }
    guard row.index < ms.count else {
        Issue.record("no metric #\(row.index) in \(row.text); got \(ms.map { "\($0.valueString)\($0.unit)" })")
        return
    }
    let m = ms[row.index]
    #expect(m.valueString == row.value, "value in \(row.text)")
    #expect(m.value == Decimal(string: row.value, locale: Locale(identifier: "en_US_POSIX"))!, "exact value in \(row.text)")
    #expect(m.unit == row.unit, "unit in \(row.text)")
    #expect(m.kind == row.kind, "kind in \(row.text)")
    #expect(m.approx == row.approx, "approx in \(row.text)")
    #expect(m.change == row.change, "change in \(row.text)")
    if let s = row.subject { #expect(m.subject == s, "subject in \(row.text)") }
    if let t = row.target { #expect(m.target == t, "target in \(row.text)") }
}

/// A sentence that must yield no metric at all.
struct NegativeRow: CustomTestStringConvertible, Sendable {
    let text: String
    let why: String
    init(_ text: String, _ why: String) { self.text = text; self.why = why }
    var testDescription: String { "\(why): \(text)" }
}

/// A text whose dates are listed in order.
struct DateRow: CustomTestStringConvertible, Sendable {
    let text: String
    let values: [String]
    let reference: CivilDate?
    init(_ text: String, _ values: [String], reference: CivilDate? = testReference) {
        self.text = text; self.values = values; self.reference = reference
    }
    var testDescription: String { "\(text) → \(values)" }
}

func anchor(_ text: String, _ name: String, at surface: String, occurrence: Int = 0, code: String? = nil,
            level: String = "prefecture", relative: Bool = false) -> RegionAnchor {
    let scalars = Array(text.unicodeScalars)
    let needle = Array(surface.unicodeScalars)
    var found = -1, seen = 0
    var i = 0
    while i + needle.count <= scalars.count {
        if Array(scalars[i..<i + needle.count]) == needle {
            if seen == occurrence { found = i; break }
            seen += 1
        }
        i += 1
    }
    precondition(found >= 0, "\(surface) not in \(text)")
    return RegionAnchor(span: TextSpan(found, found + needle.count), articleIndex: 0, code: code ?? name, name: name,
                        level: level, isRelative: relative)
}
