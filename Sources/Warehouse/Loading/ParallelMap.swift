import Dispatch
import Foundation

/// Maps over an array on several threads (work-stealing by index), keeping order.
enum ParallelMap {
    static func map<T, R>(_ items: [T], workers: Int, _ transform: (T) -> R) -> [R] {
        guard items.count > 1, workers > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        let counter = AtomicCounter()
        withoutActuallyEscaping(transform) { transform in
            let shared = Shared(items: items, transform: transform, results: results)
            DispatchQueue.concurrentPerform(iterations: min(workers, items.count)) { _ in
                while true {
                    let i = counter.next()
                    if i >= shared.items.count { break }
                    // Each index is written by exactly one thread.
                    shared.results[i] = shared.transform(shared.items[i])
                }
            }
        }
        return results.map { $0! }
    }

    private struct Shared<T, R>: @unchecked Sendable {
        let items: [T]
        let transform: (T) -> R
        let results: UnsafeMutableBufferPointer<R?>
    }
}

/// A lock-protected counter handing out 0, 1, 2 …
final class AtomicCounter: @unchecked Sendable {
    private var value = -1
    private let lock = NSLock()
    func next() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}
