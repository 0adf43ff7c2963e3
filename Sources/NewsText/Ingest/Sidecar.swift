import Foundation

/// The optional `NAME.meta.json` beside a page:
/// `{"source": "工人日报", "published_on": "2025-10-20", "page": "01", "url": "…", "id": "…"}`.
/// Every key is optional; `published_on` may be null.
public enum Sidecar {
    /// The sidecar path for a page file (`dir/NAME.meta.json`).
    public static func path(forPage file: SourceFile) -> String {
        file.directory + "/" + file.baseName + ".meta.json"
    }

    /// Sidecars larger than this are refused (they hold a few short fields).
    public static let sizeLimit = 1_000_000

    /// Reads the sidecar of `file`; empty metadata when there is none.
    public static func read(forPage file: SourceFile) throws(IngestError) -> PageMetadata {
        let path = path(forPage: file)
        switch FileBytes.read(path, limit: sizeLimit) {
        case let .success(bytes): return try parse(Data(bytes), path: path)
        case .failure(.notFound): return PageMetadata()
        case .failure(.isDirectory): throw .badSidecar(path: path, reason: "is a directory")
        case let .failure(.tooLarge(size)):
            throw .badSidecar(path: path, reason: "\(size) bytes is over the sidecar size limit of \(sizeLimit) bytes")
        case let .failure(.system(message)): throw .badSidecar(path: path, reason: "cannot be read (\(message))")
        }
    }

    /// Parses sidecar JSON.
    public static func parse(_ data: Data, path: String) throws(IngestError) -> PageMetadata {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw .badSidecar(path: path, reason: "not valid JSON")
        }
        guard let dict = object as? [String: Any] else { throw .badSidecar(path: path, reason: "expected a JSON object") }
        func string(_ key: String) throws(IngestError) -> String? {
            guard let v = dict[key], !(v is NSNull) else { return nil }
            if let s = v as? String { return s.isEmpty ? nil : s }
            if let n = v as? NSNumber { return n.stringValue }
            throw .badSidecar(path: path, reason: "\"\(key)\" should be a string")
        }
        var m = PageMetadata()
        m.source = try string("source")
        m.page = try string("page")
        m.url = try string("url")
        m.id = try string("id")
        if let d = try string("published_on") {
            guard let date = CivilDate(iso: d) else {
                throw .badSidecar(path: path, reason: "\"published_on\" should be YYYY-MM-DD, got \"\(d)\"")
            }
            m.publishedOn = date
        }
        return m
    }
}
