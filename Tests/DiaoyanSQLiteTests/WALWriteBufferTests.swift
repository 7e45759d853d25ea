import DiaoyanSQLite
import Foundation
import GRDB
import GRDBSQLite
import Testing

/// The VFS that gathers WAL frames (``WALWriteBuffer``): installed as the default, it loses nothing a transaction
/// committed — readers of the same file see every commit as soon as it returns, with the writer syncing every commit
/// and without, and a file closed and opened again holds every row, checkpointed or not.
@Suite struct WALWriteBufferTests {
    private static func withFolder(_ body: (String) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("walbuffer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await body(folder.path)
    }

    @Test func itIsTheDefaultOnceInstalled() {
        WALWriteBuffer.install()
        let name = sqlite3_vfs_find(nil).flatMap { $0.pointee.zName.map { String(cString: $0) } }
        #expect(name == WALWriteBuffer.name)
    }

    @Test(arguments: ["FULL", "NORMAL"])
    func readersSeeEveryCommitAndAReopenedFileHoldsEveryRow(synchronous: String) async throws {
        WALWriteBuffer.install()
        try await Self.withFolder { folder in
            let path = folder + "/a.sqlite"
            var configuration = Configuration()
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 64") }
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try await pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = \(synchronous)") }
                try await pool.write { try $0.execute(sql: "CREATE TABLE t (k INTEGER PRIMARY KEY, v BLOB NOT NULL)") }
                // Rows of 3 KB, so a commit writes many frames, some past the buffer's 64 KiB, and checkpoints run.
                let value = [UInt8](repeating: 7, count: 3000)
                for commit in 0..<60 {
                    try await pool.write { db in
                        for row in 0..<(1 + commit % 40) {
                            try db.execute(sql: "INSERT INTO t(v) VALUES (?)", arguments: [Data(value + [UInt8(row)])])
                        }
                    }
                    let written = try await pool.write { try Int.fetchOne($0, sql: "SELECT count(*) FROM t") ?? -1 }
                    let read = try await pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM t") ?? -1 }
                    #expect(read == written, "commit \(commit)")
                    let sum = try await pool.read { try Int.fetchOne($0, sql: "SELECT sum(length(v)) FROM t") ?? -1 }
                    #expect(sum == written * 3001)
                }
            }
            let reopened = try DatabaseQueue(path: path)
            let rows = try await reopened.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM t") ?? -1 }
            #expect(rows == (0..<60).reduce(0) { $0 + 1 + $1 % 40 })
            let check = try await reopened.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
            #expect(check == "ok")
        }
    }
}
