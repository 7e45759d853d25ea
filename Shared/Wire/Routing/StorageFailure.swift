import DiaoyanModels
import Foundation

/// Recognises store errors that mean the storage is full, so the peer hears `storage_full` (retryable) instead
/// of `internal`.
///
/// Full means SQLite's `SQLITE_FULL` (the disk is full, or the database reached `max_page_count`), which GRDB
/// reports as an `NSError` in the domain `GRDB.DatabaseError` whose code is the extended result code (primary code
/// in the low byte), or `ENOSPC` from a plain file write. This module does not link GRDB, so the check goes
/// through the bridged error.
package enum StorageFailure {
    /// SQLite's primary result code for a full database or disk.
    package static let sqliteFull = 13
    /// The error domain GRDB's `DatabaseError` bridges to.
    package static let grdbErrorDomain = "GRDB.DatabaseError"

    /// True when `error` says the storage is full.
    package static func isFull(_ error: any Error) -> Bool {
        if let posix = error as? POSIXError {
            return posix.code == .ENOSPC
        }
        let bridged = error as NSError
        switch bridged.domain {
        case Self.grdbErrorDomain: return bridged.code & 0xff == Self.sqliteFull
        case NSPOSIXErrorDomain: return bridged.code == Int(ENOSPC)
        default: return false
        }
    }

    /// The `storage_full` answer of `service`.
    package static func errorBody(service: String, ref: String? = nil) -> ErrorBody {
        ErrorBody(
            code: .storageFull,
            message: "the \(service)'s storage is full; nothing was stored, retry later",
            ref: ref
        )
    }
}
