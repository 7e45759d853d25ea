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

    /// ``similarity(to:)`` with a signature as ``storedBytes`` holds it (``permutations`` values, four bytes each),
    /// read where it lies rather than decoded into a signature first: a fold compares some 13,000 stored candidates.
    func similarity(toStored bytes: [UInt8]) -> Double {
        precondition(bytes.count == Self.permutations * 4, "a stored signature holds \(Self.permutations) values")
        var equal = 0
        bytes.withUnsafeBytes { stored in
            for index in 0..<Self.permutations
            where UInt32(littleEndian: stored.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
                == self.values[index]
            {
                equal += 1
            }
        }
        return Double(equal) / Double(Self.permutations)
    }
}
