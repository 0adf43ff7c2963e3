#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads through POSIX calls: one `open`, one `fstat`, then `read` into an array.
///
/// `FileManager.attributesOfItem` plus `contents(atPath:)` cost about twice as much per page: the
/// attributes dictionary looks up the owner's and group's names on every call.
enum FileBytes {
    /// Why a file could not be read.
    enum Failure: Error, Equatable {
        /// No file at that path.
        case notFound
        /// The path names a directory.
        case isDirectory
        /// The file has more than the limit's bytes (its size).
        case tooLarge(size: Int)
        /// Any other error, with the system's message.
        case system(String)
    }

    /// The bytes of the file at `path`, or why it cannot be read; files over `limit` bytes are
    /// refused before being read.
    static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return .failure(errno == ENOENT || errno == ENOTDIR ? .notFound : .system(message(errno))) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) != 0 { return .failure(.system(message(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.isDirectory) }
        let size = Int(info.st_size)
        if size > limit { return .failure(.tooLarge(size: size)) }
        // Read up to one byte past the limit: a file that grows while being read is still refused.
        var bytes = [UInt8](repeating: 0, count: min(max(size, 0), limit) + 1)
        var filled = 0
        while filled < bytes.count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                readSome(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.system(message(errno)))
            }
            if got == 0 { break }
            filled += got
            if filled == bytes.count && filled <= limit { bytes.append(contentsOf: repeatElement(0, count: 4096)) }
        }
        if filled > limit { return .failure(.tooLarge(size: filled)) }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    static func message(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// `read(2)` (a free function: inside ``FileBytes`` the name `read` is the enum's own).
private func readSome(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
