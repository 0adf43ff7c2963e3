/// Errors reading the reference tables.
public enum GazetteerError: Error, CustomStringConvertible, Equatable {
    case malformedRow(table: String, line: Int, reason: String)
    public var description: String {
        switch self {
        case let .malformedRow(table, line, reason): return "\(table), line \(line): \(reason)"
        }
    }
}

/// The administrative-division table: every current and retired region, indexed
/// for lookup by code, full name and short name.
public struct Gazetteer: Sendable {
    public let regions: [RegionRecord]
    public let byCode: [String: RegionRecord]
    /// Name index for scanning text (built once here; one gazetteer serves many pages).
    let index: RegionIndex

    /// Builds the gazetteer from the CSV text of `regions.csv` and `regions_retired.csv`.
    public init(regionsCSV: String, retiredCSV: String) throws {
        var rows: [RegionRecord] = []
        for (table, text, retired) in [("regions.csv", regionsCSV, false), ("regions_retired.csv", retiredCSV, true)] {
            var lineNo = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNo += 1
                if lineNo == 1 || line.isEmpty { continue }
                let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                guard f.count >= 5, f[0].count == 6, let level = RegionLevel(rawValue: f[3]) else {
                    throw GazetteerError.malformedRow(table: table, line: lineNo, reason: "expected code,name,short_name,level,parent_code")
                }
                rows.append(RegionRecord(
                    code: f[0], name: f[1], shortName: f[2], level: level,
                    parentCode: f[4].isEmpty ? nil : f[4], retired: retired,
                    lastListed: retired && f.count > 5 ? Int(f[5]) : nil,
                    successorCode: retired && f.count > 6 && !f[6].isEmpty ? f[6] : nil))
            }
        }
        self.regions = rows
        var byCode: [String: RegionRecord] = [:]
        for r in rows where !r.retired { byCode[r.code] = r }
        for r in rows where r.retired && byCode[r.code] == nil { byCode[r.code] = r }
        self.byCode = byCode
        self.index = RegionIndex(rows: rows)
    }

    /// Regions (current and retired) whose full or short name is `name`.
    public func records(named name: String) -> [RegionRecord] {
        index.byName[name, default: []].map { regions[$0.row] }
    }

    /// The current code a record stands for: its own, or a retired name's successor when known.
    public func effectiveCode(_ r: RegionRecord) -> String { r.retired ? (r.successorCode ?? r.code) : r.code }

    /// The chain of parents of a region, nearest first (prefecture, then province).
    public func ancestors(ofCode code: String) -> [RegionRecord] {
        var out: [RegionRecord] = []
        var cur = byCode[code]?.parentCode
        var guardCount = 0
        while let c = cur, let r = byCode[c], guardCount < 4 {
            out.append(r); cur = r.parentCode; guardCount += 1
        }
        return out
    }

    /// Full path from the province (安徽省铜陵市义安区) for a code.
    public func fullPath(code: String) -> String {
        guard let r = byCode[code] else { return "" }
        return ancestors(ofCode: code).reversed().map(\.name).joined() + r.name
    }

    /// The current regions only.
    public var currentRegions: [RegionRecord] { regions.filter { !$0.retired } }
}

/// A name in the index: which row it names and whether it is the short form.
struct RegionNameRef: Sendable, Hashable {
    let row: Int
    let isShort: Bool
}

/// The row fields of a name ref that the per-mention loops read (``RegionIndex/refInfo``): copied
/// beside each other, in `nameRefs` order, so that a mention's refs are read from one or two
/// cache lines instead of from several tables indexed by row (each read a likely cache miss).
struct RefInfo: Sendable {
    /// The ref's row.
    let row: Int32
    /// ``RegionIndex/effectiveIDs`` of the row.
    let effectiveID: Int32
    /// The id of the row's nearest ancestor (its lineage's second code), -1 when it has none.
    let firstAncestorID: Int32
    /// ``RegionIndex/parentID`` of the effective code, -1 when none.
    let effectiveParentID: Int32
    /// ``RegionIndex/levels`` of the row.
    let level: RegionLevel
    let isShort: Bool
    /// ``RegionIndex/retired`` of the row.
    let retired: Bool
}

/// The fields of a gazetteer row read for each region reference (``RegionIndex/rowInfo``), side by
/// side: one cache line per row instead of reads from the record (over two lines) and several
/// row-indexed tables.
struct RowInfo: Sendable {
    /// ``Gazetteer/effectiveCode(_:)`` of the row (`lineage[row][0]`).
    let effectiveCode: String
    /// The record's name.
    let name: String
    /// ``RegionIndex/nameCodeKey`` of the row.
    let nameCodeKey: Int32
    /// The record's level.
    let level: RegionLevel
    /// The record's `retired`.
    let retired: Bool
}

/// The refs of one name: a run of ``RegionIndex/nameRefs`` (a plain value: no array to retain
/// per mention).
struct RefRun: Sendable {
    let start: Int32
    let count: Int32
    var range: Range<Int> { Int(start)..<Int(start) + Int(count) }
}

/// Lookup structures over the region rows, built once.
/// Name lookup and lineage tables over the gazetteer rows, built once per ``Gazetteer``.
///
/// A class so that copying a `Gazetteer` (or a per-page run holding one) costs one retain.
final class RegionIndex: Sendable {
    let byName: [String: [RegionNameRef]]
    /// The refs of every name, each name's run in `byName` order (see ``RefRun``).
    let nameRefs: [RegionNameRef]
    /// Per entry of `nameRefs`: the name it is listed under (a mention matched by `table` has
    /// exactly this text, so its surface can share this string instead of building one).
    let refNames: [String]
    /// Per entry of `nameRefs`: its row's fields read per mention (see ``RefInfo``).
    let refInfo: [RefInfo]
    /// Name → its run of `nameRefs`.
    let table: PhraseTable<RefRun>
    /// Row of a code (the current row when a retired row shares it).
    let rowByCode: [String: Int]
    /// Per row: the current code it stands for, then its ancestors' codes (nearest first).
    let lineage: [[String]]
    /// Per row: the fields read per region reference (``RowInfo``).
    let rowInfo: [RowInfo]
    /// Per row: the rows of its ancestors (nearest first), following a retired name's successor.
    let ancestorRows: [[Int]]
    /// Per row: level and last scalar of the name (for 省 / 市 / 区 / 县 checks).
    let levels: [RegionLevel]
    let lastScalars: [Unicode.Scalar]
    /// Per row: whether it is retired (read without copying the row's record).
    let retired: [Bool]
    /// Interned region codes: every code of a lineage or a parent link gets a small integer id, so
    /// that per-page context sets hold `Int`s instead of hashing `String`s. Ids are a bijection
    /// with the code strings, so set and equality tests give the same answers.
    let codeID: [String: Int]
    /// Per row: the ids of `lineage[row]` (effective code first, then ancestors nearest first).
    let lineageIDs: [[Int]]
    /// `lineageIDs` in one buffer (``FlatLists``): read in the per-mention loops without
    /// retaining a nested array per row.
    let lineageIDList: FlatLists
    /// `ancestorRows` in one buffer (``FlatLists``).
    let ancestorRowList: FlatLists
    /// Per row: `lineageIDs[row][0]` in a flat array (one read, no nested buffer).
    let effectiveIDs: [Int]
    /// Per code id: the level of the code's record (`Gazetteer.byCode`), nil when it has none.
    let codeLevel: [RegionLevel?]
    /// Per code id: the id of the record's parent code, nil when none.
    let parentID: [Int?]
    /// Per code id: the ancestor ids of `rowByCode[code]` (its lineage without itself), empty when no row.
    let codeAncestorIDs: [[Int]]
    /// Per row: `rowByCode[lineage[row][0]]`, the current row of the row's effective code.
    let effectiveRow: [Int?]
    /// Per row: an id shared by the rows with the same name and effective code (region entity key).
    let nameCodeKey: [Int]
    /// Per row: `Gazetteer.fullPath(code:)` of its effective code (built once, not per mention).
    let effectiveFullPath: [String]
    /// Per row: the level of `Gazetteer.byCode[effective code]`, else the row's own level.
    let effectiveLevel: [RegionLevel]

    init(rows: [RegionRecord]) {
        var rowByCode: [String: Int] = [:]
        for (i, r) in rows.enumerated() where !r.retired { rowByCode[r.code] = i }
        for (i, r) in rows.enumerated() where r.retired && rowByCode[r.code] == nil { rowByCode[r.code] = i }
        self.rowByCode = rowByCode
        var byCodeRec: [String: RegionRecord] = [:]
        for r in rows where !r.retired { byCodeRec[r.code] = r }
        for r in rows where r.retired && byCodeRec[r.code] == nil { byCodeRec[r.code] = r }
        var lineage: [[String]] = []
        var ancestorRows: [[Int]] = []
        lineage.reserveCapacity(rows.count)
        for r in rows {
            let code = r.retired ? (r.successorCode ?? r.code) : r.code
            var codes = [code]
            var anc: [Int] = []
            var cur = byCodeRec[code]?.parentCode
            var guardCount = 0
            while let c = cur, let pr = byCodeRec[c], guardCount < 4 {
                codes.append(pr.code)
                if let ri = rowByCode[pr.code] { anc.append(ri) }
                cur = pr.parentCode; guardCount += 1
            }
            lineage.append(codes); ancestorRows.append(anc)
        }
        self.levels = rows.map(\.level)
        self.retired = rows.map(\.retired)
        self.lastScalars = rows.map { $0.name.unicodeScalars.last ?? " " }
        self.lineage = lineage
        self.ancestorRows = ancestorRows
        var byName: [String: [RegionNameRef]] = [:]
        var currentFull = Set<String>()
        for r in rows where !r.retired { currentFull.insert(r.name) }
        for (i, r) in rows.enumerated() {
            if r.retired {
                // Retired names: the full name only, and only when no current unit bears it.
                if currentFull.contains(r.name) { continue }
                if byName[r.name]?.contains(where: { rows[$0.row].retired && rows[$0.row].code == r.code }) == true { continue }
                byName[r.name, default: []].append(RegionNameRef(row: i, isShort: false))
                continue
            }
            byName[r.name, default: []].append(RegionNameRef(row: i, isShort: false))
            if r.shortName != r.name && r.shortName.unicodeScalars.count >= 2 {
                byName[r.shortName, default: []].append(RegionNameRef(row: i, isShort: true))
            }
        }
        self.byName = byName
        var nameRefs: [RegionNameRef] = [], runs: [(String, RefRun)] = []
        var refNames: [String] = []
        for (name, refs) in byName {
            runs.append((name, RefRun(start: Int32(nameRefs.count), count: Int32(refs.count))))
            nameRefs.append(contentsOf: refs)
            refNames.append(contentsOf: repeatElement(name, count: refs.count))
        }
        self.nameRefs = nameRefs
        self.refNames = refNames
        self.table = PhraseTable(runs)

        var codeID: [String: Int] = [:]
        var codes: [String] = []
        func intern(_ c: String) -> Int {
            if let k = codeID[c] { return k }
            codeID[c] = codes.count; codes.append(c); return codes.count - 1
        }
        let lineageIDs = lineage.map { $0.map(intern) }
        for r in byCodeRec.values { if let p = r.parentCode { _ = intern(p) } }
        self.codeID = codeID
        self.lineageIDs = lineageIDs
        self.lineageIDList = FlatLists(lineageIDs)
        self.ancestorRowList = FlatLists(ancestorRows)
        self.effectiveIDs = lineageIDs.map { $0[0] }
        self.codeLevel = codes.map { byCodeRec[$0]?.level }
        let parentID = codes.map { c in byCodeRec[c]?.parentCode.map { codeID[$0]! } }
        self.parentID = parentID
        self.refInfo = nameRefs.map { ref in
            let lin = lineageIDs[ref.row]
            return RefInfo(row: Int32(ref.row), effectiveID: Int32(lin[0]),
                           firstAncestorID: lin.count > 1 ? Int32(lin[1]) : -1,
                           effectiveParentID: parentID[lin[0]].map { Int32($0) } ?? -1,
                           level: rows[ref.row].level, isShort: ref.isShort, retired: rows[ref.row].retired)
        }
        self.codeAncestorIDs = codes.map { c in rowByCode[c].map { Array(lineageIDs[$0].dropFirst()) } ?? [] }
        self.effectiveRow = lineage.map { rowByCode[$0[0]] }
        // Same walk as Gazetteer.ancestors(ofCode:) and fullPath(code:), over the same byCode table.
        func fullPath(_ code: String) -> String {
            guard let r = byCodeRec[code] else { return "" }
            var names: [String] = []
            var cur = r.parentCode
            var guardCount = 0
            while let c = cur, let pr = byCodeRec[c], guardCount < 4 {
                names.append(pr.name); cur = pr.parentCode; guardCount += 1
            }
            return names.reversed().joined() + r.name
        }
        self.effectiveFullPath = lineage.map { fullPath($0[0]) }
        self.effectiveLevel = rows.indices.map { byCodeRec[lineage[$0][0]]?.level ?? rows[$0].level }
        var keyID: [String: Int] = [:]
        let nameCodeKey = rows.indices.map { i in
            let key = rows[i].name + "|" + lineage[i][0]
            if let k = keyID[key] { return k }
            keyID[key] = keyID.count; return keyID.count - 1
        }
        self.nameCodeKey = nameCodeKey
        self.rowInfo = rows.indices.map { i in
            RowInfo(effectiveCode: lineage[i][0], name: rows[i].name, nameCodeKey: Int32(nameCodeKey[i]),
                    level: rows[i].level, retired: rows[i].retired)
        }
    }
}

/// Lists of integers, one per index, stored one after another in a single buffer: list `i` is
/// `items[range(i)]` (no array per list to retain when it is read).
struct FlatLists: Sendable {
    private var items: [Int] = []
    private var starts: [Int] = [0]

    init(_ lists: [[Int]]) {
        for l in lists { items.append(contentsOf: l); starts.append(items.count) }
    }

    /// The positions in `items` of list `i` (read them with the subscript).
    @inline(__always) func range(_ i: Int) -> Range<Int> { starts[i]..<starts[i + 1] }

    /// The item at position `k` (from ``range(_:)``).
    @inline(__always) subscript(_ k: Int) -> Int { items[k] }
}
