import NewsText

/// Finds regions, organizations, people, policies and events on a page.
///
/// One extractor serves many pages: the lexicons and the gazetteer index are built once, in
/// `init`. Extraction is pure (text in, entities out) and scans the page's Unicode scalars with
/// integer indices.
public struct EntityExtractor: Sendable {
    public let gazetteer: Gazetteer
    let lex: CompiledLexicons
    let classes: ScanClasses

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        self.lex = CompiledLexicons()
        self.classes = ScanClasses(regions: gazetteer.index.table, lex: lex)
    }

    public func extract(page: Page) -> EntityResult {
        var run = PageRun(gazetteer: gazetteer, lex: lex, classes: classes, page: page)
        return run.run()
    }
}

/// The lexicons as phrase tables.
///
/// A class: built once per extractor and shared by every page run (one retain per run instead of
/// one per table buffer).
final class CompiledLexicons: Sendable {
    /// Organization suffixes: the value is an index into ``suffixList`` (a plain integer, so
    /// a match copies no strings).
    let orgSuffixes: PhraseTable<Int32>
    /// The suffixes of ``orgSuffixes``, then ``abbreviatedUnion`` (at ``abbreviatedUnionIndex``).
    let suffixList: [OrgSuffix]
    /// Index of ``abbreviatedUnion`` in ``suffixList``.
    let abbreviatedUnionIndex: Int32
    let national: PhraseTable<NationalBody>
    let nationalPrefixes: PhraseTable<Bool>
    let boundary: PhraseTable<Bool>
    let protected: Set<UInt64>
    let titles: PhraseTable<Bool>
    let postTitles: PhraseTable<Bool>
    let followers: PhraseTable<Bool>
    let internalUnits: PhraseTable<Bool>
    let regionRejecting: PhraseTable<Bool>
    let compoundSurnames: PhraseTable<Bool>
    let anonymous: PhraseTable<Bool>
    let eventSuffixes: PhraseTable<Bool>
    let issuing: PhraseTable<Bool>
    let relativeWords: PhraseTable<RelativeWord>
    let weakTitles: Set<String>
    let regionStop: PhraseTable<Bool>
    /// ``Lexicons/genericCores`` as a phrase table (see ``isGenericCore(_:)``).
    let genericCores: PhraseTable<Bool>
    /// The suffix of an abbreviated 总 (省总, 市总): 总工会, printed 总.
    let abbreviatedUnion: OrgSuffix
    /// ``Lexicons/outletTitleEndings`` as scalars.
    let outletTitleEndings: [[Unicode.Scalar]]

    /// `Lexicons.genericCores.contains(coreText)`, where `coreText` is the text of `core`: a scalar
    /// match first; the `String` set (canonical equivalence) is asked, with a `String` built, only
    /// when `core` holds a scalar that is not inert (``isInert(_:)``), since otherwise equality is
    /// scalar equality.
    func isGenericCore(_ core: [Unicode.Scalar]) -> Bool {
        if let e = genericCores.longest(core, at: 0), e.length == core.count { return true }
        if core.isEmpty || isInert(core) { return false }
        return Lexicons.genericCores.contains(string(core[...]))
    }

    @inline(__always) static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }
    @inline(__always) func isProtected(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool { protected.contains(Self.pair(a, b)) }

    struct NationalBody: Sendable { let canonical: String; let type: OrganizationType }
    struct RelativeWord: Sendable { let level: Unicode.Scalar }

    init() {
        func set(_ a: [String]) -> PhraseTable<Bool> { PhraseTable(a.map { ($0, true) }) }
        var suffixList = Lexicons.orgSuffixes.map { (k, v) in var v = v; v.surface = k; return v }
        orgSuffixes = PhraseTable(Lexicons.orgSuffixes.enumerated().map { ($0.element.0, Int32($0.offset)) })
        national = PhraseTable(Lexicons.nationalBodies.map { ($0.0, NationalBody(canonical: $0.1, type: $0.2)) })
        nationalPrefixes = set(Lexicons.nationalPrefixes)
        boundary = set(Lexicons.boundaryWords)
        protected = Set(Lexicons.protectedWords.compactMap { w -> UInt64? in
            let sc = scalars(w); guard sc.count == 2 else { return nil }
            return CompiledLexicons.pair(sc[0], sc[1])
        })
        titles = PhraseTable(Lexicons.titleWords.map { ($0, CompiledLexicons.weakTitleSet.contains($0)) })
        postTitles = set(Lexicons.postTitles)
        followers = set(Lexicons.nameFollowers)
        internalUnits = set(Lexicons.internalUnits)
        regionRejecting = set(Lexicons.regionRejectingFollowers)
        compoundSurnames = set(Lexicons.compoundSurnames)
        anonymous = set(Lexicons.anonymousForms)
        eventSuffixes = set(Lexicons.eventSuffixes)
        issuing = set(Lexicons.issuingVerbs)
        var rel: [(String, RelativeWord)] = []
        for lv in ["省", "市", "区", "县"] {
            for p in ["全", "本", "我", "该"] { rel.append((p + lv, RelativeWord(level: lv.unicodeScalars.first!))) }
        }
        rel.append(("县级以上", RelativeWord(level: "省")))
        relativeWords = PhraseTable(rel)
        regionStop = set(Array(Lexicons.regionStopWords))
        weakTitles = CompiledLexicons.weakTitleSet
        genericCores = set(Array(Lexicons.genericCores))
        var abbreviated = OrgSuffix("总工会", .union)
        abbreviated.surface = "总"
        abbreviatedUnion = abbreviated
        abbreviatedUnionIndex = Int32(suffixList.count)
        suffixList.append(abbreviated)
        self.suffixList = suffixList
        outletTitleEndings = Lexicons.outletTitleEndings.map(scalars)
    }

    static let weakTitleSet: Set<String> = ["职工", "工人", "农民工", "员工", "干部", "代表", "劳模", "学生", "记者", "通讯员", "快递员",
                      "外卖员", "配送员", "骑手", "司机", "农民", "选手", "志愿者", "社工", "网格员", "民警", "老师",
                      "教师", "医生", "护士", "律师", "编辑", "保洁员", "环卫工人", "环卫工", "营业员", "师傅", "大姐",
                      "成员", "委员", "常委", "冠军", "工匠", "劳动模范", "负责人", "创始人", "研究员", "医务人员"]
}

// MARK: - Per-page run

struct RegionMention {
    var start: Int
    var end: Int
    /// The name's refs in ``RegionIndex/nameRefs``.
    var refs: RefRun
    /// Resolved row (index into gazetteer.regions), nil when ambiguous or rejected.
    var row: Int?
    var accepted: Bool
    var masked: Bool
}

struct OrgCandidate {
    var start: Int
    var end: Int
    var canonical: String
    var type: OrganizationType
    var regionCode: String?
}

struct PageRun {
    let gz: Gazetteer
    let lex: CompiledLexicons
    let page: Page
    let s: [Unicode.Scalar]
    /// The offsets of `s` where each scanner may act (``ScanClasses``).
    let scan: ScanPositions
    let n: Int
    let articles: [Article]
    /// Each article's span and index, in `articles` order (read per mention by
    /// ``articleIndex(at:)`` without touching the articles' other fields).
    let articleSpans: [(span: TextSpan, index: Int)]

    var masks: [TextSpan] = []
    var policySpans: [TextSpan] = []
    var regionMentions: [RegionMention] = []
    /// Index of the accepted region mention ending at an offset / starting at an offset.
    var regionEndingAt = OffsetIndex(count: 0)
    var regionStartingAt = OffsetIndex(count: 0)
    var mainRegions: [LevelRows] = []
    var pageMain = LevelRows()
    var relativeRefs: [RegionReference] = []
    var orgCandidates: [OrgCandidate] = []
    var personSpans: [TextSpan] = []
    var orgSpans: [TextSpan] = []
    /// Per offset: covered by an organization span (``coverage(of:)`` of `orgSpans`).
    var orgCovered: [Bool] = []
    var orgSoFar: [OrgFound] = []
    /// Per entry of `orgSoFar`: the tail of its canonical name (a cheap first test of
    /// ``nearestSameKind(level:suffix:before:regionRow:)``).
    var orgSoFarTails: [NameTail] = []
    /// Scratch buffer of ``makeOrg(_:suffixEndingAt:matches:)`` for a candidate's core.
    var coreBuffer: [Unicode.Scalar] = []
    /// Scratch buffer of ``composeName(party:regionName:regionSpan:core:suffix:)`` (UTF-8).
    var nameBytes: [UInt8] = []

    init(gazetteer: Gazetteer, lex: CompiledLexicons, classes: ScanClasses, page: Page) {
        self.gz = gazetteer; self.lex = lex; self.page = page
        self.s = page.text.scalars; self.n = s.count
        self.scan = ScanPositions(s, classes)
        self.regionEndingAt = OffsetIndex(count: s.count + 1)
        self.regionStartingAt = OffsetIndex(count: s.count + 1)
        self.articles = page.articles.isEmpty ? [Article(index: 0, span: TextSpan(0, page.text.count))] : page.articles
        self.articleSpans = articles.map { ($0.span, $0.index) }
    }

    mutating func run() -> EntityResult {
        findMasksAndPolicies()
        let policies = extractPolicies()
        findRegions()
        computeMainRegions()
        findRelativeWords()
        let orgs = extractOrganizations()
        let people = extractPeople()
        let events = extractEvents()
        var policiesWithIssuers = policies
        attachIssuers(&policiesWithIssuers, orgs: orgs)
        let (regions, refs) = buildRegions()
        return EntityResult(regions: regions, organizations: orgs, people: people, policies: policiesWithIssuers,
                            events: events, regionReferences: refs)
    }

    // MARK: helpers

    func articleIndex(at offset: Int) -> Int {
        var best = articleSpans[0].index
        for a in articleSpans {
            if a.span.contains(offset: offset) { return a.index }
            if a.span.start <= offset { best = a.index }
        }
        return best
    }

    func articleSpan(_ idx: Int) -> TextSpan {
        articleSpans.first { $0.index == idx }?.span ?? TextSpan(0, n)
    }

    func isMasked(_ a: Int, _ b: Int) -> Bool {
        for m in masks where m.start < b && a < m.end { return true }
        return false
    }

    func inPolicy(_ a: Int, _ b: Int) -> Bool {
        for m in policySpans where m.start <= a && b <= m.end { return true }
        return false
    }

    func text(_ a: Int, _ b: Int) -> String { string(s, a, b) }

    func record(_ row: Int) -> RegionRecord { gz.regions[row] }

    func effectiveCode(_ row: Int) -> String { gz.index.rowInfo[row].effectiveCode }

    /// Codes of the region and its ancestors (current codes).
    func lineage(_ row: Int) -> [String] { gz.index.lineage[row] }

    /// Ancestor codes of a row, nearest first.
    func ancestorCodes(_ row: Int) -> ArraySlice<String> { gz.index.lineage[row].dropFirst() }

    func isBoundaryBefore(_ i: Int) -> Bool {
        if i <= 0 { return true }
        let c = s[i - 1]
        if !isHan(c) { return true }
        if let b = lex.boundary.longestEnding(s, at: i), b.length == 1 {
            if i < n, lex.isProtected(c, s[i]) { return false }
            return true
        }
        return false
    }

    // MARK: masks and policies

    mutating func findMasksAndPolicies() {
        let source1 = scalars("来源:"), source2 = scalars("来源:")
        var next = 0   // the scan resumes here (after a span it read)
        for p in scan.offsets(ScanClasses.mark) where Int(p) >= next {
            let i = Int(p)
            let c = s[i]
            if c == "来" && (hasPrefix(s, i, source1) || hasPrefix(s, i, source2)) {
                var j = i + 3
                while j < n && (s[j] == " " || s[j] == "\u{3000}") { j += 1 }
                var k = j
                while k < n && s[k] != "\n" && !(s[k] == " " && k + 1 < n && s[k + 1] == " ") { k += 1 }
                masks.append(TextSpan(i, k))
                next = k; continue
            }
            if c == "《" {
                var depth = 1, j = i + 1
                while j < n && depth > 0 && j - i < 120 && s[j] != "\n" {
                    if s[j] == "《" { depth += 1 } else if s[j] == "》" { depth -= 1 }
                    if depth == 0 { break }
                    j += 1
                }
                if j < n && s[j] == "》" && j > i + 1 {
                    if isOutletTitle(i + 1, j) { masks.append(TextSpan(i, j + 1)) }
                    else { policySpans.append(TextSpan(i, j + 1)) }
                    next = j + 1; continue
                }
            }
        }
        // Outlet names followed by 》 without an opening mark (damaged lines) and X日报/X工人报 are handled
        // by the region follower check.
    }

    /// Whether the title `s[a..<b]` ends with an outlet's ending (read in place, not copied).
    func isOutletTitle(_ a: Int, _ b: Int) -> Bool {
        for es in lex.outletTitleEndings where b - a >= es.count && hasPrefix(s, b - es.count, es) { return true }
        return false
    }

    func extractPolicies() -> [PolicyEntity] {
        var out: [PolicyEntity] = []
        var byTitle = NameIndex(capacity: policySpans.count)
        for sp in policySpans {
            let title = text(sp.start + 1, sp.end - 1)
            let m = Mention(articleIndex: articleIndex(at: sp.start), span: TextSpan(sp.start + 1, sp.end - 1), surface: title)
            if let k = byTitle.value(of: title, orInsert: out.count) { out[k].mentions.append(m) }
            else { out.append(PolicyEntity(title: title, mentions: [m])) }
        }
        return out
    }

    mutating func attachIssuers(_ policies: inout [PolicyEntity], orgs: [OrganizationEntity]) {
        for pi in policies.indices {
            guard let m = policies[pi].mentions.first else { continue }
            // Sentence around the title.
            var a = m.span.start
            while a > 0 && !isSentenceEnd(s[a - 1]) { a -= 1 }
            var b = m.span.end
            while b < n && !isSentenceEnd(s[b]) { b += 1 }
            var hasVerb = false
            var i = a
            // The first-scalar test inline: the table is asked only where a verb may start.
            while i < b {
                if lex.issuing.mayStart(s[i]), lex.issuing.longest(s, atStarter: i) != nil { hasVerb = true; break }
                i += 1
            }
            guard hasVerb else { continue }
            var issuers: [String] = []
            // By index: a loop variable would copy each entity (retaining its strings and arrays).
            for k in orgs.indices {
                if orgs[k].mentions.contains(where: { $0.span.start >= a && $0.span.end <= m.span.start }) &&
                    !issuers.contains(orgs[k].canonicalName) { issuers.append(orgs[k].canonicalName) }
            }
            policies[pi].issuers = issuers
        }
    }

    func isSentenceEnd(_ c: Unicode.Scalar) -> Bool {
        c == "。" || c == "!" || c == "?" || c == "!" || c == "?" || c == "\n" || c == ";" || c == ";"
    }

    // MARK: regions

    mutating func findRegions() {
        let table = gz.index.table
        var next = 0   // the scan resumes here (after a name)
        let starts = scan.offsets(ScanClasses.region)
        regionMentions.reserveCapacity(starts.count / 4)   // a guess: fewer regrowths
        for p in starts where Int(p) >= next {   // Han, may start a name
            let i = Int(p)
            guard let first = table.longest(s, atStarter: i) else { continue }   // flagged: a starter
            // The longest name, or else the longest one not continuing into a rejecting follower.
            var chosen: PhraseTable<RefRun>.Entry? = nil
            if !rejectedByFollower(i + first.length) { chosen = first }
            else {
                for e in table.matches(s, at: i) where !rejectedByFollower(i + e.length) { chosen = e; break }
            }
            guard let e = chosen else { continue }
            let end = i + e.length
            regionMentions.append(RegionMention(start: i, end: end, refs: e.value, row: nil, accepted: false,
                                                masked: isMasked(i, end)))
            next = end
        }
        resolveRegions()
    }

    func rejectedByFollower(_ end: Int) -> Bool {
        guard end < n else { return false }
        if let f = lex.regionRejecting.longest(s, at: end) {
            // 站 / 网 … reject; but a following region-level or org word is fine (handled by longest).
            _ = f
            return true
        }
        return false
    }

    enum Support { case strong, weak, stop }

    /// Whether the mention `start ..< start + length` is exactly a stop word (the same for all its refs).
    func isRegionStopWord(at start: Int, length: Int) -> Bool {
        if let st = lex.regionStop.longest(s, at: start), st.length == length { return true }
        return false
    }

    /// Interned id of a row's effective code (see ``RegionIndex/codeID``).
    @inline(__always) func effectiveID(_ row: Int) -> Int { gz.index.effectiveIDs[row] }

    /// Interned ids of a row's ancestors, nearest first.
    @inline(__always) func ancestorIDs(_ row: Int) -> ArraySlice<Int> { gz.index.lineageIDs[row].dropFirst() }

    /// True when `refs` is non-empty and all of them share one effective code.
    func hasSingleCode(_ refs: [RegionNameRef]) -> Bool {
        guard let first = refs.first else { return false }
        let id = effectiveID(first.row)
        return refs.allSatisfy { effectiveID($0.row) == id }
    }

    /// How a ref of a mention `length` scalars long is supported: a stop word (the mention's
    /// stop-word test is done once by the caller), weak (a county-level unit by its short name or a
    /// two-scalar name), else strong. Read from the ref's ``RefInfo``.
    @inline(__always) func support(_ info: RefInfo, length: Int, isStopWord: Bool) -> Support {
        if isStopWord { return .stop }
        if info.level == .county && (info.isShort || length <= 2) { return .weak }
        return .strong
    }

    mutating func resolveRegions() {
        // Context: unambiguous strong mentions (their codes and lineages), page-wide and per article.
        // Codes are interned ids (``RegionIndex/codeID``). A mention's refs are read from
        // ``RegionIndex/refInfo`` (by their position `q` in `nameRefs`), not from the row tables.
        let index = gz.index
        let refInfo = index.refInfo
        let lin = index.lineageIDList
        var marks = CodeMarks(codeCount: index.codeLevel.count)   // direct, lineage, sibling parents
        var directByArticle: [(article: Int, code: Int)] = []
        // Per mention: whether it is exactly a stop word (computed once, read by both passes).
        var isStop = [Bool](repeating: false, count: regionMentions.count)
        for k in regionMentions.indices where !regionMentions[k].masked {
            let m = regionMentions[k]
            let len = m.end - m.start
            let stop = isRegionStopWord(at: m.start, length: len)
            isStop[k] = stop
            if stop { continue }   // no ref of a stop word is strong
            // The strong refs (counted, not collected): all of one code, and all refs or the only one.
            var strongCount = 0, singleCode = true
            var firstStrong = -1   // position in nameRefs
            for q in m.refs.range {
                let info = refInfo[q]
                if support(info, length: len, isStopWord: false) != .strong { continue }
                if firstStrong >= 0 { if info.effectiveID != refInfo[firstStrong].effectiveID { singleCode = false } }
                else { firstStrong = q }
                strongCount += 1
            }
            if singleCode, strongCount == Int(m.refs.count) || m.refs.count == 1, firstStrong >= 0 {
                let code = Int(refInfo[firstStrong].effectiveID)
                marks.insertDirect(code)
                directByArticle.append((articleIndex(at: m.start), code))
                for q in lin.range(Int(refInfo[firstStrong].row)) { marks.insert(lin[q], CodeMarks.lineage) }
            }
        }
        // Parents of directly named county-level units: a weak name beside its siblings (西青 beside 河西区, 武清区).
        for m in regionMentions where !m.masked && m.end - m.start >= 3 {
            for q in m.refs.range {
                let info = refInfo[q]
                guard !info.isShort && info.level == .county else { continue }
                if info.effectiveParentID >= 0 { marks.insert(Int(info.effectiveParentID), CodeMarks.siblingParent) }
            }
        }
        var lastEnd = -1, lastRow: Int? = nil
        var ok: [Int] = []   // positions in nameRefs of the accepted refs, reused across mentions
        for k in regionMentions.indices {
            let m = regionMentions[k]
            if m.masked { continue }
            let len = m.end - m.start
            let pathPrev: Int? = (lastEnd == m.start) ? lastRow : nil
            let pathPrevID = pathPrev.map { index.effectiveIDs[$0] }
            ok.removeAll(keepingCapacity: true)
            let stop = isStop[k]
            for q in m.refs.range {
                let info = refInfo[q]
                let sup = support(info, length: len, isStopWord: stop)
                if sup == .strong { ok.append(q); continue }
                // A weak or stop-word ref: right after a region it lies in (the path 天津市西青区) …
                if let id = pathPrevID, hasAncestor(Int(info.row), id) { ok.append(q); continue }
                // … or its nearest ancestor is in the page's context.
                let p = Int(info.firstAncestorID)
                guard p >= 0 else { continue }
                if sup == .weak {
                    // The county's own prefecture (or province for directly administered units) must be named.
                    if marks.has(p, CodeMarks.direct) || marks.has(p, CodeMarks.lineage) && index.codeLevel[p] == .prefecture
                        || marks.has(p, CodeMarks.siblingParent) {
                        ok.append(q)
                    }
                } else if !info.isShort && len >= 3 && marks.has(p, CodeMarks.direct) {
                    ok.append(q)
                }
            }
            if ok.isEmpty { continue }
            regionMentions[k].accepted = true
            if hasSingleCode(refsAt: ok, refInfo) {
                regionMentions[k].row = preferredRow(refsAt: ok, refInfo)
            } else {
                regionMentions[k].row = disambiguate(ok.map { index.nameRefs[$0] }, article: articleIndex(at: m.start),
                                                     pathPrev: pathPrev, direct: marks.directCodes,
                                                     directByArticle: directByArticle)
            }
            lastEnd = m.end; lastRow = regionMentions[k].row
        }
        for (k, m) in regionMentions.enumerated() where m.accepted && !m.masked {
            regionEndingAt[m.end] = k; regionStartingAt[m.start] = k
        }
    }

    /// Whether code id `id` is among the ancestors of `row` (its lineage after its own code).
    @inline(__always) func hasAncestor(_ row: Int, _ id: Int) -> Bool {
        let lin = gz.index.lineageIDList
        for a in lin.range(row).dropFirst() where lin[a] == id { return true }
        return false
    }

    /// ``hasSingleCode(_:)`` of the refs at positions `qs` of `nameRefs`.
    @inline(__always) func hasSingleCode(refsAt qs: [Int], _ refInfo: [RefInfo]) -> Bool {
        guard let first = qs.first else { return false }
        let id = refInfo[first].effectiveID
        for q in qs where refInfo[q].effectiveID != id { return false }
        return true
    }

    /// ``preferredRow(_:)`` of the refs at positions `qs` of `nameRefs`.
    @inline(__always) func preferredRow(refsAt qs: [Int], _ refInfo: [RefInfo]) -> Int {
        for q in qs where !refInfo[q].retired { return Int(refInfo[q].row) }
        return Int(refInfo[qs[0]].row)
    }

    func preferredRow(_ refs: [RegionNameRef]) -> Int {
        // Same code: prefer the current row over a retired one.
        let retired = gz.index.retired
        for ref in refs where !retired[ref.row] { return ref.row }
        return refs[0].row
    }

    /// Chooses among refs with different codes by the page's context (interned code ids): `direct`
    /// holds the codes named directly (distinct), `directByArticle` each such naming with its article.
    func disambiguate(_ refs: [RegionNameRef], article: Int, pathPrev: Int?, direct: [Int],
                      directByArticle: [(article: Int, code: Int)]) -> Int? {
        let index = gz.index
        var articleCodes: [Int] = []
        for d in directByArticle where d.article == article && !articleCodes.contains(d.code) { articleCodes.append(d.code) }
        /// The score is a sum over the context's distinct codes (their order does not matter).
        func score(_ ref: RegionNameRef, _ ctx: [Int]) -> Int {
            let code = effectiveID(ref.row)
            let anc = ancestorIDs(ref.row)
            var sc = 0
            if let p = pathPrev, anc.contains(effectiveID(p)) { sc += 10 }
            // Its full name written elsewhere (吉林省 beside 吉林).
            if ctx.contains(code) && ref.isShort { sc += 4 }
            for a in anc where ctx.contains(a) { sc += 3 }
            for c in ctx where c != code {
                let cAnc = index.codeAncestorIDs[c]
                if cAnc.contains(code) { sc += 2 }
                else if (anc.last ?? code) == (cAnc.last ?? c) { sc += 1 }
            }
            return sc
        }
        for ctx in [articleCodes, direct] {
            let scored = refs.map { ($0, score($0, ctx)) }
            let best = scored.map(\.1).max() ?? 0
            if best == 0 { continue }
            let top = scored.filter { $0.1 == best }
            if hasSingleCode(top.map(\.0)) { return preferredRow(top.map(\.0)) }
            if let r = uniqueHighest(top.map(\.0)) { return r }
            return nil
        }
        return uniqueHighest(refs)
    }

    /// Without context, a name shared by a province or prefecture and lower units reads as the higher one.
    func uniqueHighest(_ refs: [RegionNameRef]) -> Int? {
        for lv in [RegionLevel.province, .prefecture] {
            let at = refs.filter { gz.index.levels[$0.row] == lv }
            if at.count == 1 { return at[0].row }
            if at.count > 1 { return nil }
        }
        return nil
    }

    // MARK: article regions and relative references

    /// The main region of each level, per article and for the page: the row with the highest
    /// weight (2 for a mention of the row, 1 for a mention below it), then the earliest.
    mutating func computeMainRegions() {
        // Each mention adds one event per row (its own, then its ancestors'); rows touched get
        // page-local slots in first-seen order.
        var events: [(article: Int, row: Int, weight: Int, start: Int)] = []
        events.reserveCapacity(3 * regionMentions.count)   // a row and at most two ancestors each
        for m in regionMentions where m.accepted && !m.masked {
            guard let row = m.row else { continue }
            let a = articleIndex(at: m.start)
            events.append((a, gz.index.effectiveRow[row] ?? row, 2, m.start))
            let anc = gz.index.ancestorRowList
            for q in anc.range(row) { events.append((a, anc[q], 1, m.start)) }
        }
        var slots = RowSlots(maxRows: events.count)
        let eventSlots = events.map { slots.slot(of: $0.row) }
        let rowsUsed = slots.rows
        // Per slot: summed weight and first start (buffers shared by the article and page passes).
        var weight = [Int](repeating: 0, count: rowsUsed.count)
        var first = [Int](repeating: -1, count: rowsUsed.count)
        mainRegions = articleSpans.map { art in
            mains(events, eventSlots, rowsUsed, article: art.index, weight: &weight, first: &first)
        }
        pageMain = mains(events, eventSlots, rowsUsed, article: nil, weight: &weight, first: &first)
    }

    /// The main rows of one article (all articles when `article` is nil) from the events of
    /// ``computeMainRegions()``; `weight` and `first` are scratch buffers, one entry per slot.
    private func mains(_ events: [(article: Int, row: Int, weight: Int, start: Int)], _ eventSlots: [Int],
                       _ rowsUsed: [Int], article: Int?, weight: inout [Int], first: inout [Int]) -> LevelRows {
        for k in rowsUsed.indices { weight[k] = 0; first[k] = -1 }
        for (e, slot) in zip(events, eventSlots) where article == nil || e.article == article! {
            weight[slot] += e.weight
            if first[slot] < 0 { first[slot] = e.start }
        }
        // Per level: (weight, first start, row) of the best row so far.
        var best: (LevelBest?, LevelBest?, LevelBest?) = (nil, nil, nil)
        for k in rowsUsed.indices where first[k] >= 0 {
            let row = rowsUsed[k]
            let candidate = LevelBest(weight: weight[k], first: first[k], row: row)
            switch gz.index.levels[row] {
            case .province: if candidate.beats(best.0) { best.0 = candidate }
            case .prefecture: if candidate.beats(best.1) { best.1 = candidate }
            case .county: if candidate.beats(best.2) { best.2 = candidate }
            }
        }
        return LevelRows(province: best.0?.row, prefecture: best.1?.row, county: best.2?.row)
    }

    func rowIndex(code: String) -> Int? {
        gz.index.rowByCode[code]
    }

    /// Does a region row fit a relative level word (省 / 市 / 区 / 县)?
    func fits(_ row: Int, _ level: Unicode.Scalar) -> Bool {
        let lv = gz.index.levels[row]
        let last = gz.index.lastScalars[row]
        switch level {
        case "省": return lv == .province
        case "市": return last == "市"
        case "区": return lv == .county && last == "区"
        case "县": return lv == .county && (last == "县" || last == "旗")
        case "州": return lv == .prefecture && last == "州"
        default: return false
        }
    }

    /// The region a relative word (省 / 市 / 区 / 县) at `offset` stands for.
    func resolveRelative(_ level: Unicode.Scalar, at offset: Int) -> Int? {
        let a = articleIndex(at: offset)
        let span = articleSpan(a)
        // Nearest preceding named region of that level in the article.
        // Mentions are in text order and do not overlap, so their ends ascend: scan back from
        // the last one ending by `offset` and stop at the article start.
        var k = firstMention(endingAfter: offset) - 1
        while k >= 0 {
            let m = regionMentions[k]
            if m.start < span.start { break }
            if m.accepted && !m.masked, let row = m.row {
                if fits(row, level) { return row }
                // An ancestor of the level (铜陵市 above 义安区 for 市).
                let anc = gz.index.ancestorRowList
                for q in anc.range(row) where fits(anc[q], level) { return anc[q] }
            }
            k -= 1
        }
        let mains = articleSpans.firstIndex { $0.index == a }.map { mainRegions[$0] } ?? LevelRows()
        if let r = mainFor(level, mains) { return r }
        for m in regionMentions where m.accepted && !m.masked && m.start >= offset && m.end <= span.end {
            if let row = m.row, fits(row, level) { return row }
        }
        return mainFor(level, pageMain)
    }

    /// Index of the first region mention whose end is after `offset` (binary search; ends ascend).
    func firstMention(endingAfter offset: Int) -> Int {
        var lo = 0, hi = regionMentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if regionMentions[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func mainFor(_ level: Unicode.Scalar, _ mains: LevelRows) -> Int? {
        switch level {
        case "省": return mains[.province]
        case "市":
            if let p = mains[.prefecture], fits(p, "市") { return p }
            if let c = mains[.county], fits(c, "市") { return c }
            if let p = mains[.province], fits(p, "市") { return p }
            return nil
        case "州": return mains[.prefecture].flatMap { fits($0, "州") ? $0 : nil }
        default: return mains[.county].flatMap { fits($0, level) ? $0 : nil }
        }
    }

    mutating func findRelativeWords() {
        var next = 0   // the scan resumes here (after a relative word)
        for p in scan.offsets(ScanClasses.relative) where Int(p) >= next {
            let i = Int(p)
            if let e = lex.relativeWords.longest(s, atStarter: i) {   // flagged: a starter
                let end = i + e.length
                if !isMasked(i, end), let row = resolveRelative(e.value.level, at: i) {
                    addRelative(TextSpan(i, end), row: row)
                }
                next = end
            }
        }
    }

    mutating func addRelative(_ span: TextSpan, row: Int) {
        // Fields read from the row's RowInfo (copying a RegionRecord retains all its strings).
        let info = gz.index.rowInfo[row]
        relativeRefs.append(RegionReference(span: span, articleIndex: articleIndex(at: span.start),
                                            code: info.effectiveCode, name: info.name, level: info.level,
                                            isRelative: true))
    }

    // MARK: regions output

    func buildRegions() -> ([RegionEntity], [RegionReference]) {
        var out: [RegionEntity] = []
        out.reserveCapacity(regionMentions.count)
        var outKeys: [Int] = []     // per entity of `out`: its RegionIndex.nameCodeKey (few: a linear search)
        var refs: [RegionReference] = []
        refs.reserveCapacity(regionMentions.count + relativeRefs.count)
        // `(named + relative)` stably sorted by span, built as a merge: the named references come
        // in text order (mentions do not overlap), and the few relative ones, ordered here, are
        // merged in as they go, ties taken from the named ones first.
        let relativeOrder = relativeOrder()
        var nextRelative = 0
        let inPerson = coverage(of: personSpans)
        // Fields are read from the rows' RowInfo (copying a RegionRecord retains all its strings).
        let regions = gz.regions, index = gz.index
        let rowInfo = index.rowInfo
        for m in regionMentions where m.accepted && !m.masked {
            if covers(inPerson, m.start, m.end) { continue }
            let ai = articleIndex(at: m.start)
            guard let row = m.row else {
                let first = rowInfo[Int(index.refInfo[Int(m.refs.start)].row)]
                appendRelative(to: &refs, relativeOrder, &nextRelative, before: TextSpan(m.start, m.end))
                refs.append(RegionReference(span: TextSpan(m.start, m.end), articleIndex: ai, code: nil,
                                            name: first.name, level: first.level, isRelative: false))
                continue
            }
            let info = rowInfo[row]
            let code = info.effectiveCode   // Gazetteer.effectiveCode of the row
            appendRelative(to: &refs, relativeOrder, &nextRelative, before: TextSpan(m.start, m.end))
            refs.append(RegionReference(span: TextSpan(m.start, m.end), articleIndex: ai, code: code,
                                        name: info.name, level: info.level, isRelative: false))
            // The mention's text is the name it matched (the gazetteer's string, shared).
            let surface = index.refNames[Int(m.refs.start)]
            let mention = Mention(articleIndex: ai, span: TextSpan(m.start, m.end), surface: surface)
            let key = Int(info.nameCodeKey)
            if let k = outKeys.firstIndex(of: key) { out[k].mentions.append(mention); continue }
            outKeys.append(key)
            let retired = info.retired
            out.append(RegionEntity(code: code, name: info.name, fullName: index.effectiveFullPath[row],
                                    level: index.effectiveLevel[row], historicalCode: retired ? regions[row].code : nil,
                                    retired: retired, mentions: [mention]))
        }
        appendRelative(to: &refs, relativeOrder, &nextRelative, before: nil)
        return (out, refs)
    }

    /// The indices of `relativeRefs` ordered by span, ties by index (a stable sort).
    func relativeOrder() -> [Int] {
        if relativeRefs.isEmpty { return [] }
        return relativeRefs.indices.sorted { a, b in
            let x = relativeRefs[a].span, y = relativeRefs[b].span
            return x != y ? x < y : a < b
        }
    }

    /// Appends the relative references of `order` from `next` on whose span is before `span`
    /// (all the rest when `span` is nil): a named reference at `span` comes after them and
    /// before the others (ties go to the named one).
    func appendRelative(to refs: inout [RegionReference], _ order: [Int], _ next: inout Int, before span: TextSpan?) {
        while next < order.count {
            let r = order[next]
            if let span, !(relativeRefs[r].span < span) { return }
            refs.append(relativeRefs[r]); next += 1
        }
    }
}

extension PageRun {
    /// A per-offset mask of the scalars covered by `spans` (size `n + 1`).
    func coverage(of spans: [TextSpan]) -> [Bool] {
        var mask = [Bool](repeating: false, count: n + 1)
        for sp in spans {
            var k = max(0, sp.start)
            while k < min(sp.end, n + 1) { mask[k] = true; k += 1 }
        }
        return mask
    }

    /// True when a scalar of `a..<b` is covered in `mask` (the span overlaps a covered span).
    @inline(__always) func covers(_ mask: [Bool], _ a: Int, _ b: Int) -> Bool {
        var k = max(0, a)
        let e = min(b, mask.count)
        while k < e { if mask[k] { return true }; k += 1 }
        return false
    }
}

/// The best row of a level so far in ``PageRun/computeMainRegions()``.
struct LevelBest {
    var weight: Int
    var first: Int
    var row: Int

    /// Whether this row replaces `best`: a higher weight, or the same weight and an earlier first start.
    @inline(__always) func beats(_ best: LevelBest?) -> Bool {
        guard let b = best else { return true }
        return !((b.weight, -b.first) >= (weight, -first))
    }
}

/// A row per region level (the main regions of an article or page), read like a
/// `[RegionLevel: Int]`.
struct LevelRows {
    var province: Int? = nil
    var prefecture: Int? = nil
    var county: Int? = nil

    subscript(_ level: RegionLevel) -> Int? {
        switch level { case .province: return province; case .prefecture: return prefecture; case .county: return county }
    }
}

/// Page-local slots for gazetteer rows, numbered in first-seen order: a small open-addressing
/// table sized by the rows a page can touch, instead of an array over the whole gazetteer.
struct RowSlots {
    /// Per table entry: row + 1 (0 when empty) and its slot.
    private var keys: [Int32]
    private var values: [Int32]
    private let shift: Int
    /// The rows in slot order.
    private(set) var rows: [Int] = []

    init(maxRows: Int) {
        var bits = 3
        while (1 << bits) < 2 * maxRows { bits += 1 }
        keys = [Int32](repeating: 0, count: 1 << bits)
        values = [Int32](repeating: 0, count: 1 << bits)
        shift = 64 - bits
    }

    /// The row's slot, a new one when the row is first seen.
    mutating func slot(of row: Int) -> Int {
        let mask = keys.count - 1
        var h = Int(truncatingIfNeeded: (UInt64(row) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
        while true {
            let k = keys[h]
            if k == Int32(row + 1) { return Int(values[h]) }
            if k == 0 {
                keys[h] = Int32(row + 1); values[h] = Int32(rows.count); rows.append(row)
                return rows.count - 1
            }
            h = (h + 1) & mask
        }
    }
}

/// Offset → index map as a flat array (-1 for none).
struct OffsetIndex {
    private var slots: [Int32]
    init(count: Int) { slots = Array(repeating: -1, count: count) }
    subscript(_ offset: Int) -> Int? {
        get {
            guard offset >= 0 && offset < slots.count else { return nil }
            let v = slots[offset]; return v < 0 ? nil : Int(v)
        }
        set { if offset >= 0 && offset < slots.count { slots[offset] = Int32(newValue ?? -1) } }
    }
}

/// Page-local marks on interned region code ids (``RegionIndex/codeID``): flat flags instead of
/// hashed sets, plus the directly named codes in first-naming order.
struct CodeMarks {
    static let direct: UInt8 = 1, lineage: UInt8 = 2, siblingParent: UInt8 = 4
    private var flags: [UInt8]
    /// Codes marked ``direct``, each once.
    private(set) var directCodes: [Int] = []

    init(codeCount: Int) { flags = [UInt8](repeating: 0, count: codeCount) }

    @inline(__always) func has(_ code: Int, _ mark: UInt8) -> Bool { flags[code] & mark != 0 }

    @inline(__always) mutating func insert(_ code: Int, _ mark: UInt8) { flags[code] |= mark }

    mutating func insertDirect(_ code: Int) {
        if !has(code, Self.direct) { directCodes.append(code); flags[code] |= Self.direct }
    }
}
