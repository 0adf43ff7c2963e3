/// Reads the people of a byline or credit: `本报记者 陈华`, `记者田国奎 通讯员燕飞`,
/// `毛朝阳、胡英、郑慧明报道`, `本报通讯员 朱华南 薄紫云 摄`.
///
/// Works on a scalar range; a label (`记者`, `通讯员` …) applies to the names after it
/// until the next label. A trailing `摄` makes every person a photographer.
enum BylineParser {
    struct Label {
        let text: [Unicode.Scalar]
        let role: BylineRole
        /// `text` as a `String`, built once (the ``BylinePerson/label`` of the people it labels).
        let string: String
        init(text: [Unicode.Scalar], role: BylineRole) {
            self.text = text; self.role = role
            self.string = String(String.UnicodeScalarView(text))
        }
    }

    /// Labels, longest first so that `本报记者` wins over `记者`.
    static let labels: [Label] = {
        let raw: [(String, BylineRole)] = [
            ("本报特约记者", .reporter), ("本报见习记者", .reporter), ("本报实习记者", .reporter),
            ("本报摄影记者", .photographer), ("本报特约通讯员", .correspondent),
            ("本报记者", .reporter), ("本报通讯员", .correspondent), ("本台记者", .reporter),
            ("特约通讯员", .correspondent), ("特约记者", .reporter), ("见习记者", .reporter),
            ("实习记者", .reporter), ("摄影记者", .photographer), ("新华社记者", .reporter),
            ("记者", .reporter), ("通讯员", .correspondent), ("实习生", .reporter),
            ("摄影", .photographer), ("文/", .reporter), ("图/", .photographer),
        ]
        return raw.map { Label(text: ScalarMatch.scalars($0.0), role: $0.1) }
            .sorted { $0.text.count > $1.text.count }
    }()

    static let report = ScalarMatch.scalars("报道")
    static let photo: Unicode.Scalar = "摄"

    /// The outcome of reading a byline range.
    struct Result {
        var people: [BylinePerson] = []
        /// True when every token was a label, a name or a marker (摄, 报道).
        var complete = true
        /// True when a label was printed for at least one person.
        var labelled = false
        /// True when the byline ends in 摄 (photo credit).
        var photo = false
        /// True when the byline ends in 报道.
        var reported = false
    }

    /// The first scalars of the labels, sorted: a position whose scalar is not one of them
    /// starts no label (most positions), and is rejected without walking the label list.
    static let labelStarts: [UInt32] = Array(Set(labels.map { $0.text[0].value })).sorted()

    static func label(at i: Int, in text: [Unicode.Scalar], end: Int) -> Label? {
        guard i >= 0, i < end, i < text.count, labelStarts.contains(text[i].value) else { return nil }
        for l in labels where ScalarMatch.hasPrefix(text, at: i, l.text, end: end) { return l }
        return nil
    }

    @inline(__always) static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x3001, 0x2C, 0xFF0C, 0x2F:
            return true
        // Box and bullet marks printed before bylines: □ ■ ◎ ● ○ ▲ △ ★ ☆ ◆ ◇
        case 0x25A1, 0x25A0, 0x25CE, 0x25CF, 0x25CB, 0x25B2, 0x25B3, 0x2605, 0x2606, 0x25C6, 0x25C7:
            return true
        default:
            return false
        }
    }

    /// Reads every token of `text[range]` as labels, names and markers.
    /// - Parameter unlabelledRole: the role of names printed without a label.
    static func parse(_ text: [Unicode.Scalar], _ range: Range<Int>, unlabelledRole: BylineRole = .reporter) -> Result {
        var result = Result()
        var current: Label? = nil
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let s = text[i]
            if isSeparator(s) || s == ":" { i += 1; continue }
            if let l = label(at: i, in: text, end: end) {
                current = l; result.labelled = true
                i += l.text.count
                continue
            }
            // A token: a run of Han characters (and middle dots).
            var j = i
            while j < end, ScalarClass.isHan(text[j]) || text[j].value == 0x00B7 {
                if j - i >= 2, label(at: j, in: text, end: end) != nil { break }
                j += 1
            }
            if j == i { result.complete = false; return result }
            if j < end, !isSeparator(text[j]), text[j] != ":" {
                // The token runs into something that is neither a separator nor a name.
                if label(at: j, in: text, end: end) == nil { result.complete = false; return result }
            }
            var nameEnd = j
            var markers = false
            if ScalarMatch.hasSuffix(text, end: nameEnd, report, start: i) {
                nameEnd -= report.count; result.reported = true; markers = true
            } else if nameEnd - i >= 1, text[nameEnd - 1] == photo,
                      nameEnd - i == 1 || ChineseNames.isName(text, i..<(nameEnd - 1), requireSurname: current == nil) {
                nameEnd -= 1; result.photo = true; markers = true
            }
            if nameEnd > i {
                // A label glued to the front of a name is handled by the label test above;
                // here the whole run must be a name.
                guard ChineseNames.isName(text, i..<nameEnd, requireSurname: current == nil) else {
                    result.complete = false; return result
                }
                let role = current?.role ?? unlabelledRole
                var labelText: String? = nil
                if let current, current.text.last != "/" { labelText = current.string }
                result.people.append(BylinePerson(
                    name: ScalarMatch.string(text, i..<nameEnd), role: role, label: labelText,
                    span: TextSpan(i, nameEnd)))
            } else if !markers {
                result.complete = false; return result
            }
            i = j
        }
        if result.photo {
            for k in result.people.indices { result.people[k].role = .photographer }
        }
        return result
    }

    /// A whole line that is only a byline (`本报记者 陈华`) or a photo credit
    /// (`本报通讯员 朱华南 薄紫云 摄`), or nil.
    static func bylineLine(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Result? {
        guard range.count >= 3, range.count <= 48 else { return nil }
        var range = range
        // `(记者 张三)` on a line of its own.
        if DatelineParser.isOpenParen(text[range.lowerBound]), DatelineParser.isCloseParen(text[range.upperBound - 1]) {
            range = (range.lowerBound + 1)..<(range.upperBound - 1)
        }
        let r = parse(text, range)
        guard r.complete, !r.people.isEmpty, r.labelled || r.photo || r.reported else { return nil }
        return r
    }
}

extension String.UnicodeScalarView {
    init(_ scalars: [Unicode.Scalar]) {
        self.init()
        self.append(contentsOf: scalars)
    }
}
