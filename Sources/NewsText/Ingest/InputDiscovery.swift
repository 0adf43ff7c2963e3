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

    /// The files named by `arguments`: files as given, folders recursively (sorted by
    /// path), glob patterns through glob(3). Only files whose extension is in
    /// `extensions` are kept. Throws for the first path that does not exist.
    public static func discover(_ arguments: [String], extensions: Set<String> = ["txt", "md"]) throws(IngestError) -> [SourceFile] {
        let (files, errors) = discoverAll(arguments, extensions: extensions)
        if let first = errors.first { throw first }
        return files
    }

    /// Like ``discover(_:extensions:)`` but reports every missing path instead of stopping at the first.
    public static func discoverAll(_ arguments: [String], extensions: Set<String> = ["txt", "md"]) -> (files: [SourceFile], errors: [IngestError]) {
        var files: [SourceFile] = []
        var errors: [IngestError] = []
        var seen = Set<String>()
        let wanted = Set(extensions.map { $0.lowercased() })
        func add(_ f: SourceFile) {
            guard isWanted(f.path, wanted), !seen.contains(f.path) else { return }
            seen.insert(f.path); files.append(f)
        }
        for argument in arguments {
            if isPattern(argument) {
                let matches = glob(argument)
                if matches.isEmpty { errors.append(.notFound(path: argument)); continue }
                let root = patternRoot(argument)
                for m in matches {
                    if isDirectory(m) {
                        for f in walk(m) { add(SourceFile(path: f, key: relative(f, to: root), root: root)) }
                    } else {
                        add(SourceFile(path: m, key: relative(m, to: root), root: root))
                    }
                }
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDir) else {
                errors.append(.notFound(path: argument)); continue
            }
            if isDir.boolValue {
                for f in walk(argument) { add(SourceFile(path: f, key: relative(f, to: argument), root: argument)) }
            } else {
                let file = SourceFile(path: argument, key: "", root: "")
                add(SourceFile(path: argument, key: file.fileName, root: file.directory))
            }
        }
        return (files, errors)
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

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// Every regular file under `dir`, sorted by path.
    static func walk(_ dir: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
        var out: [String] = []
        let base = dir.hasSuffix("/") ? String(dir.dropLast()) : dir
        while let rel = e.nextObject() as? String {
            let full = base + "/" + rel
            if !isDirectory(full) { out.append(full) }
        }
        return out.sorted()
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
