/// A half-open range of Unicode scalar offsets into a page's cleaned text.
///
/// Offsets count Unicode scalars (code points), the unit PostgreSQL's `substr`
/// and `length` use for `text`, so a span stored in the warehouse selects the
/// same characters in SQL as it does here.
public struct TextSpan: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "TextSpan start \(start) > end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    public func contains(offset: Int) -> Bool { start <= offset && offset < end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    public var description: String { "[\(start),\(end))" }
}
