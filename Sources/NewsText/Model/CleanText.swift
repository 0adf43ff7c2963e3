/// A page's cleaned text, kept both as a `String` and as an array of Unicode
/// scalars so that hot loops can index it by integer offset.
///
/// Every span the pipeline produces (articles, sentences, entities, metrics)
/// is a ``TextSpan`` into this text.
public struct CleanText: Sendable, Hashable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    public init(scalars: [Unicode.Scalar]) {
        self.string = CleanText.utf8String(scalars)
        self.scalars = scalars
    }

    /// Builds a `String` from scalars by encoding UTF-8 directly (much faster than
    /// appending to a `UnicodeScalarView`).
    static func utf8String<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var bytes = [UInt8]()
        bytes.reserveCapacity(scalars.count * 3)
        for u in scalars {
            let v = u.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | (v >> 6))); bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | (v >> 12))); bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                bytes.append(UInt8(0xF0 | (v >> 18))); bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Number of Unicode scalars.
    public var count: Int { scalars.count }

    /// The text of a span.
    public subscript(span: TextSpan) -> String {
        CleanText.utf8String(scalars[span.start..<span.end])
    }
}
