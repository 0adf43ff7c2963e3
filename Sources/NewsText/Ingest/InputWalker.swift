#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks command-line inputs (files, folders, glob patterns) lazily: one file at a time,
/// holding only the listings of the folders on the current path, so memory does not grow
/// with the archive.
///
/// Folders are walked with `readdir` (no `stat` for most entries). Within each argument
/// files come in the order of their full paths, as if every path had been sorted: entries
/// of a folder are ordered by name, a subfolder as its name followed by `/`. Symbolic
/// links to files are followed; links to folders are not walked into.
public struct InputWalker: IteratorProtocol, Sequence {
    /// Arguments that name nothing (a missing path, or a pattern without matches), in order, as met.
    public private(set) var errors: [IngestError] = []

    private var arguments: ArraySlice<String>
    private let wanted: Set<String>
    /// Paths of the current argument not walked yet (a file argument, or glob matches),
    /// last first; `key` is set for a file argument (its file name).
    private var pending: [(path: String, root: String, key: String?)] = []
    /// Open folder listings, innermost last: (folder path, argument root, entries left, reversed).
    private var stack: [(dir: String, root: String, entries: [Entry])] = []
    /// Paths already given (only when several arguments could name the same file).
    private var seen: Set<String>?

    private struct Entry { let name: String; let isDirectory: Bool; var sortKey: String { isDirectory ? name + "/" : name } }

    public init(_ arguments: [String], extensions: Set<String> = ["txt", "md"]) {
        self.arguments = arguments[...]
        self.wanted = Set(extensions.map { $0.lowercased() })
        self.seen = arguments.count > 1 ? [] : nil
    }

    public mutating func next() -> SourceFile? {
        while true {
            if let file = nextOfCurrentArgument() {
                guard InputDiscovery.isWanted(file.path, wanted) else { continue }
                if seen != nil { guard seen!.insert(file.path).inserted else { continue } }
                return file
            }
            guard let argument = arguments.popFirst() else { return nil }
            start(argument)
        }
    }

    private mutating func start(_ argument: String) {
        if InputDiscovery.isPattern(argument) {
            let matches = InputDiscovery.glob(argument)
            if matches.isEmpty { errors.append(.notFound(path: argument)); return }
            let root = InputDiscovery.patternRoot(argument)
            pending = matches.reversed().map { ($0, root, nil) }
            return
        }
        switch Self.kind(argument) {
        case nil: errors.append(.notFound(path: argument))
        case true?: push(argument, root: argument)
        case false?:
            let file = SourceFile(path: argument, key: "", root: "")
            pending = [(argument, file.directory, file.fileName)]
        }
    }

    private mutating func nextOfCurrentArgument() -> SourceFile? {
        while true {
            if var top = stack.popLast() {
                guard let entry = top.entries.popLast() else { continue }
                stack.append(top)
                let path = Self.child(top.dir, entry.name)
                if entry.isDirectory { push(path, root: top.root); continue }
                return SourceFile(path: path, key: InputDiscovery.relative(path, to: top.root), root: top.root)
            }
            guard let (path, root, key) = pending.popLast() else { return nil }
            if let key { return SourceFile(path: path, key: key, root: root) }
            if Self.kind(path) == true { push(path, root: root); continue }
            return SourceFile(path: path, key: InputDiscovery.relative(path, to: root), root: root)
        }
    }

    /// Lists a folder (sorted, reversed so that `popLast` gives the first entry).
    private mutating func push(_ dir: String, root: String) {
        let base = dir.count > 1 && dir.hasSuffix("/") ? String(dir.dropLast()) : dir
        guard let d = opendir(base) else { return }   // unreadable: nothing to walk, as before
        defer { closedir(d) }
        var entries: [Entry] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let isDirectory: Bool
            switch Int32(e.pointee.d_type) {
            case Int32(DT_DIR): isDirectory = true
            case Int32(DT_REG): isDirectory = false
            case Int32(DT_LNK):
                // A link to a file is a file; a link to a folder (or a broken link) is skipped.
                guard Self.kind(Self.child(base, name)) == false else { continue }
                isDirectory = false
            default:
                guard let k = Self.kind(Self.child(base, name)) else { continue }
                isDirectory = k
            }
            entries.append(Entry(name: name, isDirectory: isDirectory))
        }
        entries.sort { $0.sortKey > $1.sortKey }
        stack.append((base, root, entries))
    }

    private static func child(_ dir: String, _ name: String) -> String { dir.hasSuffix("/") ? dir + name : dir + "/" + name }

    /// true for a folder, false for anything else that exists, nil when missing (links followed).
    static func kind(_ path: String) -> Bool? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (st.st_mode & S_IFMT) == S_IFDIR
    }
}
