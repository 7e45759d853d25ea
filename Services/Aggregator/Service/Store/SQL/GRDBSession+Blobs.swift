import GRDB
import GRDBSQLite

extension GRDBSession {
    /// 64-bit words one call of SQLite's incremental blob I/O moves (64 KiB).
    private static let wordsPerChunk = 8192

    /// Writes `values` as little-endian bytes, eight a value, into the blob of `column` in row `row` of `table`,
    /// which must hold a blob of that size already (`zeroblob(N)`), a chunk at a time through SQLite's incremental
    /// blob I/O.
    ///
    /// Why: bound as one value, a blob of 12 MB (the band filter's copy at 100,000 records) was copied whole three
    /// times on its way into the file (the bytes made of the values, SQLite's copy of a bound value, the record made
    /// of the row), which took a process writing it from 123 to 159 MB of peak RSS.
    func writeWords(_ values: [UInt64], table: String, column: String, row: Int64) throws {
        let blob = try self.openBlob(table: table, column: column, row: row, writable: true)
        defer { sqlite3_blob_close(blob) }
        let expected = values.count * 8
        let bytes = Int(sqlite3_blob_bytes(blob))
        guard bytes == expected else {
            throw Error.blobSize(table: table, column: column, row: row, bytes: bytes, expected: expected)
        }
        var chunk = [UInt64](repeating: 0, count: Self.wordsPerChunk)
        for start in stride(from: 0, to: values.count, by: Self.wordsPerChunk) {
            let end = min(start + Self.wordsPerChunk, values.count)
            for index in start..<end { chunk[index - start] = values[index].littleEndian }
            let code = chunk.withUnsafeBytes { raw in
                sqlite3_blob_write(blob, raw.baseAddress, CInt((end - start) * 8), CInt(start * 8))
            }
            guard code == SQLITE_OK else {
                throw Error.blobNotMoved(table: table, column: column, row: row, code: code)
            }
        }
    }

    /// The blob of `column` in row `row` of `table` read as little-endian 64-bit words straight into the array
    /// returned; nil when its size is not a multiple of eight.
    func readWords(table: String, column: String, row: Int64) throws -> [UInt64]? {
        let blob = try self.openBlob(table: table, column: column, row: row, writable: false)
        defer { sqlite3_blob_close(blob) }
        let bytes = Int(sqlite3_blob_bytes(blob))
        guard bytes % 8 == 0 else { return nil }
        var code = SQLITE_OK
        var words = [UInt64](unsafeUninitializedCapacity: bytes / 8) { buffer, initialized in
            if bytes > 0 { code = sqlite3_blob_read(blob, buffer.baseAddress, CInt(bytes), 0) }
            initialized = bytes / 8
        }
        guard code == SQLITE_OK else { throw Error.blobNotMoved(table: table, column: column, row: row, code: code) }
        for index in words.indices { words[index] = UInt64(littleEndian: words[index]) }
        return words
    }

    private func openBlob(table: String, column: String, row: Int64, writable: Bool) throws -> OpaquePointer {
        var blob: OpaquePointer?
        let code = sqlite3_blob_open(
            self.database.sqliteConnection,
            "main",
            table,
            column,
            row,
            writable ? 1 : 0,
            &blob
        )
        guard code == SQLITE_OK, let blob else {
            if let blob { sqlite3_blob_close(blob) }
            throw Error.blobNotOpened(table: table, column: column, row: row, code: code)
        }
        return blob
    }
}
