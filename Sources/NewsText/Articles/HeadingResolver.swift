/// Works out which line of a headline group is the column (栏目), the kicker (引题),
/// the title and the subtitle (副题).
///
/// Marked groups (`#`/`##`, whose levels are used inconsistently on these pages):
/// - the first `#` line is the title; without one, the first `##` line;
/// - a `##` (or unmarked `…——`) line above the title is the kicker, unless it carries a
///   logo letter (`## G 新闻特写` → column `新闻特写`) or is a known column name;
/// - a `##` line below the title is the column; a line starting with `——` is the subtitle.
///
/// Unmarked groups (plain pages): one line is the title; of two, the longer is the title
/// and the other the kicker (above) or the subtitle (below); of three, kicker, title, subtitle.
/// In both, a series tag in the title (`工运晨读丨…`) becomes the column.
enum HeadingResolver {
    struct Entry {
        var content: Range<Int>
        /// 1 for `#`, 2 for `##`, 0 unmarked.
        var level: Int
        var kickerLike: Bool
        var subtitleLike: Bool
    }

    struct Resolved {
        var title: Range<Int>?
        var kicker: Range<Int>?
        var subtitle: Range<Int>?
        var column: Range<Int>?
        /// Blocks in text order.
        var blocks: [Block] = []
    }

    /// Column names printed as a line of their own.
    static let knownColumns = WordSet([
        "新闻特写", "特写", "评论", "时评", "短评", "社评", "言论", "图片新闻", "新闻观察", "新闻速递",
        "一线传真", "基层动态", "工会动态", "图说", "综合新闻", "要闻", "本报评论员",
    ])

    /// Strips a logo leftover: a single Latin letter and a space before Han text.
    static func logoStripped(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int>? {
        guard r.count >= 4, ScalarClass.isLatinLetter(s[r.lowerBound]), s[r.lowerBound + 1] == " ",
              ScalarClass.isHan(s[r.lowerBound + 2]) else { return nil }
        return (r.lowerBound + 2)..<r.upperBound
    }

    /// Splits `工运晨读丨标题` into (tag, title).
    static func seriesTag(_ s: [Unicode.Scalar], _ r: Range<Int>) -> (Range<Int>, Range<Int>)? {
        var i = r.lowerBound
        while i < r.upperBound, i - r.lowerBound <= 12 {
            if ScalarClass.isTagSeparator(s[i]) {
                let tag = r.lowerBound..<i
                var t = i + 1
                while t < r.upperBound, s[t] == " " { t += 1 }
                var tagEnd = i
                while tagEnd > tag.lowerBound, s[tagEnd - 1] == " " { tagEnd -= 1 }
                guard tagEnd - tag.lowerBound >= 2, r.upperBound - t >= 4 else { return nil }
                return (tag.lowerBound..<tagEnd, t..<r.upperBound)
            }
            i += 1
        }
        return nil
    }

    static func resolve(_ s: [Unicode.Scalar], _ entries: [Entry]) -> Resolved {
        var out = Resolved()
        guard !entries.isEmpty else { return out }
        var kinds = [BlockKind?](repeating: nil, count: entries.count)
        var ranges = entries.map(\.content)
        var columnMarked = [Bool](repeating: false, count: entries.count)
        for (k, e) in entries.enumerated() {
            if let r = logoStripped(s, e.content) { ranges[k] = r; columnMarked[k] = true }
            if knownColumns.contains(s, ranges[k]) { columnMarked[k] = true }
        }
        let marked = entries.contains { $0.level > 0 }
        var titleIndex: Int?
        if marked {
            titleIndex = entries.firstIndex { $0.level == 1 && !$0.kickerLike }
            if titleIndex == nil {
                titleIndex = entries.indices.first { entries[$0].level == 2 && !columnMarked[$0] && !entries[$0].kickerLike }
            }
        } else {
            let plain = entries.indices.filter { !entries[$0].kickerLike && !entries[$0].subtitleLike && !columnMarked[$0] }
            if plain.count == 1 {
                titleIndex = plain[0]
            } else if plain.count == 2 {
                let hasKicker = entries.contains { $0.kickerLike }
                let (a, b) = (plain[0], plain[1])
                if !hasKicker && ranges[b].count > ranges[a].count {
                    titleIndex = b; kinds[a] = .kicker
                } else {
                    titleIndex = a; kinds[b] = .subtitle
                }
            } else if plain.count >= 3 {
                titleIndex = plain[1]
                kinds[plain[0]] = .kicker
                for k in plain.dropFirst(2) { kinds[k] = .subtitle }
            }
        }
        if let t = titleIndex {
            kinds[t] = .title
            for k in entries.indices where kinds[k] == nil {
                if columnMarked[k] { kinds[k] = .column; continue }
                if entries[k].subtitleLike { kinds[k] = .subtitle; continue }
                if entries[k].kickerLike { kinds[k] = .kicker; continue }
                if k < t {
                    kinds[k] = .kicker
                } else {
                    kinds[k] = entries[k].level == 2 ? .column : .subtitle
                }
            }
        } else {
            for k in entries.indices where kinds[k] == nil {
                kinds[k] = columnMarked[k] ? .column : (entries[k].subtitleLike ? .subtitle : .kicker)
            }
        }
        for k in entries.indices {
            guard let kind = kinds[k] else { continue }
            var range = ranges[k]
            if kind == .title, let (tag, rest) = seriesTag(s, range) {
                if out.column == nil {
                    out.column = tag
                    out.blocks.append(Block(kind: .column, span: TextSpan(tag.lowerBound, tag.upperBound)))
                }
                range = rest
            }
            switch kind {
            case .title: if out.title == nil { out.title = range }
            case .kicker: if out.kicker == nil { out.kicker = range }
            case .subtitle: if out.subtitle == nil { out.subtitle = range }
            case .column: if out.column == nil { out.column = range }
            default: break
            }
            out.blocks.append(Block(kind: kind, span: TextSpan(range.lowerBound, range.upperBound)))
        }
        return out
    }
}
