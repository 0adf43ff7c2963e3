import Foundation
import Crypto

/// A page file read from disk and decoded.
public struct LoadedDocument: Sendable {
    public let file: SourceFile
    public let byteCount: Int
    /// Lowercase hex SHA-256 of the raw bytes: the document's identity.
    public let sha256: String
    public let encoding: SourceEncoding
    /// The decoded text (byte-order mark removed), before cleaning.
    public let text: String
    /// Sidecar metadata with command-line overrides applied.
    public let metadata: PageMetadata

    public init(file: SourceFile, byteCount: Int, sha256: String, encoding: SourceEncoding, text: String, metadata: PageMetadata) {
        self.file = file; self.byteCount = byteCount; self.sha256 = sha256
        self.encoding = encoding; self.text = text; self.metadata = metadata
    }
}

/// Reads page files: size check, bytes, SHA-256, encoding detection, sidecar metadata.
public struct DocumentReader: Sendable {
    /// Files larger than this many bytes are rejected.
    public let sizeLimit: Int

    public init(sizeLimit: Int = 20_000_000) { self.sizeLimit = sizeLimit }

    /// Reads `file` and its sidecar `NAME.meta.json` (if any). Non-nil fields of
    /// `overrides` (from `--source` / `--published-on`) win over the sidecar.
    public func read(_ file: SourceFile, overrides: PageMetadata = PageMetadata()) throws(IngestError) -> LoadedDocument {
        let bytes = try readBytes(file.path)
        let text: String, encoding: SourceEncoding
        do {
            (text, encoding) = try TextDecoding.decode(bytes)
        } catch {
            switch error {
            case .empty: throw .empty(path: file.path)
            case .binary: throw .binary(path: file.path)
            case let .invalidBytes(offset, enc): throw .invalidBytes(path: file.path, offset: offset, encoding: enc)
            }
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0.value == 0xFEFF }) {
            throw .empty(path: file.path)
        }
        // NUL characters never occur in text (and PostgreSQL cannot store them): a binary file
        // that happened to decode, e.g. bytes after a UTF-16 byte-order mark.
        if Self.containsNUL(text) { throw .binary(path: file.path) }
        var metadata = try Sidecar.read(forPage: file)
        if let v = overrides.source { metadata.source = v }
        if let v = overrides.publishedOn { metadata.publishedOn = v }
        if let v = overrides.page { metadata.page = v }
        if let v = overrides.url { metadata.url = v }
        if let v = overrides.id { metadata.id = v }
        return LoadedDocument(file: file, byteCount: bytes.count, sha256: Self.sha256Hex(bytes),
                              encoding: encoding, text: text, metadata: metadata)
    }

    /// True when `text` holds U+0000: `memchr` over the string's UTF-8 storage (a generic
    /// `utf8.contains` walks it index by index, a few percent of a whole load's CPU).
    static func containsNUL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in utf8.baseAddress.map { memchr($0, 0, utf8.count) != nil } ?? false }
    }

    func readBytes(_ path: String) throws(IngestError) -> [UInt8] {
        switch FileBytes.read(path, limit: sizeLimit) {
        case let .success(bytes):
            if bytes.isEmpty { throw .empty(path: path) }
            return bytes
        case .failure(.notFound): throw .notFound(path: path)
        case .failure(.isDirectory): throw .unreadable(path: path, reason: "is a directory")
        case let .failure(.tooLarge(size)): throw .tooLarge(path: path, size: size, limit: sizeLimit)
        case let .failure(.system(message)): throw .unreadable(path: path, reason: message)
        }
    }

    /// Lowercase hex SHA-256.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest { out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 0x0F)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
