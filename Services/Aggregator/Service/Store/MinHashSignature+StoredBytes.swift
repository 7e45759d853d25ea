import DiaoyanText

extension MinHashSignature {
    /// The bytes `documents.signature` and the inbox's `signature` hold: ``MinHashSignature/bytes``, each value's
    /// four bytes low first, written into one array. `bytes` builds a four-byte array per value and flattens them
    /// (128 arrays a signature), which was 1.7 % of the aggregator's samples between the accept path and the fold.
    var storedBytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(self.values.count * 4)
        for value in self.values {
            bytes.append(UInt8(truncatingIfNeeded: value))
            bytes.append(UInt8(truncatingIfNeeded: value >> 8))
            bytes.append(UInt8(truncatingIfNeeded: value >> 16))
            bytes.append(UInt8(truncatingIfNeeded: value >> 24))
        }
        return bytes
    }
}
