/// Splits a cleaned page into articles.
///
/// An article starts at a headline group:
/// - a `#`/`##` line, with the `#`/`##`/`…——` lines around it (pages with heading marks);
/// - the first lines of a plain page, up to the first paragraph of running text;
/// - one to three short unmarked lines followed by a byline or a dateline paragraph
///   (`本报讯…`), anywhere on the page.
///
/// `###` lines are subheadings. The article runs until the next headline group.
enum ArticleSplitter {
    /// A headline group: line indices, all non-blank.
    struct Group { var lines: [Int] }

    static func split(_ s: [Unicode.Scalar], lines: [PageLine]) -> [Article] {
        let nonBlank = lines.indices.filter { !lines[$0].isBlank }
        guard !nonBlank.isEmpty else { return [] }
        let markdown = nonBlank.contains { lines[$0].isHeadlineMark }
        var groups: [Group] = []
        var k = 0
        // A plain page starts with its headline.
        if !markdown {
            var g: [Int] = []
            var j = 0
            while j < nonBlank.count {
                let line = lines[nonBlank[j]]
                if line.isMetadata { j += 1; continue }
                if line.isHeading || line.isKicker || line.isSubtitle, g.count < 4 { g.append(nonBlank[j]); j += 1; continue }
                break
            }
            if !g.isEmpty { groups.append(Group(lines: g)) }
            k = j
        }
        while k < nonBlank.count {
            let i = nonBlank[k]
            let line = lines[i]
            if markdown, line.isHeadlineMark || (line.isKicker && k + 1 < nonBlank.count && lines[nonBlank[k + 1]].isHeadlineMark) {
                var g = [i]
                var j = k + 1
                while j < nonBlank.count {
                    let next = lines[nonBlank[j]]
                    if next.isHeadlineMark || next.isKicker || next.isSubtitle { g.append(nonBlank[j]); j += 1 } else { break }
                }
                groups.append(Group(lines: g)); k = j; continue
            }
            if line.isHeading || line.isKicker, let g = implicitGroup(s, lines: lines, nonBlank: nonBlank, from: k) {
                groups.append(Group(lines: g)); k += g.count; continue
            }
            k += 1
        }
        // Group boundaries → articles.
        var articles: [Article] = []
        // Position in `nonBlank` of the first non-blank line at or after each line.
        var position = [Int](repeating: nonBlank.count, count: lines.count + 1)
        var p = nonBlank.count
        for i in stride(from: lines.count - 1, through: 0, by: -1) {
            if !lines[i].isBlank { p -= 1 }
            position[i] = p
        }
        func nonBlankLines(from a: Int, to b: Int) -> [Int] {   // line indices in [a, b)
            let lo = position[min(max(a, 0), lines.count)], hi = position[min(max(b, 0), lines.count)]
            return lo < hi ? Array(nonBlank[lo..<hi]) : []
        }
        let firstGroupLine = groups.first?.lines.first ?? lines.count
        // Running text before the first headline: an article without a title.
        let preamble = nonBlankLines(from: 0, to: firstGroupLine)
        if preamble.contains(where: { lines[$0].isProse || lines[$0].isBylineLine }) {
            articles.append(build(s, lines: lines, group: [], body: preamble, index: 0))
        }
        for (g, group) in groups.enumerated() {
            let start = group.lines.first!, end = group.lines.last!
            let stop = g + 1 < groups.count ? groups[g + 1].lines.first! : lines.count
            var body = nonBlankLines(from: end + 1, to: stop)
            if g == 0 && articles.isEmpty { body = preamble + body }
            // Metadata lines inside a plain page's headline zone belong to the article.
            let interleaved = nonBlankLines(from: start + 1, to: end).filter { !group.lines.contains($0) }
            if !interleaved.isEmpty { body = (interleaved + body).sorted() }
            articles.append(build(s, lines: lines, group: group.lines, body: body, index: articles.count))
        }
        return articles
    }

    /// Short unmarked lines at `from` followed by a byline line or a dateline paragraph.
    static func implicitGroup(_ s: [Unicode.Scalar], lines: [PageLine], nonBlank: [Int], from k: Int) -> [Int]? {
        var g: [Int] = []
        var j = k
        while j < nonBlank.count, g.count < 3 {
            let line = lines[nonBlank[j]]
            if line.isHeading || line.isKicker || line.isSubtitle {
                guard !LineClassifier.hasClausePunctuation(s, line.range) || line.isKicker else { return nil }
                g.append(nonBlank[j]); j += 1
            } else { break }
        }
        guard !g.isEmpty, j < nonBlank.count else { return nil }
        let next = lines[nonBlank[j]]
        if next.isBylineLine { return g }
        if next.isProse, let lead = DatelineParser.lead(s, next.range), lead.dateline != nil { return g }
        return nil
    }

    /// Builds one article from its headline lines and the lines after them.
    static func build(_ s: [Unicode.Scalar], lines: [PageLine], group: [Int], body: [Int], index: Int) -> Article {
        let entries = group.map { i in
            HeadingResolver.Entry(content: lines[i].content, level: min(lines[i].markLevel, 2),
                                  kickerLike: lines[i].isKicker || (lines[i].markLevel > 0 && LineClassifier.isKickerLike(s, lines[i].content)),
                                  subtitleLike: lines[i].isSubtitle)
        }
        let headings = HeadingResolver.resolve(s, entries)
        var blocks: [Block] = []
        var people: [BylinePerson] = []
        var dateline: String?
        var sawBody = false
        for i in body {
            let line = lines[i]
            switch line.role {
            case .blank: continue
            case .marked:
                blocks.append(Block(kind: .subheading, span: span(line.content)))
            case .metadata:
                blocks.append(Block(kind: .metadata, span: span(line.range)))
            case let .byline(r):
                blocks.append(Block(kind: .byline, span: span(line.range))); people += r.people
            case let .credit(r):
                if let last = blocks.indices.last, blocks[last].kind == .body { blocks[last].kind = .caption }
                blocks.append(Block(kind: .credit, span: span(line.range))); people += r.people
            case .heading where !LineClassifier.hasClausePunctuation(s, line.range):
                blocks.append(Block(kind: .subheading, span: span(line.range)))
            default:
                var start = line.range.lowerBound
                if !sawBody, let lead = DatelineParser.lead(s, line.range) {
                    if let d = lead.dateline {
                        blocks.append(Block(kind: .dateline, span: span(d)))
                        dateline = ScalarMatch.string(s, d)
                    }
                    if let b = lead.byline {
                        blocks.append(Block(kind: .byline, span: span(b))); people += lead.people
                    }
                    start = lead.bodyStart
                }
                sawBody = true
                if start < line.range.upperBound {
                    blocks.append(Block(kind: .body, span: TextSpan(start, line.range.upperBound)))
                }
            }
        }
        // A credit closing the last paragraph: `(姚雪梅)`.
        if let last = blocks.lastIndex(where: { $0.kind == .body }),
           let credit = DatelineParser.trailingCredit(s, blocks[last].span.start..<blocks[last].span.end) {
            let bodyEnd = credit.range.lowerBound
            let creditBlock = Block(kind: .credit, span: span(credit.range))
            if bodyEnd > blocks[last].span.start {
                blocks[last].span = TextSpan(blocks[last].span.start, bodyEnd)
                blocks.insert(creditBlock, at: last + 1)
            } else {
                blocks[last] = creditBlock
            }
            people += credit.people
        }
        let all = (headings.blocks + blocks).sorted { $0.span < $1.span }
        var sentences: [Sentence] = []
        for (b, block) in all.enumerated() where block.kind != .byline && block.kind != .credit && block.kind != .column {
            SentenceSplitter.append(s, block.span.start..<block.span.end, blockIndex: b, to: &sentences)
        }
        let firstLine = min(group.min() ?? Int.max, body.min() ?? Int.max)
        let lastLine = max(group.max() ?? Int.min, body.max() ?? Int.min)
        let first = firstLine == Int.max ? 0 : lines[firstLine].range.lowerBound
        let last = lastLine == Int.min ? first : lines[lastLine].range.upperBound
        func text(_ r: Range<Int>?) -> String? { r.map { ScalarMatch.string(s, $0) } }
        return Article(index: index, span: TextSpan(first, max(first, last)),
                       title: text(headings.title), kicker: text(headings.kicker),
                       subtitle: text(headings.subtitle), column: text(headings.column),
                       people: people, dateline: dateline, blocks: all, sentences: sentences)
    }

    @inline(__always) static func span(_ r: Range<Int>) -> TextSpan { TextSpan(r.lowerBound, r.upperBound) }
}
