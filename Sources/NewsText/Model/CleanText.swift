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
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        self.string = String(s)
        self.scalars = scalars
    }

    /// Number of Unicode scalars.
    public var count: Int { scalars.count }

    /// The text of a span.
    public subscript(span: TextSpan) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[span.start..<span.end])
        return String(s)
    }
}
