import NewsText

/// A suffix occurrence in the text (plain integers: copying a match retains nothing).
struct SuffixMatch {
    var start: Int
    var end: Int
    /// The suffix, an index into ``CompiledLexicons/suffixList``; as printed here: its `surface`
    /// (the abbreviated 总 included).
    var suffix: Int32
    /// The suffix's `partyCommittee` (read while filtering matches).
    var partyCommittee: Bool
    /// The 总 of 省总 / 市总 (an abbreviation of 总工会).
    var isAbbreviatedUnion = false
}

struct OrgFound {
    var span: TextSpan
    var canonical: String
    var type: OrganizationType
    var regionCode: String?
    var national: Bool
}

/// Public bodies (a switch: cheaper than hashing the enum into a `Set` per candidate).
private func isGovernmentType(_ t: OrganizationType) -> Bool {
    switch t {
    case .union, .procuratorate, .court, .government, .party, .legislature, .department: return true
    default: return false
    }
}
private let relativeLevelChars: ScalarSet = ["省", "市", "区", "县", "州"]
/// Second characters that make a level character part of a word (市场, 区域, 省份 …).
private let relativeNonWordSeconds = ScalarSet("场民域份城级内外属区县直情容值面里政长府辖郊镇委属立".unicodeScalars)
private let coreBadChars = ScalarSet("们了着过要能可应想得很把被让的是在".unicodeScalars)
private let afterSuffixBad = ScalarSet("议了着过".unicodeScalars)
private let abbreviatedUnionNext = ScalarSet("体量结数书经部队站计额和值理监裁局共统指务规价产人后台厂社行编督署则面投监干支".unicodeScalars)
private let locationVerbs: Set<String> = ["入住", "住进", "走进", "来到", "前往", "在", "到", "赴", "于", "进驻"]
/// ``locationVerbs`` as scalars.
private let locationVerbScalars = locationVerbs.map(scalars)
private let zhonggong = scalars("中共")
private let zhonggongzhongyang = scalars("中共中央")
private let zoneWords = WordList(Lexicons.zoneWords)
private let unionUnitWords = WordList(Lexicons.unionUnitWords)
private let genericStartWords = WordList(Lexicons.genericCoreStarts)

extension PageRun {
    mutating func extractOrganizations() -> [OrganizationEntity] {
        var found: [OrgFound] = []
        var nationalSpans: [TextSpan] = []

        // Three scans of the flagged offsets (``ScanPositions``), each independent of the others:
        // 1. national bodies by name, and 全总 (this scan resumes after what it matches);
        // 2. suffix occurrences (at every offset);
        // 3. the offsets of 边检总站 and 一府两院 (read after the suffixes' organizations).
        var nationalFrom = 0   // where the national scan resumes
        for p in scan.offsets(ScanClasses.national) where Int(p) >= nationalFrom {
            let i = Int(p)
            if let e = lex.national.longest(s, atStarter: i) {   // flagged: a starter or 全
                let end = i + e.length
                if !isMasked(i, end) && !inPolicy(i, end) {
                    found.append(OrgFound(span: TextSpan(i, end), canonical: e.value.canonical, type: e.value.type,
                                          regionCode: nil, national: true))
                    nationalSpans.append(TextSpan(i, end))
                }
                nationalFrom = end
            } else if s[i] == "全", i + 1 < n, s[i + 1] == "总",
                      (i + 2 >= n || (s[i + 2] != "工" && s[i + 2] != "体" && s[i + 2] != "量")),
                      i == 0 || !isHan(s[i - 1]) || isBoundaryBefore(i) {
                found.append(OrgFound(span: TextSpan(i, i + 2), canonical: "中华全国总工会", type: .union, regionCode: nil, national: true))
                nationalSpans.append(TextSpan(i, i + 2))
                nationalFrom = i + 2
            }
        }
        var matches: [SuffixMatch] = []
        matches.reserveCapacity(scan.offsets(ScanClasses.orgSuffix).count)
        for p in scan.offsets(ScanClasses.orgSuffix) {
            let i = Int(p)
            let c = s[i]
            if let e = lex.orgSuffixes.longest(s, atStarter: i) {   // flagged: a starter or 总
                matches.append(SuffixMatch(start: i, end: i + e.length, suffix: e.value,
                                           partyCommittee: lex.suffixList[Int(e.value)].partyCommittee))
            } else if c == "总", i > 0, relativeLevelChars.contains(s[i - 1]) {
                let next: Unicode.Scalar? = i + 1 < n ? s[i + 1] : nil
                if next == nil || !(next! == "工" || next! == "会" || abbreviatedUnionNext.contains(next!)) {
                    matches.append(SuffixMatch(start: i, end: i + 1, suffix: lex.abbreviatedUnionIndex,
                                               partyCommittee: lex.abbreviatedUnion.partyCommittee,
                                               isAbbreviatedUnion: true))
                }
            }
        }
        var borderStationAt: [Int] = [], yifuLiangyuanAt: [Int] = []
        let bj = scalars("边检总站"), yf = scalars("一府两院")
        for p in scan.offsets(ScanClasses.mark) {
            // Neither phrase can start inside another occurrence of itself, so all are listed.
            let i = Int(p)
            if s[i] == "边", hasPrefix(s, i, bj) { borderStationAt.append(i) }
            else if s[i] == "一", hasPrefix(s, i, yf) { yifuLiangyuanAt.append(i) }
        }
        // Keep the longest suffix where several share an end (人民检察院 over 检察院, 总工会 over 工会).
        var keptMatches: [SuffixMatch] = []
        keptMatches.reserveCapacity(matches.count)
        for k in matches.indices {
            let ms = matches[k].start, me = matches[k].end
            var inside = false
            var k2 = k - 1
            while k2 >= 0 && matches[k2].start >= ms - 16 {
                let os = matches[k2].start, oe = matches[k2].end
                if os <= ms && oe >= me && (oe - os) > (me - ms) { inside = true; break }
                k2 -= 1
            }
            // Party suffix 县委 followed by 员会 is the 委员会 suffix (dropped; containment above
            // still counts it).
            let partyBeforeYuanhui = matches[k].partyCommittee && me + 1 < n && s[me] == "员" && s[me + 1] == "会"
            if !inside && !partyBeforeYuanhui { keptMatches.append(matches[k]) }
        }
        matches = keptMatches
        var suffixEndingAt = OffsetIndex(count: n + 1)
        for k in matches.indices { suffixEndingAt[matches[k].end] = k }

        found.reserveCapacity(found.count + matches.count + borderStationAt.count + 3 * yifuLiangyuanAt.count)
        orgSoFar = found
        orgSoFar.reserveCapacity(found.capacity)
        orgSoFarTails = found.map { NameTail($0.canonical) }
        orgSoFarTails.reserveCapacity(found.capacity)
        for m in matches {
            if let o = makeOrg(m, suffixEndingAt: suffixEndingAt, matches: matches) {
                if nationalSpans.contains(where: { $0.start <= o.span.start && o.span.end <= $0.end }) { continue }
                if nationalSpans.contains(where: { $0.overlaps(o.span) && !(o.span.start <= $0.start && $0.end <= o.span.end) }) { continue }
                found.append(o)
                orgSoFar.append(o)
                orgSoFarTails.append(NameTail(o.canonical))
            }
        }

        // 3. 边检总站 → the province's 出入境边防检查总站.
        for i in borderStationAt {
            if let row = resolveRelative("省", at: i) {
                let prov = gz.regions[row]
                found.append(OrgFound(span: TextSpan(i, i + 4), canonical: prov.shortName + "出入境边防检查总站",
                                      type: .department, regionCode: gz.effectiveCode(prov), national: false))
            }
        }

        // 4. 一府两院 after a region: its government, procuratorate and court.
        for i in yifuLiangyuanAt {
            var row: Int? = nil
            if let k = regionEndingAt[i] { row = regionMentions[k].row }
            else if i > 0, relativeLevelChars.contains(s[i - 1]), isBoundaryBefore(i - 1) { row = resolveRelative(s[i - 1], at: i - 1) }
            if let row {
                let r = gz.regions[row]
                let court = r.level == .province ? "高级人民法院" : r.level == .prefecture ? "中级人民法院" : "人民法院"
                let code = gz.effectiveCode(r)
                for (suf, t) in [("人民政府", OrganizationType.government), ("人民检察院", .procuratorate), (court, .court)] {
                    found.append(OrgFound(span: TextSpan(i, i + 4), canonical: r.name + suf, type: t, regionCode: code, national: false))
                }
            }
        }

        // Nested: a name only inside another organization's name is not listed on its own.
        found.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end > $1.span.end }
        // In that order only an earlier name can contain a later one: one that starts before it and
        // ends at or after its end, or one that starts with it and ends after it (a sweep, not all pairs).
        var kept: [OrgFound] = []
        kept.reserveCapacity(found.count)
        var maxEndBefore = Int.min   // over names starting before the current start
        var groupStart = Int.min, groupMaxEnd = Int.min
        for o in found {
            if o.span.start != groupStart {
                maxEndBefore = max(maxEndBefore, groupMaxEnd)
                groupStart = o.span.start; groupMaxEnd = Int.min
            }
            let inside = maxEndBefore >= o.span.end || groupMaxEnd > o.span.end
            if !inside { kept.append(o) }
            groupMaxEnd = max(groupMaxEnd, o.span.end)
        }
        // One entity per canonical name.
        var out: [OrganizationEntity] = []
        var byName = NameIndex(capacity: kept.count)   // at most one name per kept organization
        for o in kept {
            // Written in full: the surface is the canonical name's string (same bytes), not a new one.
            let writtenInFull = spanHasUTF8(o.span, of: o.canonical)
            let surface = writtenInFull ? o.canonical : text(o.span.start, o.span.end)
            // The surface is the canonical name itself when written in full (no comparison needed).
            let isCanonical = writtenInFull || sameText(surface, o.canonical)
            let m = Mention(articleIndex: articleIndex(at: o.span.start), span: o.span, surface: surface)
            if let k = byName.value(of: o.canonical, orInsert: out.count) {
                out[k].mentions.append(m)
                if !isCanonical && !out[k].aliases.contains(where: { sameText($0, surface) }) {
                    out[k].aliases.append(surface)
                }
                if out[k].regionCode == nil { out[k].regionCode = o.regionCode }
            } else {
                out.append(OrganizationEntity(canonicalName: o.canonical, type: o.type, regionCode: o.regionCode,
                                              aliases: !isCanonical ? [surface] : [], mentions: [m]))
            }
        }
        orgSpans = kept.map(\.span)
        orgCovered = coverage(of: orgSpans)
        return out
    }

    /// Builds an organization from a suffix occurrence: extends left over the name, reads the
    /// region prefix, and composes the canonical name.
    ///
    /// Mutating (scratch buffer, relative references), so it calls the free `string(s, a, b)`
    /// rather than the method `text(_:_:)`: a non-mutating method or a closure on `self` here made
    /// the compiler copy the whole run (retaining every field) around each call.
    mutating func makeOrg(_ m: SuffixMatch, suffixEndingAt: OffsetIndex, matches: [SuffixMatch]) -> OrgFound? {
        let suffix = lex.suffixList[Int(m.suffix)]
        let suffixStart = suffix.partyCommittee ? m.start + 1 : m.start
        let end = m.end
        if isMasked(m.start, end) || inPolicy(m.start, end) { return nil }
        if end < n, afterSuffixBad.contains(s[end]) { return nil }
        // Left extension.
        var st = suffixStart
        var guardLen = 0
        while st > 0 && suffixStart - st < 24 && guardLen < 40 {
            guardLen += 1
            if let k = regionEndingAt[st] { st = regionMentions[k].start; continue }
            if let k = suffixEndingAt[st], k < matches.count {
                // An organization directly attached (公司工会) or followed by a place (管理局长春遣返中心).
                if st == suffixStart || regionStartingAt[st] != nil { st = matches[k].start; continue }
                break
            }
            let c = s[st - 1]
            if !isHan(c) { break }
            if let b = lex.boundary.longestEnding(s, at: st) {
                if b.length == 1, st < n, lex.isProtected(c, s[st]) {
                    // part of a protected word
                } else { break }
            }
            st -= 1
        }
        if suffixStart - st >= 24 { return nil }
        // 餐饮与美食协会: a short word joined by 与 / 和 at the start of a clause belongs to the name.
        if !isGovernmentType(suffix.type), st >= 3, s[st - 1] == "与" || s[st - 1] == "和" {
            var q = st - 1
            while q > 0 && isHan(s[q - 1]) && st - 1 - q < 5 { q -= 1 }
            let seg = st - 1 - q
            if seg >= 2 && seg <= 4 && (q == 0 || !isHan(s[q - 1])) && regionEndingAt[st - 1] == nil &&
                lex.orgSuffixes.longestEnding(s, at: st - 1) == nil && lex.boundary.longestEnding(s, at: st - 1) == nil &&
                !anyRegionStarts(in: q, st - 1) {
                st = q
            }
        }
        // Cut verbs or nouns standing before the first place name or national prefix.
        var firstTok: Int? = nil
        var p = st
        while p < suffixStart {
            if regionStartingAt[p] != nil || lex.nationalPrefixes.longest(s, at: p) != nil || hasPrefix(s, p, zhonggong) { firstTok = p; break }
            p += 1
        }
        if let f = firstTok, f > st {
            if suffixEndingAt[f] == nil { st = f }
        }
        if st == suffixStart && !m.isAbbreviatedUnion && !suffix.partyCommittee {
            return nil  // bare 工会 / 法院 / 检察院
        }
        // Prefix: 中共, national prefix, region tokens or one relative level word.
        p = st
        var party = suffix.partyCommittee
        if hasPrefix(s, p, zhonggong) && !hasPrefix(s, p, zhonggongzhongyang) { party = true; p += 2 }
        var nationalLed = false
        var regionRow: Int? = nil
        /// The span of the last region token of the prefix (its text is read only for the name).
        var regionToken: TextSpan? = nil
        var relative = false
        var sawRegion = false
        if let np = lex.nationalPrefixes.longest(s, at: p), p + np.length <= suffixStart {
            nationalLed = true
            p += np.length
        } else {
            while p < suffixStart, let k = regionStartingAt[p], regionMentions[k].end <= suffixStart {
                regionRow = regionMentions[k].row
                regionToken = TextSpan(regionMentions[k].start, regionMentions[k].end)
                sawRegion = true
                p = regionMentions[k].end
            }
            if !sawRegion {
                var lvl: Unicode.Scalar? = nil
                var len = 0
                if relativeLevelChars.contains(s[p]) && (p + 1 >= suffixStart || !relativeNonWordSeconds.contains(s[p + 1])) {
                    lvl = s[p]; len = 1
                } else if (s[p] == "本" || s[p] == "我") && p + 1 < suffixStart && relativeLevelChars.contains(s[p + 1]) {
                    lvl = s[p + 1]; len = 2
                }
                if let lvl {
                    guard let row = resolveRelative(lvl, at: p) else { return nil }
                    // 区总工会 after 西青经济技术开发区总工会: the same body, when it is nearer than the region.
                    if p + len == suffixStart, let prev = nearestSameKind(level: lvl, suffix: suffix, before: p, regionRow: row) {
                        addRelative(TextSpan(p, p + len), row: row)
                        return OrgFound(span: TextSpan(st, end), canonical: prev.canonical, type: prev.type,
                                        regionCode: prev.regionCode, national: false)
                    }
                    addRelative(TextSpan(p, p + len), row: row)
                    regionRow = row
                    relative = true
                    p += len
                }
            }
        }
        // Regions inside a national-led name give its region (国家移民管理局长春遣返中心).
        if nationalLed {
            var q = p
            while q < suffixStart {
                if let k = regionStartingAt[q] { regionRow = regionMentions[k].row; q = regionMentions[k].end } else { q += 1 }
            }
        }
        // The core in a buffer reused across candidates (no array per candidate).
        coreBuffer.removeAll(keepingCapacity: true)
        coreBuffer.append(contentsOf: s[p..<suffixStart])
        let core = coreBuffer
        let hasRegion = sawRegion || relative
        // Validation.
        if core.count > 16 { return nil }
        if core.contains(where: { coreBadChars.contains($0) }) { return nil }
        if lex.isGenericCore(core) { return nil }
        if !core.isEmpty, genericStartWords.anyIsPrefix(of: core) { return nil }
        if hasRegion && core.isEmpty && suffix.genericWithRegionOnly { return nil }
        let endsWithZone = zoneWords.anyIsProperSuffix(of: core)
        if !hasRegion && !nationalLed && !party {
            if suffix.needsRegion && !(endsWithZone && core.count >= 4) { return nil }
            if core.count < 2 { return nil }
        }
        if suffix.genericWithRegionOnly {
            // A union without 总 names a body only after a unit (东园社区工会, 雍鑫集团工会).
            let attached = suffixEndingAt[suffixStart] != nil
            let unit = unionUnitWords.anyIsProperSuffix(of: core)
            if !attached && !unit && !endsWithZone { return nil }
        }
        let flags = suffix.flags   // of the printed suffix (see CompiledLexicons.abbreviatedUnion)
        if flags.isBase && (core.count < 3 || !hasRegion || containsGongye(core)) { return nil }
        if flags.isBureauOrHall && core.count < 2 { return nil }
        if suffix.type == .other && !nationalLed {
            if !hasRegion { return nil }
            if let b = lex.boundary.longestEnding(s, at: st), isLocationVerb(st - b.length, st) { return nil }
        }
        if relative && regionRow == nil { return nil }
        if sawRegion && regionRow == nil && core.isEmpty { return nil }

        // Canonical name.
        let type: OrganizationType
        var suffixText: String
        let isAbbrev = !flags.surfaceIsCanonical && (suffix.type == .department || m.isAbbreviatedUnion ||
                                                     flags.isHighOrMiddleCourt)
        if core.isEmpty || isAbbrev { suffixText = suffix.canonical } else { suffixText = suffix.surface }
        // The region part of the name: a name (String) or a span of the page.
        var regionName: String? = nil
        var regionSpan: TextSpan? = nil
        var partyName = party
        if let row = regionRow, !nationalLed {
            // The row's name is read from its RowInfo (copying the RegionRecord retains all its strings).
            if flags.isBorderStation {
                let r = gz.regions[row]
                let prov = r.level == .province ? r : (gz.ancestors(ofCode: gz.effectiveCode(r)).last ?? r)
                regionName = prov.shortName
            } else if relative || (core.isEmpty && isGovernmentType(suffix.type)) || party {
                regionName = gz.index.rowInfo[row].name
            } else if let tok = regionToken {
                regionSpan = tok
            } else {
                regionName = gz.index.rowInfo[row].name
            }
        } else if !nationalLed, let tok = regionToken {
            regionSpan = tok
        }
        if nationalLed { regionSpan = TextSpan(st, p) }
        if flags.isCommittee && core.isEmpty && hasRegion { partyName = true }
        if partyName {
            type = .party
            suffixText = "委员会"
            if suffix.partyCommittee == false && !flags.isCommittee { partyName = false }
        } else {
            type = suffix.type
        }
        if partyName && !hasRegion { return nil }
        let canonical = composeName(party: partyName, regionName: regionName, regionSpan: regionSpan,
                                    core: p..<suffixStart, suffix: suffixText)
        var regionCode: String? = nil
        if let row = regionRow { regionCode = gz.index.rowInfo[row].effectiveCode }
        return OrgFound(span: TextSpan(st, end), canonical: canonical, type: type, regionCode: regionCode, national: nationalLed)
    }
}

extension PageRun {
    /// Whether the UTF-8 of the page's text in `span` is exactly the bytes of `string` (encoded
    /// scalar by scalar and compared, no `String` built).
    func spanHasUTF8(_ span: TextSpan, of string: String) -> Bool {
        var string = string
        let a = max(0, span.start), b = min(n, span.end)
        return string.withUTF8 { bytes in
            var i = 0
            var k = a
            while k < b {
                let v = s[k].value
                if v < 0x80 {
                    if i >= bytes.count || bytes[i] != UInt8(v) { return false }
                    i += 1
                } else if v < 0x800 {
                    if i + 2 > bytes.count || bytes[i] != UInt8(0xC0 | (v >> 6)) || bytes[i + 1] != UInt8(0x80 | (v & 0x3F)) { return false }
                    i += 2
                } else if v < 0x10000 {
                    if i + 3 > bytes.count || bytes[i] != UInt8(0xE0 | (v >> 12)) || bytes[i + 1] != UInt8(0x80 | ((v >> 6) & 0x3F))
                        || bytes[i + 2] != UInt8(0x80 | (v & 0x3F)) { return false }
                    i += 3
                } else {
                    if i + 4 > bytes.count || bytes[i] != UInt8(0xF0 | (v >> 18)) || bytes[i + 1] != UInt8(0x80 | ((v >> 12) & 0x3F))
                        || bytes[i + 2] != UInt8(0x80 | ((v >> 6) & 0x3F)) || bytes[i + 3] != UInt8(0x80 | (v & 0x3F)) { return false }
                    i += 4
                }
                k += 1
            }
            return i == bytes.count
        }
    }

    /// `(party ? "中共" : "") + region + core + suffix`, where the region is `regionName`, else the
    /// text of `regionSpan`, else empty, and `core` is a range of the page: the UTF-8 is written
    /// once into a buffer and made a `String` once (no intermediate strings).
    mutating func composeName(party: Bool, regionName: String?, regionSpan: TextSpan?, core: Range<Int>,
                              suffix: String) -> String {
        nameBytes.removeAll(keepingCapacity: true)
        if party { nameBytes.append(contentsOf: "中共".utf8) }
        if let regionName { nameBytes.append(contentsOf: regionName.utf8) }
        else if let sp = regionSpan { appendUTF8(&nameBytes, s, max(0, sp.start), min(n, sp.end)) }
        appendUTF8(&nameBytes, s, core.lowerBound, core.upperBound)
        nameBytes.append(contentsOf: suffix.utf8)
        // Valid UTF-8 by construction (strings' bytes and encoded scalars), so it is copied
        // without the validation of `String(decoding:as:)` (as `CleanText.utf8String` does).
        return nameBytes.withUnsafeBufferPointer { buf in
            String(copying: UTF8Span(unchecked: Span(_unsafeElements: buf), isKnownASCII: false))
        }
    }

    /// Whether `s[a..<b]` is one of ``locationVerbs`` (compared as scalars, no `String` built:
    /// the verbs and Han text are inert, see ``isInert(_:)``; other text is compared as a `String`).
    func isLocationVerb(_ a: Int, _ b: Int) -> Bool {
        let lo = max(0, a), hi = min(n, b)
        var inert = true
        var k = lo
        while k < hi { let v = s[k].value; if !(v < 0x80 || (v >= 0x4E00 && v <= 0x9FFF)) { inert = false; break }; k += 1 }
        if !inert { return locationVerbs.contains(string(s, a, b)) }
        for w in locationVerbScalars where w.count == hi - lo && hasPrefix(s, lo, w) { return true }
        return false
    }

    /// Whether an accepted region mention starts in `a..<b` (a loop, not a closure: a closure
    /// capturing `self` in a mutating method made the compiler copy the whole run).
    func anyRegionStarts(in a: Int, _ b: Int) -> Bool {
        var k = a
        while k < b { if regionStartingAt[k] != nil { return true }; k += 1 }
        return false
    }

    /// The nearest earlier organization in the article whose name ends with the level word and the
    /// suffix (…开发区总工会 for 区总工会), when it comes after the nearest region of that level.
    func nearestSameKind(level: Unicode.Scalar, suffix: OrgSuffix, before p: Int, regionRow: Int) -> OrgFound? {
        let a = articleIndex(at: p)
        // The last earlier organization of the article whose name ends with the level and the suffix
        // (its tail tested first; fields read in place, not copying the OrgFound and its strings).
        let want = NameTail(level, suffix.canonical)
        var found = -1
        var k0 = orgSoFar.count - 1
        while k0 >= 0 {
            if orgSoFarTails[k0].mayEndWith(want) && orgSoFar[k0].span.end <= p
                && endsWith(orgSoFar[k0].canonical, level, suffix.canonical) && articleIndex(at: orgSoFar[k0].span.start) == a {
                found = k0; break
            }
            k0 -= 1
        }
        guard found >= 0 else { return nil }
        let prev = orgSoFar[found]
        // The nearest preceding region mention that fits the level.
        // (Mentions are in text order, so scan back from the last one ending by `p`.)
        var regionAt = -1
        var k = firstMention(endingAfter: p) - 1
        while k >= 0 {
            let m = regionMentions[k]
            if m.accepted && !m.masked, let row = m.row, fits(row, level) { regionAt = m.start; break }
            k -= 1
        }
        return prev.span.start >= regionAt ? prev : nil
    }
}

/// The UTF-8 byte count of a name and its last (up to) eight bytes, the last in the low byte: a
/// test that rejects most names not ending with a given text before their bytes are compared.
struct NameTail {
    private(set) var last8: UInt64 = 0
    private(set) var byteCount = 0

    init(_ name: String) {
        var name = name
        (last8, byteCount) = name.withUTF8 { b in
            var tail: UInt64 = 0
            for i in max(0, b.count - 8)..<b.count { tail = tail << 8 | UInt64(b[i]) }
            return (tail, b.count)
        }
    }

    /// The tail of `level` + `suffix`.
    init(_ level: Unicode.Scalar, _ suffix: String) {
        for b in level.utf8 { add(b) }
        for b in suffix.utf8 { add(b) }
    }

    private mutating func add(_ b: UInt8) { last8 = last8 << 8 | UInt64(b); byteCount += 1 }

    /// False when the name cannot be longer than `tail`'s text and end with it (their byte counts,
    /// or their last bytes, differ); true otherwise (then the bytes must still be compared).
    @inline(__always) func mayEndWith(_ tail: NameTail) -> Bool {
        guard byteCount > tail.byteCount else { return false }
        let k = min(8, tail.byteCount)
        let mask: UInt64 = k == 8 ? ~0 : (1 << UInt64(8 * k)) - 1
        return (last8 ^ tail.last8) & mask == 0
    }
}

/// Whether the scalars of `s` are more than those of `level` + `tail` and end with them, compared
/// as UTF-8 bytes (no scalar array built): the bytes of `level` + `tail` start with a lead byte, so
/// a byte suffix match starts on a scalar boundary and is a scalar suffix match; and more bytes
/// before it means at least one more scalar.
private func endsWith(_ s: String, _ level: Unicode.Scalar, _ tail: String) -> Bool {
    var s = s, tail = tail
    return s.withUTF8 { sb in
        tail.withUTF8 { tb in
            let levelBytes = level.utf8
            let want = levelBytes.count + tb.count
            guard sb.count > want else { return false }
            let base = sb.count - want
            var i = 0
            while i < tb.count { if sb[base + levelBytes.count + i] != tb[i] { return false }; i += 1 }
            i = 0
            while i < levelBytes.count { if sb[base + i] != levelBytes[i] { return false }; i += 1 }
            return true
        }
    }
}

/// `String(core).contains("工业")`. The `String` search compares `Character`s; over scalars that
/// are inert under normalization and grapheme breaking (ASCII, CJK unified ideographs: see
/// ``isInert(_:)``) it finds exactly the scalar pair, so the `String` is built and searched only
/// otherwise.
private func containsGongye(_ core: [Unicode.Scalar]) -> Bool {
    guard isInert(core) else { return string(core[...]).contains("工业") }
    var k = 0
    while k + 1 < core.count { if core[k] == "工" && core[k + 1] == "业" { return true }; k += 1 }
    return false
}
