import NewsText

private let chineseDigits = ScalarSet("一二两三四五六七八九十百千万几".unicodeScalars)
/// The name lengths ``PageRun/nameEnding(at:allowTwo:)`` tries, in order (shared arrays, not a
/// literal built per call).
private let nameLengthsWithTwo = [3, 2, 4], nameLengths = [3, 4]
private let listSeparators = ScalarSet("、,,;;:: \u{3000}\n(（".unicodeScalars)

extension PageRun {
    mutating func extractPeople() -> [PersonEntity] {
        var people: [PersonEntity] = []
        var byName = NameIndex()
        func add(_ name: String, _ title: String?, _ role: BylineRole?, _ span: TextSpan, _ org: String? = nil) {
            let m = Mention(articleIndex: articleIndex(at: span.start), span: span, surface: name, role: title)
            if let k = byName.value(of: name, orInsert: people.count) {
                if !people[k].mentions.contains(where: { $0.span == span }) { people[k].mentions.append(m) }
                if people[k].title == nil && role == nil { people[k].title = title }
                return
            }
            people.append(PersonEntity(name: name, title: title, bylineRole: role, organization: org, mentions: [m]))
        }
        // Bylines.
        for a in articles {
            for bp in a.people { add(bp.name, bp.label, bp.role, bp.span) }
        }
        var next = 0   // the scan resumes here (after a title and name)
        for p in scan.offsets(ScanClasses.person) where Int(p) >= next {
            let i = Int(p)
            let c = s[i]
            // The flags tell which of the title tables can match here (their first-scalar tests).
            let flags = scan.flags(at: i)
            // Title + name.
            if flags & ScanClasses.titleStart != 0, let t = lex.titles.longest(s, atStarter: i) {
                let e = i + t.length
                var j = e
                if j < n && (s[j] == " " || s[j] == "\u{3000}") { j += 1 }
                let weak = t.value
                if let len = nameLength(at: j, weak: weak) {
                    let name = text(j, j + len)
                    // A strong title extends left over its organization (built once, from its start).
                    let ts = weak ? i : extendTitleLeft(from: i)
                    let title = text(ts, e)
                    let org: String? = weak ? nil : orgName(in: TextSpan(ts, i))
                    add(name, title, nil, TextSpan(j, j + len), org)
                    personSpans.append(TextSpan(j, j + len))
                    next = j + len; continue
                }
            }
            // Name + title (王淑英调解员).
            if flags & ScanClasses.postTitleStart != 0, let pt = lex.postTitles.longest(s, atStarter: i), i >= 3 {
                if let st = nameEnding(at: i, allowTwo: false) {
                    add(text(st, i), text(i, i + pt.length), nil, TextSpan(st, i))
                    personSpans.append(TextSpan(st, i))
                }
            }
            // Name 等 N 名 (同志).
            if c == "等", i + 1 < n, isASCIIDigit(s[i + 1]) || chineseDigits.contains(s[i + 1]) {
                var k = i + 1
                while k < n && k - i < 8 && (isASCIIDigit(s[k]) || chineseDigits.contains(s[k])) { k += 1 }
                if k < n && (s[k] == "名" || s[k] == "位"), let st = nameEnding(at: i, allowTwo: true) {
                    add(text(st, i), nil, nil, TextSpan(st, i))
                    personSpans.append(TextSpan(st, i))
                }
            }
            // Name 是一位 / 是一名 … title.
            if c == "是", i + 2 < n, s[i + 1] == "一", s[i + 2] == "位" || s[i + 2] == "名",
               let st = nameEnding(at: i, allowTwo: true) {
                var k = i + 3
                var title: String? = nil
                while k < n && k - i < 20 && isHan(s[k]) || (k < n && isASCIIDigit(s[k])) {
                    if s[k] == "的", let t = lex.titles.longest(s, at: k + 1), k + 1 + t.length <= n,
                       k + 1 + t.length == n || !isHan(s[k + 1 + t.length]) {
                        title = text(k + 1, k + 1 + t.length); break
                    }
                    k += 1
                }
                if let title {
                    add(text(st, i), title, nil, TextSpan(st, i))
                    personSpans.append(TextSpan(st, i))
                }
            }
        }
        // Every other occurrence of a found name. One pass over the page collects the offsets of
        // the names' first scalars (one flat list); each name is then matched greedily left to
        // right at those of its offsets only (the same occurrences as scanning the whole page per name).
        var names: [[Unicode.Scalar]] = []
        names.reserveCapacity(people.count)
        var firsts: [UInt32] = []   // distinct first scalars of the names of 2 or more scalars
        for p in people {
            let name = scalars(p.name)
            names.append(name)
            if name.count >= 2, !firsts.contains(name[0].value) { firsts.append(name[0].value) }
        }
        let hits = offsetsByScalar(firsts)
        for k in people.indices {
            let name = names[k]
            guard name.count >= 2 else { continue }
            var next = 0
            for q in hits.offsets(of: firsts.firstIndex(of: name[0].value)!) where q >= next && q + name.count <= n {
                if hasPrefix(s, q, name) {
                    let sp = TextSpan(q, q + name.count)
                    if !people[k].mentions.contains(where: { $0.span.overlaps(sp) }) {
                        people[k].mentions.append(Mention(articleIndex: articleIndex(at: q), span: sp, surface: people[k].name))
                    }
                    next = q + name.count
                }
            }
            people[k].mentions.sort { $0.span < $1.span }
        }
        return people
    }

    /// The offsets of the page holding each of `keys` (distinct scalar values), ascending per key:
    /// one pass over the page, then the hits grouped by key in one flat list (a counting sort).
    func offsetsByScalar(_ keys: [UInt32]) -> GroupedOffsets {
        guard !keys.isEmpty else { return GroupedOffsets(starts: [0], items: []) }
        var mask = ScalarBits()
        for v in keys { mask.insert(v) }
        var hitOffsets: [Int] = [], hitKeys: [Int] = []
        s.withUnsafeBufferPointer { text in   // a page-long loop: no bounds checks on the text
            for q in 0..<n {
                let v = text[q].value
                if v < 0x10000 ? mask.contains(bmp: v) : keys.contains(v), let key = keys.firstIndex(of: v) {
                    hitOffsets.append(q); hitKeys.append(key)
                }
            }
        }
        var starts = [Int](repeating: 0, count: keys.count + 1)
        for key in hitKeys { starts[key + 1] += 1 }
        for key in keys.indices { starts[key + 1] += starts[key] }
        var fill = starts
        var items = [Int](repeating: 0, count: hitOffsets.count)
        for (q, key) in zip(hitOffsets, hitKeys) { items[fill[key]] = q; fill[key] += 1 }
        return GroupedOffsets(starts: starts, items: items)
    }

    /// Surname at `j`: 1 for a single surname, 2 for a compound one, nil otherwise.
    func surnameLength(at j: Int) -> Int? {
        guard j < n else { return nil }
        if let c = lex.compoundSurnames.longest(s, at: j) { return c.length }
        return Lexicons.singleSurnames.contains(s[j]) ? 1 : nil
    }

    func validName(_ j: Int, _ len: Int) -> Bool {
        guard let sl = surnameLength(at: j) else { return false }
        return validName(j, len, surname: sl)
    }

    /// ``validName(_:_:)`` where the surname at `j` is known to be `sl` scalars long
    /// (``surnameLength(at:)``, looked up once by callers trying several lengths).
    func validName(_ j: Int, _ len: Int, surname sl: Int) -> Bool {
        guard len > sl, len - sl <= 2, j + len <= n else { return false }
        for k in j..<(j + len) {
            if !isHan(s[k]) { return false }
            if k >= j + sl && Lexicons.nonNameChars.contains(s[k]) { return false }
        }
        if lex.anonymous.longest(s, at: j + sl) != nil { return false }
        let sp = TextSpan(j, j + len)
        if covers(orgCovered, sp.start, sp.end) { return false }
        if let k = regionStartingAt[j], regionMentions[k].end >= j + len - 0 && regionMentions[k].end - j >= 2 &&
            gz.index.refInfo[Int(regionMentions[k].refs.start)].level != .county { return false }
        return true
    }

    func followsName(_ end: Int) -> Bool {
        if end >= n || !isHan(s[end]) { return true }
        return lex.followers.longest(s, at: end) != nil
    }

    /// Length of a person's name starting at `j` after a title, or nil.
    func nameLength(at j: Int, weak: Bool) -> Int? {
        guard j < n, isHan(s[j]), let sl = surnameLength(at: j) else { return nil }
        let short = sl + 1, long = sl + 2
        let longValid = validName(j, long, surname: sl)
        if longValid && followsName(j + long) { return long }
        if validName(j, short, surname: sl) && (weak ? (j + short >= n || !isHan(s[j + short])) : followsName(j + short)) {
            return short
        }
        if weak { return nil }
        return longValid ? long : nil
    }

    /// Start of a person's name ending at `end` (before a post-title, 等, 是), or nil.
    func nameEnding(at end: Int, allowTwo: Bool) -> Int? {
        for len in (allowTwo ? nameLengthsWithTwo : nameLengths) {
            let st = end - len
            guard st >= 0, let sl = surnameLength(at: st) else { continue }
            if validName(st, len, surname: sl) && (st == 0 || listSeparators.contains(s[st - 1]) || isBoundaryBefore(st)) {
                if len - sl >= 1 { return st }
            }
        }
        return nil
    }

    /// Start of a title written before a title word: organizations, places, 、-joined parts.
    func extendTitleLeft(from i: Int) -> Int {
        var k = i
        var steps = 0
        while k > 0 && i - k < 40 && steps < 60 {
            steps += 1
            if let sp = orgSpans.first(where: { $0.end == k }) { k = sp.start; continue }
            if let r = regionEndingAt[k] { k = regionMentions[r].start; continue }
            let c = s[k - 1]
            if c == "、" { k -= 1; continue }
            if !isHan(c) || c == "某" { break }
            if let b = lex.boundary.longestEnding(s, at: k) {
                if b.length == 1, k < n, lex.isProtected(c, s[k]) {} else { break }
            }
            k -= 1
        }
        while k < i && s[k] == "、" { k += 1 }
        return k
    }

    func orgName(in span: TextSpan) -> String? {
        guard let sp = orgSpans.last(where: { span.contains($0) }) else { return nil }
        return text(sp.start, sp.end)
    }

    // MARK: events

    func extractEvents() -> [EventEntity] {
        var out: [EventEntity] = []
        var byName = NameIndex()
        var next = 0   // the scan resumes here (after an event name)
        for p in scan.offsets(ScanClasses.mark) where Int(p) >= next {
            let i = Int(p)
            if s[i] == "”" {
                var d = 0
                var hit: Int? = nil
                while d <= 6 && i + 1 + d < n && isHan(s[i + 1 + d]) {
                    if let e = lex.eventSuffixes.longest(s, at: i + 1 + d) { hit = i + 1 + d + e.length; break }
                    d += 1
                }
                if let end = hit {
                    var o = i - 1
                    while o >= 0 && i - o < 40 && s[o] != "“" && s[o] != "\n" && s[o] != "”" { o -= 1 }
                    if o >= 0 && s[o] == "“" && o + 1 < i {
                        let name = text(o + 1, i) + text(i + 1, end)
                        let m = Mention(articleIndex: articleIndex(at: o), span: TextSpan(o, end), surface: text(o, end))
                        if let k = byName.value(of: name, orInsert: out.count) { out[k].mentions.append(m) }
                        else { out.append(EventEntity(name: name, mentions: [m])) }
                        next = end; continue
                    }
                }
            }
        }
        return out
    }
}

/// Offsets grouped by key (see ``PageRun/offsetsByScalar(_:)``): key `k`'s offsets are
/// `items[starts[k] ..< starts[k + 1]]`.
struct GroupedOffsets {
    let starts: [Int]
    let items: [Int]

    /// The offsets of key `k`, ascending.
    func offsets(of k: Int) -> ArraySlice<Int> { items[starts[k]..<starts[k + 1]] }
}
