import NewsText

/// A sentence as the metric engine sees it.
struct SentenceUnit: Sendable {
    var start: Int
    var end: Int
    /// Global paragraph number (a line, or a run of text after a wide gap).
    var paragraph: Int
    /// Position of the sentence in its paragraph.
    var indexInParagraph: Int
    var article: Int
    /// First sentence of the article's body (its lead).
    var isLead: Bool = false
    /// Part of the article's headline area (before the lead).
    var isHeading: Bool = false
}

/// Splits a page into paragraphs and sentences, and maps offsets to articles.
///
/// It does its own splitting (on line breaks and 。！？!?) rather than relying on
/// the reader's sentences, so that headlines and metadata lines are covered
/// too and so that it works on pages whose articles carry no sentences.
struct Segmentation: Sendable {
    var sentences: [SentenceUnit] = []
    /// Start offset of each paragraph.
    var paragraphStart: [Int] = []
    /// Article spans, sorted (empty when the page has none).
    let articleSpans: [TextSpan]

    init(page: Page) {
        self.init(scalars: page.text.scalars, articleSpans: page.articles.map(\.span), articles: page.articles)
    }

    init(scalars s: [Unicode.Scalar], articleSpans: [TextSpan], articles: [Article] = []) {
        self.articleSpans = articleSpans
        let T = Chars.table
        let n = s.count
        // block starts (from the reader) also end sentences: 本报讯 | (记者…) | 近日,…
        // Offsets where a reader block starts, sorted (a sentence scan stops at the first one
        // after the sentence's start).
        // (articles read by index and their blocks alone: an `Article` is a large value, and
        // copying one retains all its strings and arrays)
        var blockStarts: [Int] = []
        blockStarts.reserveCapacity(articles.indices.reduce(0) { $0 + articles[$1].blocks.count })
        for ai in articles.indices {
            for b in articles[ai].blocks where b.span.start >= 0 && b.span.start <= n { blockStarts.append(b.span.start) }
        }
        blockStarts.sort()
        var paragraph = -1
        var out: [SentenceUnit] = []
        // One pass over the page: the scan for sentence ends and spaces also stops at line
        // breaks, so lines are not found by a separate pass. A sentence never crosses a line
        // break: every scan that could runs over sentence ends, quotes or spaces only.
        let newlineBit = CharClass.newline.rawValue
        let stops = ScalarBitmap.sentenceStops   // sentence ends, spaces and line breaks
        var nextBlock = 0          // index of the first block start after `k` (`k` only grows)
        var newParagraph = true    // at the start of a line, or after a wide gap
        var k = 0
        while k < n {
            while k < n, Chars.is(s[k], .space, in: T) { k += 1 }
            guard k < n else { break }
            if Chars.flags(s[k], in: T) & newlineBit != 0 { k += 1; newParagraph = true; continue }
            // a block starting inside the line after `k` ends the sentence there
            while nextBlock < blockStarts.count, blockStarts[nextBlock] <= k { nextBlock += 1 }
            let blockStop = nextBlock < blockStarts.count ? min(n, blockStarts[nextBlock]) : n
            let (e, gap) = Segmentation.sentenceEnd(s, from: k, blockStop: blockStop, stops: stops, table: T)
            var te = e
            while te > k, Chars.is(s[te - 1], .space, in: T) { te -= 1 }
            if te > k {
                if newParagraph { paragraph += 1; paragraphStart.append(k) }
                let idx = (out.last?.paragraph == paragraph) ? (out.last!.indexInParagraph + 1) : 0
                out.append(SentenceUnit(start: k, end: te, paragraph: paragraph, indexInParagraph: idx,
                                        article: Segmentation.article(of: k, in: articleSpans)))
                newParagraph = false
            }
            if gap { newParagraph = true }
            k = e
        }
        // leads and headings: per article, the first sentence of the first line that
        // reads as body text (has 。 or a comma and is not a metadata line).
        var a = 0
        var idx = 0
        while idx < out.count {
            a = out[idx].article
            var j = idx
            while j < out.count, out[j].article == a { j += 1 }
            var leadFound = false
            let blocks = articles.indices.contains(a) ? articles[a].blocks : []   // read once per article
            for t in idx..<j {
                let u = out[t]
                if !leadFound, Segmentation.looksLikeBody(s, u, blocks: blocks) {
                    out[t].isLead = true; leadFound = true
                } else if !leadFound {
                    out[t].isHeading = true
                }
            }
            idx = j
        }
        sentences = out
    }

    /// The end of the sentence starting at `k` (not a space or line break): after its sentence-end
    /// marks and closing quotes, at the line break, at `blockStop` (a reader block start), or at
    /// a wide gap of spaces; `gap` when what follows starts a new paragraph (a wide gap or a block
    /// start inside the line).
    /// - Parameter stops: sentence ends, spaces and line breaks (``ScalarBitmap/sentenceStops``).
    @inline(__always)
    private static func sentenceEnd(_ s: [Unicode.Scalar], from k: Int, blockStop: Int, stops: ScalarBitmap,
                                    table T: [UInt16]) -> (end: Int, gap: Bool) {
        let n = s.count
        let sentenceEndBit = CharClass.sentenceEnd.rawValue
        let newlineBit = CharClass.newline.rawValue
        var e = k
        while true {
            // skip to the next sentence end, space or line break (most scalars are none)
            e = stops.firstIndex(s, from: e, end: blockStop)
            if e >= blockStop {
                // a block start inside the line is a gap; one at a line break is not
                let gap = blockStop < n && Chars.flags(s[blockStop], in: T) & newlineBit == 0
                return (e, gap)
            }
            let c = s[e]
            let f = Chars.flags(c, in: T)
            if f & newlineBit != 0 { return (e, false) }
            if f & sentenceEndBit != 0 {
                e += 1
                while e < n, Chars.is(s[e], .sentenceEnd, in: T) || Chars.is(s[e], .closeQuote, in: T) { e += 1 }
                var sp = e
                while sp < n, Chars.is(s[sp], .space, in: T) { sp += 1 }
                return (e, sp - e >= 3)
            }
            // a wide gap inside a line starts a new paragraph (page layouts)
            if e + 2 < n, Chars.is(s[e + 1], .space, in: T), Chars.is(s[e + 2], .space, in: T),
               e > k, Chars.is(s[e - 1], .sentenceEnd, in: T) || Chars.is(s[e - 1], .closeQuote, in: T) {
                return (e, true)
            }
            e += 1
        }
    }

    static func article(of offset: Int, in spans: [TextSpan]) -> Int {
        if spans.isEmpty { return 0 }
        var best = 0
        for (k, sp) in spans.enumerated() {
            if sp.contains(offset: offset) { return k }
            if sp.start <= offset { best = k }
        }
        return best
    }

    /// Whether a sentence reads as body text rather than a headline or a metadata line.
    /// - Parameter blocks: the blocks of the sentence's article (none when the page has no such article).
    static func looksLikeBody(_ s: [Unicode.Scalar], _ u: SentenceUnit, blocks: [Block]) -> Bool {
        for b in blocks where b.span.contains(offset: u.start) { return b.kind == .body }
        let len = u.end - u.start
        if len < 12 { return false }
        var hasEnd = false, commas = 0
        var colonEarly = false
        for k in u.start..<u.end {
            let c = s[k]
            if Chars.is(c, .sentenceEnd) { hasEnd = true }
            if c == "," || c == "，" { commas += 1 }
            if (c == ":" || c == "：") && k - u.start < 6 { colonEarly = true }
        }
        if s.has("来源", at: u.start) || colonEarly && !hasEnd { return false }
        // metadata lines: URLs, 来源, 版
        var k = u.start
        while k + 1 < u.end {
            if s[k] == "来" && s[k + 1] == "源" { return false }
            if s[k] == "h" && s.has("http", at: k) { return false }
            k += 1
        }
        return hasEnd || commas >= 2
    }
}
