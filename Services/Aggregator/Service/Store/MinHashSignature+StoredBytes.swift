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

    /// A signature from ``storedBytes``, as `init?(bytes:)` reads it (nil when the byte count is wrong), without
    /// its four-element reduce per value: a fold reads some 13,000 stored candidates' signatures at 20,000 stored.
    init?(storedBytes bytes: [UInt8]) {
        guard bytes.count == Self.permutations * 4 else { return nil }
        var values: [UInt32] = []
        values.reserveCapacity(Self.permutations)
        for start in stride(from: 0, to: bytes.count, by: 4) {
            values.append(
                UInt32(bytes[start]) | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2]) << 16
                    | UInt32(bytes[start + 3]) << 24
            )
        }
        self.init(values: values)
    }
}
