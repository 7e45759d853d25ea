import DiaoyanModels
import DiaoyanWire
import Foundation
import Testing

@Suite struct StorageFailureTests {
    private struct Unrelated: Error {}

    @Test func recognisesAFullDisk() {
        #expect(StorageFailure.isFull(POSIXError(.ENOSPC)))
        #expect(StorageFailure.isFull(NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))))
        // GRDB's DatabaseError bridges to this domain with the extended result code.
        #expect(StorageFailure.isFull(NSError(domain: "GRDB.DatabaseError", code: 13)))
    }

    @Test func leavesOtherFailuresAlone() {
        #expect(!StorageFailure.isFull(POSIXError(.EACCES)))
        #expect(!StorageFailure.isFull(NSError(domain: "GRDB.DatabaseError", code: 14)))
        #expect(!StorageFailure.isFull(NSError(domain: "GRDB.DatabaseError", code: 19 | (1 << 8))))
        #expect(!StorageFailure.isFull(Unrelated()))
    }

    @Test func answersStorageFullRetryable() {
        let body = StorageFailure.errorBody(service: "aggregator", ref: "r")
        #expect(body.code == .storageFull)
        #expect(body.retryable)
        #expect(body.ref == "r")
    }
}
