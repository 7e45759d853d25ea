#if canImport(Glibc)
    import Glibc
#endif

/// Caps the number of glibc malloc arenas for this process.
///
/// glibc gives threads that allocate at the same time arenas of their own (up to eight per core), and memory freed in
/// one arena serves only that arena: the aggregator's folds allocate large transient row sets on whichever pool
/// thread runs them, so each arena grows to the largest fold it saw. Measured under `diaoyan bench pipeline`
/// (2 extractors, 3,000 articles): peak RSS 204 MB with glibc's default, 158 MB with two arenas, the same CPU.
/// `MALLOC_ARENA_MAX` in the environment does the same before the process starts; this sets it from `main`, before
/// the service's threads allocate. Elsewhere than glibc it does nothing.
package enum MallocArenas {
    /// glibc's `M_ARENA_MAX` parameter of `mallopt` (malloc.h; not imported into Swift).
    private static let arenaMaximumParameter: Int32 = -8

    /// Limits the arenas to `count`; returns whether glibc took it.
    @discardableResult
    package static func limit(to count: Int32) -> Bool {
        #if canImport(Glibc)
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            return unsafeBitCast(symbol, to: Mallopt.self)(Self.arenaMaximumParameter, count) == 1
        #else
            return false
        #endif
    }
}
