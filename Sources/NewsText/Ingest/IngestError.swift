/// Why a file could not be read as a page. Every case names the file.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path does not exist (or a glob pattern matched nothing).
    case notFound(path: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file has no bytes (or only a byte-order mark / whitespace).
    case empty(path: String)
    /// The file holds binary data (NUL bytes or many control characters).
    case binary(path: String)
    /// The file is larger than the configured limit.
    case tooLarge(path: String, size: Int, limit: Int)
    /// Bytes at `offset` are valid in none of the supported encodings.
    case invalidBytes(path: String, offset: Int, encoding: String)
    /// The sidecar `NAME.meta.json` could not be understood.
    case badSidecar(path: String, reason: String)

    /// The file the error is about.
    public var path: String {
        switch self {
        case let .notFound(p), let .unreadable(p, _), let .empty(p), let .binary(p),
             let .tooLarge(p, _, _), let .invalidBytes(p, _, _), let .badSidecar(p, _):
            return p
        }
    }

    public var description: String {
        switch self {
        case let .notFound(p): return "\(p): no such file or directory"
        case let .unreadable(p, reason): return "\(p): cannot be read (\(reason))"
        case let .empty(p): return "\(p): the file is empty"
        case let .binary(p): return "\(p): looks like a binary file (NUL bytes or control characters), not text"
        case let .tooLarge(p, size, limit): return "\(p): \(size) bytes is over the size limit of \(limit) bytes"
        case let .invalidBytes(p, offset, enc):
            return "\(p): invalid bytes at byte offset \(offset) (not valid \(enc); nothing was replaced)"
        case let .badSidecar(p, reason): return "\(p): bad metadata sidecar: \(reason)"
        }
    }
}

/// Why bytes could not be decoded (no file name yet: ``DocumentReader`` adds it).
public enum TextDecodingError: Error, Equatable, Sendable {
    case empty
    case binary
    case invalidBytes(offset: Int, encoding: String)
}
