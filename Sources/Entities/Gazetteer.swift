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
    }

    /// The current regions only.
    public var currentRegions: [RegionRecord] { regions.filter { !$0.retired } }
}
