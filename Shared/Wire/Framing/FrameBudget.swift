import Synchronization

/// The bytes a port lets its connections hold in unfinished frames, all connections together.
///
/// A connection reserves a frame's announced length as soon as its length prefix arrives, before buffering any
/// of it, and gives it back once the frame is complete or the connection closes. A frame that does not fit in
/// what is left is refused (`busy`), so a few peers announcing large frames cannot make the port hold more than
/// the budget.
package final class FrameBudget: Sendable {
    /// The budget, in bytes.
    package let capacity: Int
    private let reserved = Mutex(0)

    /// - Parameter capacity: bytes all unfinished frames of the port may hold together.
    package init(capacity: Int) {
        self.capacity = capacity
    }

    /// Bytes reserved now.
    package var inUse: Int { self.reserved.withLock { $0 } }

    /// Reserves `bytes` if they fit; false (and nothing reserved) if not.
    package func reserve(_ bytes: Int) -> Bool {
        self.reserved.withLock { reserved in
            guard bytes <= self.capacity - reserved else { return false }
            reserved += bytes
            return true
        }
    }

    /// Gives back bytes from an earlier successful ``reserve(_:)``.
    package func release(_ bytes: Int) {
        self.reserved.withLock { $0 -= bytes }
    }
}
