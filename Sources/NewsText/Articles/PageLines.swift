/// What a line of the cleaned page is, before it is assigned to an article.
enum LineRole {
    case blank
    /// A `#`, `##`, `###` … line.
    case marked(level: Int)
    case metadata
    /// A byline on a line of its own (`本报记者 陈华`).
    case byline(BylineParser.Result)
    /// A photo credit on a line of its own (`本报通讯员 朱华南 薄紫云 摄`).
    case credit(BylineParser.Result)
    /// Unmarked line ending in `——`.
    case kicker
    /// Unmarked line starting with `——`.
    case subtitle
    /// Short unmarked line without a 。: a possible headline or subheading.
    case heading
    case prose
}

/// One line of the cleaned page.
struct PageLine {
    /// The whole line, without its newline.
    var range: Range<Int>
    /// The text after heading marks.
    var content: Range<Int>
    var role: LineRole

    var isBlank: Bool { if case .blank = role { return true } else { return false } }
    var markLevel: Int { if case let .marked(l) = role { return l } else { return 0 } }
    /// A `#` or `##` line.
    var isHeadlineMark: Bool { markLevel == 1 || markLevel == 2 }
    var isMetadata: Bool { if case .metadata = role { return true } else { return false } }
    var isKicker: Bool { if case .kicker = role { return true } else { return false } }
    var isSubtitle: Bool { if case .subtitle = role { return true } else { return false } }
    var isHeading: Bool { if case .heading = role { return true } else { return false } }
    var isProse: Bool { if case .prose = role { return true } else { return false } }
    var isBylineLine: Bool { if case .byline = role { return true } else { return false } }
}

enum PageLines {
    /// Splits and classifies the lines of a cleaned page.
    /// Classifies the lines `ranges` (``TextCleaner/lines(_:)`` of `s`).
    static func classify(_ s: [Unicode.Scalar], lines ranges: [Range<Int>]) -> [PageLine] {
        var lines: [PageLine] = []
        lines.reserveCapacity(ranges.count)
        for r in ranges {
            if r.isEmpty { lines.append(PageLine(range: r, content: r, role: .blank)); continue }
            let (level, contentStart) = LineClassifier.headingMark(s, r)
            let content = contentStart..<r.upperBound
            if level > 0 { lines.append(PageLine(range: r, content: content, role: .marked(level: level))); continue }
            let role: LineRole
            if LineClassifier.isMetadata(s, r) {
                role = .metadata
            } else if let b = BylineParser.bylineLine(s, r) {
                role = b.photo ? .credit(b) : .byline(b)
            } else if LineClassifier.isKickerLike(s, r) {
                role = .kicker
            } else if LineClassifier.isSubtitleLike(s, r) {
                role = .subtitle
            } else if LineClassifier.isHeadingLike(s, r, maxLength: 90) {
                role = .heading
            } else {
                role = .prose
            }
            lines.append(PageLine(range: r, content: content, role: role))
        }
        // An outlet name (`中国新闻网`) next to a metadata line is metadata too.
        let nonBlank = lines.indices.filter { !lines[$0].isBlank }
        for (k, i) in nonBlank.enumerated() where lines[i].isHeading && LineClassifier.isOutletName(s, lines[i].range) {
            let prev = k > 0 ? lines[nonBlank[k - 1]].isMetadata : false
            let next = k + 1 < nonBlank.count ? lines[nonBlank[k + 1]].isMetadata : false
            if prev || next { lines[i].role = .metadata }
        }
        return lines
    }
}
