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

    /// A text whose `string` is already at hand: `scalars` must be exactly `string`'s scalars.
    init(string: String, scalars: [Unicode.Scalar]) {
        self.string = string
        self.scalars = scalars
    }

    public init(scalars: [Unicode.Scalar]) {
        self.string = CleanText.utf8String(scalars)
        self.scalars = scalars
    }

    /// Builds a `String` from scalars by encoding UTF-8 into a temporary buffer and copying it
    /// into the string (much faster than appending to a `UnicodeScalarView`).
    ///
    /// Scalars always encode to valid UTF-8, so the bytes are handed over as an unchecked
    /// `UTF8Span`: no validation pass (`String(unsafeUninitializedCapacity:)` validates, and
    /// repairs small strings through a slow path). Strings of up to 15 bytes (five Han
    /// characters) are still built in place as small strings, with no heap allocation.
    /// The collection is traversed twice (length, then bytes), so pass a random-access one.
    @inlinable
    public static func utf8String<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var length = 0
        var ascii = true
        for u in scalars {
            let v = u.value
            if v >= 0x80 { ascii = false }
            length &+= v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        if length == 0 { return "" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buf in
            let n = encodeUTF8(scalars, into: buf)
            let utf8 = UTF8Span(unchecked: Span(_unsafeElements: UnsafeBufferPointer(rebasing: buf[0..<n])),
                                isKnownASCII: ascii)
            return String(copying: utf8)
        }
    }

    /// Writes the UTF-8 encoding of `scalars` to `buf` (large enough) and returns its length.
    @inlinable @inline(__always)
    static func encodeUTF8<C: Collection>(_ scalars: C, into buf: UnsafeMutableBufferPointer<UInt8>) -> Int
    where C.Element == Unicode.Scalar {
        var i = 0
        for u in scalars {
            let v = u.value
            if v < 0x80 {
                buf[i] = UInt8(v); i += 1
            } else if v < 0x800 {
                buf[i] = UInt8(0xC0 | (v >> 6)); buf[i + 1] = UInt8(0x80 | (v & 0x3F)); i += 2
            } else if v < 0x10000 {
                buf[i] = UInt8(0xE0 | (v >> 12)); buf[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                buf[i + 2] = UInt8(0x80 | (v & 0x3F)); i += 3
            } else {
                buf[i] = UInt8(0xF0 | (v >> 18)); buf[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                buf[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[i + 3] = UInt8(0x80 | (v & 0x3F)); i += 4
            }
        }
        return i
    }

    /// Number of Unicode scalars.
    public var count: Int { scalars.count }

    /// The text of a span.
    public subscript(span: TextSpan) -> String {
        CleanText.utf8String(scalars[span.start..<span.end])
    }
}
