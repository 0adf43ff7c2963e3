/// A file found among the command-line inputs.
public struct SourceFile: Sendable, Hashable {
    /// The path as it can be opened.
    public let path: String
    /// The path relative to the argument it was found under (for a file argument: its file name).
    public let key: String
    /// The argument (folder, file or pattern directory) it was found under.
    public let root: String

    public init(path: String, key: String, root: String) {
        self.path = path; self.key = key; self.root = root
    }

    /// The file name without directories.
    public var fileName: String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }

    /// The file name without its last extension (`d01.txt` → `d01`).
    public var baseName: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The directory holding the file (`.` when none).
    public var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

/// The encoding a file was decoded from.
public enum SourceEncoding: String, Sendable, Codable {
    case utf8, utf8BOM = "utf8-bom", utf16LE = "utf16le", utf16BE = "utf16be", gb18030
}
