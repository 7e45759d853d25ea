import Foundation
import GRDBSQLite
import Synchronization

/// An SQLite VFS over the default one that gathers the frames a transaction appends to a WAL file and writes them with
/// one `pwrite` per 64 KiB instead of two a frame (SQLite writes each frame's 24-byte header and its page apart).
///
/// Why: with 100,000 records stored a fold writes some 13 WAL frames a record, and the kernel's work for the two
/// system calls of each (entry, the file's lock, ext4's write path for a header and an unaligned page) was 45 % of
/// a commit's CPU: 161,000 `pwrite`s for 5,000 synthetic records.
///
/// What it keeps: a WAL file's bytes are written before anything reads, sizes, truncates, syncs or closes that file,
/// and before any connection of the process takes or releases a lock of a WAL index (`xShmLock`) or orders its
/// memory (`xShmBarrier`). A transaction publishes its frames to readers only through the WAL index, after writing
/// them and (with `synchronous=FULL`, as the store's writers run) after syncing them, so a reader in this process or
/// another finds every frame the index names in the file; a commit is on disk when it returns as before. Frames not
/// yet written when the process dies belong to a transaction that never committed. Other files (the database, its
/// WAL index) are passed through.
///
/// Installed as the process's default VFS by ``install()``, before a store opens its connections (GRDB opens every
/// connection with the default VFS): the aggregator's store and the normalizer's outbox install it.
package enum WALWriteBuffer {
    /// The VFS's name.
    package static let name = "diaoyan-wal-buffer"

    /// Bytes gathered before a WAL file is written: 64 KiB, 16 frames of 4 KiB pages. The default VFS writes at most
    /// 128 KiB a call (`seekAndWrite` keeps a size's low 17 bits); a larger write came back short, as a full disk.
    static let capacity = 1 << 16

    /// Registers the VFS as the default once a process.
    package static func install() {
        _ = Self.installed
    }

    private static let installed: Bool = {
        guard let real = sqlite3_vfs_find(nil) else { return false }
        if let current = real.pointee.zName, String(cString: current) == Self.name { return true }
        let vfs = UnsafeMutablePointer<sqlite3_vfs>.allocate(capacity: 1)
        vfs.initialize(to: real.pointee)
        vfs.pointee.pNext = nil
        vfs.pointee.szOsFile = Int32(FileSlot.header) + real.pointee.szOsFile
        vfs.pointee.zName = UnsafePointer(strdup(Self.name))
        vfs.pointee.pAppData = UnsafeMutableRawPointer(real)
        vfs.pointee.xOpen = shimOpen
        return sqlite3_vfs_register(vfs, 1) == SQLITE_OK
    }()

    /// The WAL files with bytes not written yet, by address; every WAL file's buffer is read and written under it.
    fileprivate static let pending = Mutex<Set<UInt>>([])

    /// Writes every WAL file's gathered bytes.
    fileprivate static func flushAll() -> Int32 {
        Self.pending.withLock { pending in
            var code = SQLITE_OK
            for address in pending {
                guard let file = UnsafeMutablePointer<sqlite3_file>(bitPattern: address) else { continue }
                let result = FileSlot(file).flush()
                if result != SQLITE_OK { code = result }
            }
            pending.removeAll()
            return code
        }
    }
}

/// The memory SQLite gives a file of the VFS: a header (the `sqlite3_file` whose methods are this VFS's, the inner
/// file's address, and a WAL file's buffer, its byte count and file offset), then the default VFS's own file.
private struct FileSlot {
    static let header = 64
    let file: UnsafeMutablePointer<sqlite3_file>
    private var raw: UnsafeMutableRawPointer { UnsafeMutableRawPointer(self.file) }

    init(_ file: UnsafeMutablePointer<sqlite3_file>) { self.file = file }

    var inner: UnsafeMutablePointer<sqlite3_file> {
        (self.raw + Self.header).assumingMemoryBound(to: sqlite3_file.self)
    }
    var innerMethods: sqlite3_io_methods { self.inner.pointee.pMethods.pointee }

    var buffer: UnsafeMutableRawPointer? {
        get { self.raw.load(fromByteOffset: 16, as: UnsafeMutableRawPointer?.self) }
        nonmutating set { self.raw.storeBytes(of: newValue, toByteOffset: 16, as: UnsafeMutableRawPointer?.self) }
    }
    var count: Int {
        get { self.raw.load(fromByteOffset: 24, as: Int.self) }
        nonmutating set { self.raw.storeBytes(of: newValue, toByteOffset: 24, as: Int.self) }
    }
    var offset: Int64 {
        get { self.raw.load(fromByteOffset: 32, as: Int64.self) }
        nonmutating set { self.raw.storeBytes(of: newValue, toByteOffset: 32, as: Int64.self) }
    }

    /// Writes the gathered bytes (under ``WALWriteBuffer/pending``'s lock).
    func flush() -> Int32 {
        guard self.count > 0, let buffer = self.buffer else { return SQLITE_OK }
        let count = self.count
        self.count = 0
        return self.innerMethods.xWrite!(self.inner, buffer, Int32(count), self.offset)
    }

    /// Writes the gathered bytes, taking the lock.
    func flushLocked() -> Int32 {
        WALWriteBuffer.pending.withLock { pending in
            pending.remove(UInt(bitPattern: self.file))
            return self.flush()
        }
    }
}

private let shimOpen:
    @convention(c) (
        UnsafeMutablePointer<sqlite3_vfs>?, UnsafePointer<CChar>?, UnsafeMutablePointer<sqlite3_file>?, Int32,
        UnsafeMutablePointer<Int32>?
    ) -> Int32 = { vfs, name, file, flags, outFlags in
        guard let vfs, let file, let appData = vfs.pointee.pAppData else { return SQLITE_MISUSE }
        let real = appData.assumingMemoryBound(to: sqlite3_vfs.self)
        UnsafeMutableRawPointer(file).initializeMemory(as: UInt8.self, repeating: 0, count: FileSlot.header)
        let slot = FileSlot(file)
        let code = real.pointee.xOpen!(real, name, slot.inner, flags, outFlags)
        guard code == SQLITE_OK, slot.inner.pointee.pMethods != nil else {
            file.pointee.pMethods = nil
            return code
        }
        file.pointee.pMethods = flags & Int32(SQLITE_OPEN_WAL) != 0 ? walMethods : mainMethods
        return code
    }

private func slot(_ file: UnsafeMutablePointer<sqlite3_file>?) -> FileSlot { FileSlot(file!) }

/// The database's and other files' methods: the inner file's, the WAL index's locks and barrier after every WAL
/// file's bytes are written.
nonisolated(unsafe) private let mainMethods: UnsafePointer<sqlite3_io_methods> = {
    let methods = UnsafeMutablePointer<sqlite3_io_methods>.allocate(capacity: 1)
    methods.initialize(to: sqlite3_io_methods())
    methods.pointee.iVersion = 3
    methods.pointee.xClose = { file in
        let slot = slot(file)
        return slot.innerMethods.xClose!(slot.inner)
    }
    methods.pointee.xRead = { file, data, amount, offset in
        let slot = slot(file)
        return slot.innerMethods.xRead!(slot.inner, data, amount, offset)
    }
    methods.pointee.xWrite = { file, data, amount, offset in
        let slot = slot(file)
        return slot.innerMethods.xWrite!(slot.inner, data, amount, offset)
    }
    methods.pointee.xTruncate = { file, size in
        let slot = slot(file)
        return slot.innerMethods.xTruncate!(slot.inner, size)
    }
    methods.pointee.xSync = { file, flags in
        let slot = slot(file)
        return slot.innerMethods.xSync!(slot.inner, flags)
    }
    methods.pointee.xFileSize = { file, size in
        let slot = slot(file)
        return slot.innerMethods.xFileSize!(slot.inner, size)
    }
    forwardLocksAndControls(methods)
    methods.pointee.xShmMap = { file, page, size, extend, address in
        let slot = slot(file)
        return slot.innerMethods.xShmMap!(slot.inner, page, size, extend, address)
    }
    methods.pointee.xShmLock = { file, offset, count, flags in
        let flushed = WALWriteBuffer.flushAll()
        guard flushed == SQLITE_OK else { return flushed }
        let slot = slot(file)
        return slot.innerMethods.xShmLock!(slot.inner, offset, count, flags)
    }
    methods.pointee.xShmBarrier = { file in
        _ = WALWriteBuffer.flushAll()
        let slot = slot(file)
        slot.innerMethods.xShmBarrier!(slot.inner)
    }
    methods.pointee.xShmUnmap = { file, delete in
        let slot = slot(file)
        return slot.innerMethods.xShmUnmap!(slot.inner, delete)
    }
    methods.pointee.xFetch = { file, offset, amount, address in
        let slot = slot(file)
        return slot.innerMethods.xFetch!(slot.inner, offset, amount, address)
    }
    methods.pointee.xUnfetch = { file, offset, address in
        let slot = slot(file)
        return slot.innerMethods.xUnfetch!(slot.inner, offset, address)
    }
    return UnsafePointer(methods)
}()

/// A WAL file's methods: appends gathered, written before anything else touches the file.
nonisolated(unsafe) private let walMethods: UnsafePointer<sqlite3_io_methods> = {
    let methods = UnsafeMutablePointer<sqlite3_io_methods>.allocate(capacity: 1)
    methods.initialize(to: mainMethods.pointee)
    methods.pointee.xClose = { file in
        let slot = slot(file)
        let flushed = slot.flushLocked()
        slot.buffer?.deallocate()
        slot.buffer = nil
        let closed = slot.innerMethods.xClose!(slot.inner)
        return flushed != SQLITE_OK ? flushed : closed
    }
    methods.pointee.xRead = { file, data, amount, offset in
        let slot = slot(file)
        return WALWriteBuffer.pending.withLock { pending in
            pending.remove(UInt(bitPattern: file))
            let flushed = slot.flush()
            guard flushed == SQLITE_OK else { return flushed }
            return slot.innerMethods.xRead!(slot.inner, data, amount, offset)
        }
    }
    methods.pointee.xWrite = { file, data, amount, offset in
        guard let file, let data else { return SQLITE_MISUSE }
        let slot = FileSlot(file)
        let count = Int(amount)
        return WALWriteBuffer.pending.withLock { pending in
            if slot.count > 0, offset == slot.offset + Int64(slot.count), slot.count + count <= WALWriteBuffer.capacity
            {
                (slot.buffer! + slot.count).copyMemory(from: data, byteCount: count)
                slot.count += count
                return SQLITE_OK
            }
            let flushed = slot.flush()
            guard flushed == SQLITE_OK else {
                pending.remove(UInt(bitPattern: file))
                return flushed
            }
            guard count < WALWriteBuffer.capacity else {
                pending.remove(UInt(bitPattern: file))
                return slot.innerMethods.xWrite!(slot.inner, data, amount, offset)
            }
            if slot.buffer == nil {
                slot.buffer = UnsafeMutableRawPointer.allocate(byteCount: WALWriteBuffer.capacity, alignment: 4096)
            }
            slot.buffer!.copyMemory(from: data, byteCount: count)
            slot.count = count
            slot.offset = offset
            pending.insert(UInt(bitPattern: file))
            return SQLITE_OK
        }
    }
    methods.pointee.xTruncate = { file, size in
        let slot = slot(file)
        let flushed = slot.flushLocked()
        guard flushed == SQLITE_OK else { return flushed }
        return slot.innerMethods.xTruncate!(slot.inner, size)
    }
    methods.pointee.xSync = { file, flags in
        let slot = slot(file)
        let flushed = slot.flushLocked()
        guard flushed == SQLITE_OK else { return flushed }
        return slot.innerMethods.xSync!(slot.inner, flags)
    }
    methods.pointee.xFileSize = { file, size in
        let slot = slot(file)
        let flushed = slot.flushLocked()
        guard flushed == SQLITE_OK else { return flushed }
        return slot.innerMethods.xFileSize!(slot.inner, size)
    }
    methods.pointee.xFileControl = { file, operation, argument in
        let slot = slot(file)
        let flushed = slot.flushLocked()
        guard flushed == SQLITE_OK else { return flushed }
        return slot.innerMethods.xFileControl!(slot.inner, operation, argument)
    }
    return UnsafePointer(methods)
}()

/// The methods every file passes through as they are.
private func forwardLocksAndControls(_ methods: UnsafeMutablePointer<sqlite3_io_methods>) {
    methods.pointee.xLock = { file, lock in
        let slot = slot(file)
        return slot.innerMethods.xLock!(slot.inner, lock)
    }
    methods.pointee.xUnlock = { file, lock in
        let slot = slot(file)
        return slot.innerMethods.xUnlock!(slot.inner, lock)
    }
    methods.pointee.xCheckReservedLock = { file, result in
        let slot = slot(file)
        return slot.innerMethods.xCheckReservedLock!(slot.inner, result)
    }
    methods.pointee.xFileControl = { file, operation, argument in
        let slot = slot(file)
        return slot.innerMethods.xFileControl!(slot.inner, operation, argument)
    }
    methods.pointee.xSectorSize = { file in
        let slot = slot(file)
        return slot.innerMethods.xSectorSize!(slot.inner)
    }
    methods.pointee.xDeviceCharacteristics = { file in
        let slot = slot(file)
        return slot.innerMethods.xDeviceCharacteristics!(slot.inner)
    }
}
