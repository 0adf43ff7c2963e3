/// The reference tables shipped inside the binary (see NOTICE.md beside this file
/// for sources and licences).
public enum ReferenceData {
    /// `regions.csv`: the current administrative divisions (code,name,short_name,level,parent_code).
    public static var regionsCSV: String { EmbeddedTables.regionsCSV }
    /// `regions_retired.csv`: names no longer current, with successor codes where certain.
    public static var retiredRegionsCSV: String { EmbeddedTables.retiredRegionsCSV }
}
