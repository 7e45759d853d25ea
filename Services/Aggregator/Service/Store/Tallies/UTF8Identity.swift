#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// Strings compared and hashed by their UTF-8 bytes, as the databases compare them: the tallies' keys come from one
/// normalization (the extractor's), and Swift's own `String` hashing normalizes every non-ASCII string to NFC
/// first — some 8 % of a fold's time went to hashing Chinese keys into the sets and totals of ``TallyWriter``.
enum UTF8Identity {
    /// Feeds `text`'s UTF-8 bytes and their count to `hasher`.
    static func combine(_ text: String, into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
    }

    /// Whether the two strings have the same UTF-8 bytes (`memcmp`: compared byte by byte through the buffers'
    /// iterators, the keys' comparisons were a percent of a fold).
    static func equal(_ one: String, _ other: String) -> Bool {
        let contiguous = one.utf8.withContiguousStorageIfAvailable { left in
            other.utf8.withContiguousStorageIfAvailable { right in
                left.count == right.count
                    && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
        if let equal = contiguous ?? nil { return equal }
        return one.utf8.count == other.utf8.count && one.utf8.elementsEqual(other.utf8)
    }

    /// Whether `one` sorts before `other` by UTF-8 bytes (SQLite's `BINARY` order, PostgreSQL's `COLLATE "C"`).
    static func precedes(_ one: String, _ other: String) -> Bool {
        let contiguous = one.utf8.withContiguousStorageIfAvailable { left in
            other.utf8.withContiguousStorageIfAvailable { right in
                let common = min(left.count, right.count)
                let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
                return order != 0 ? order < 0 : left.count < right.count
            }
        }
        if let precedes = contiguous ?? nil { return precedes }
        return one.utf8.lexicographicallyPrecedes(other.utf8)
    }
}
