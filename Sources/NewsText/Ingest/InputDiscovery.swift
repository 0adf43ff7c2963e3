import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns command-line arguments (files, folders, glob patterns) into the list of
/// page files to read.
public enum InputDiscovery {
    /// Sidecars and gold files are never pages.
    static let skippedSuffixes = [".meta.json", ".gold.json"]

    /// The files named by `arguments`: files as given, folders recursively (in the order
    /// of their paths), glob patterns through glob(3). Only files whose extension is in
    /// `extensions` are kept. Throws for the first path that does not exist.
    public static func discover(_ arguments: [String], extensions: Set<String> = ["txt", "md"]) throws(IngestError) -> [SourceFile] {
        let (files, errors) = discoverAll(arguments, extensions: extensions)
        if let first = errors.first { throw first }
        return files
    }

    /// Like ``discover(_:extensions:)`` but reports every missing path instead of stopping at
    /// the first. Holds the whole list: a load walks with ``InputWalker`` instead.
    public static func discoverAll(_ arguments: [String], extensions: Set<String> = ["txt", "md"]) -> (files: [SourceFile], errors: [IngestError]) {
        var walker = InputWalker(arguments, extensions: extensions)
        var files: [SourceFile] = []
        while let f = walker.next() { files.append(f) }
        return (files, walker.errors)
    }

    static func isWanted(_ path: String, _ extensions: Set<String>) -> Bool {
        let lower = path.lowercased()
        if skippedSuffixes.contains(where: { lower.hasSuffix($0) }) { return false }
        guard let name = lower.split(separator: "/").last, let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(String(name[name.index(after: dot)...]))
    }

    static func isPattern(_ s: String) -> Bool { s.contains("*") || s.contains("?") || s.contains("[") }

    /// The directory part of a pattern before its first wildcard (`gold/*.txt` → `gold`).
    static func patternRoot(_ pattern: String) -> String {
        let firstWild = pattern.firstIndex { $0 == "*" || $0 == "?" || $0 == "[" } ?? pattern.endIndex
        let head = pattern[..<firstWild]
        guard let slash = head.lastIndex(of: "/") else { return "." }
        return slash == head.startIndex ? "/" : String(head[..<slash])
    }

    static func relative(_ path: String, to root: String) -> String {
        if root == "." || root.isEmpty {
            return path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// glob(3) matches, sorted.
    static func glob(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        guard Glibc.glob(pattern, 0, nil, &g) == 0 else { return [] }
        var out: [String] = []
        for i in 0..<Int(g.gl_pathc) {
            if let p = g.gl_pathv[i] { out.append(String(cString: p)) }
        }
        return out.sorted()
    }
}
