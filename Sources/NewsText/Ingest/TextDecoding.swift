#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of a file into text, detecting the encoding:
/// UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030 (a superset of GBK
/// and GB2312) through iconv. Nothing is ever replaced: bytes that no encoding
/// explains are an error giving the byte offset.
public enum TextDecoding {
    /// Decodes `bytes`, returning the text (without BOM) and the encoding used.
    public static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> (String, SourceEncoding) {
        if bytes.isEmpty { throw .empty }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (try utf16(bytes, littleEndian: true), .utf16LE) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (try utf16(bytes, littleEndian: false), .utf16BE) }
        if looksBinary(bytes) { throw .binary }
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let body = hasBOM ? Array(bytes[3...]) : bytes
        // The common case in one pass: the standard library's validation builds the string.
        if let text = String(validating: body, as: UTF8.self) {
            return (text, hasBOM ? .utf8BOM : .utf8)
        }
        let check = validateUTF8(body)
        guard let invalidOffset = check.invalidOffset else {
            return (String(decoding: body, as: UTF8.self), hasBOM ? .utf8BOM : .utf8)
        }
        let utf8Offset = invalidOffset + (hasBOM ? 3 : 0)
        // A file that is plainly UTF-8 up to a bad byte is corrupt UTF-8, not GB18030
        // (many UTF-8 sequences are also valid GB18030 pairs and would decode as mojibake).
        if hasBOM || check.multibyteBefore >= 4 {
            throw .invalidBytes(offset: utf8Offset, encoding: "UTF-8")
        }
        switch gb18030(bytes) {
        case let .success(text): return (text, .gb18030)
        case let .failure(offset): throw .invalidBytes(offset: offset, encoding: "UTF-8 or GB18030")
        }
    }

    /// NUL bytes, or more than 5% control characters in the first 64 KiB.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let n = min(bytes.count, 65_536)
        var controls = 0
        for i in 0..<n {
            let b = bytes[i]
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
        }
        return controls * 20 > n
    }

    struct UTF8Check { var invalidOffset: Int?; var multibyteBefore: Int }

    /// The offset of the first byte that breaks UTF-8, and how many multi-byte sequences came before it.
    static func validateUTF8(_ b: [UInt8]) -> UTF8Check {
        var i = 0, multi = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var minNext: UInt8 = 0x80, maxNext: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; minNext = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: need = 2
            case 0xED: need = 2; maxNext = 0x9F
            case 0xF0: need = 3; minNext = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; maxNext = 0x8F
            default: return UTF8Check(invalidOffset: i, multibyteBefore: multi)
            }
            if i + need >= n { return UTF8Check(invalidOffset: i, multibyteBefore: multi) }
            let first = b[i + 1]
            if first < minNext || first > maxNext { return UTF8Check(invalidOffset: i, multibyteBefore: multi) }
            var k = 2
            while k <= need {
                if b[i + k] & 0xC0 != 0x80 { return UTF8Check(invalidOffset: i, multibyteBefore: multi) }
                k += 1
            }
            i += need + 1
            multi += 1
        }
        return UTF8Check(invalidOffset: nil, multibyteBefore: multi)
    }

    static func utf16(_ bytes: [UInt8], littleEndian: Bool) throws(TextDecodingError) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        if i < bytes.count { throw .invalidBytes(offset: i, encoding: littleEndian ? "UTF-16LE" : "UTF-16BE") }
        var text = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var unitIndex = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(s): text.append(s); unitIndex += s.value > 0xFFFF ? 2 : 1
            case .emptyInput: break loop
            case .error: throw .invalidBytes(offset: 2 + unitIndex * 2, encoding: littleEndian ? "UTF-16LE" : "UTF-16BE")
            }
        }
        if text.isEmpty { throw .empty }
        return String(text)
    }

    enum GBResult { case success(String); case failure(Int) }

    /// GB18030 → UTF-8 with glibc's iconv; a failure gives the offset of the first bad byte.
    static func gb18030(_ bytes: [UInt8]) -> GBResult {
        let cd = iconv_open("UTF-8", "GB18030")
        if cd == iconv_t(bitPattern: -1) { return .failure(0) }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let outCapacity = output.count
        var failedAt: Int? = nil
        var produced = 0
        input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outCapacity
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                if r == -1 || inLeft > 0 { failedAt = inBuf.count - inLeft }
                produced = outCapacity - outLeft
            }
        }
        if let failedAt { return .failure(failedAt) }
        return .success(String(decoding: output[0..<produced], as: UTF8.self))
    }
}
