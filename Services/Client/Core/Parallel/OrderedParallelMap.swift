import Dispatch
import Synchronization

/// Maps a collection on several threads and gives the results back in input order.
///
/// The offline `normalize`, `extract` and the benchmarks' offline figure use it: each worker takes the next
/// unclaimed item (an atomic counter, so a slow document does not hold up a whole stripe), and results land in
/// their item's slot.
package enum OrderedParallelMap {
    /// `transform` applied to every item on `jobs` threads (at least one); results in the order of `items`.
    ///
    /// - Complexity: O(n) calls of `transform`, spread over `jobs` threads.
    package static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item],
        jobs: Int,
        _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let workers = max(1, min(jobs, items.count))
        if workers == 1 { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < items.count else { return }
                slots.store(transform(items[index]), at: index)
            }
        }
        return slots.collect()
    }
}

/// Result slots written by index from several threads; each slot is written once, by one thread, and read only
/// after every writer has finished (``OrderedParallelMap`` joins its workers first).
private final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        self.buffer = .allocate(capacity: count)
        self.buffer.initialize(repeating: nil)
    }

    deinit {
        self.buffer.deinitialize()
        self.buffer.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        self.buffer[index] = value
    }

    func collect() -> [Value] {
        self.buffer.map { $0! }
    }
}
