extension Unicode.Scalar {
    /// Whether this is a CJK unified ideograph (the basic block, extension A, or the supplementary planes).
    @inlinable
    public var isHan: Bool {
        let value = self.value
        return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x20000...0x3134F).contains(value) || (0xF900...0xFAFF).contains(value)
    }

    /// Whether this is an ASCII digit `0`–`9`.
    @inlinable
    public var isASCIIDigit: Bool { (0x30...0x39).contains(self.value) }

    /// Whether this is an ASCII letter.
    @inlinable
    public var isASCIILetter: Bool { (0x41...0x5A).contains(self.value) || (0x61...0x7A).contains(self.value) }

    /// Whether this is horizontal white space: ASCII space and tab, no-break space, the ideographic space.
    @inlinable
    public var isInlineSpace: Bool {
        switch self.value {
        case 0x20, 0x09, 0xA0, 0x3000, 0x2002...0x200B, 0xFEFF: true
        default: false
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, decoded straight from its UTF-8 storage.
    ///
    /// `Array(text.unicodeScalars)` walks the string twice (once to count, once to copy) through the generic
    /// scalar iterator; a document's scalars are made once per stage, so this decodes in one pass instead.
    @inlinable
    public init(scalarsOf text: String) {
        var text = text
        self = text.withUTF8 { Self(decodingValidUTF8: $0) }
    }

    /// Decodes bytes that are known to be valid UTF-8 (a Swift string's own storage).
    @inlinable
    public init(decodingValidUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        self.init(unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
            var index = 0
            var count = 0
            let end = bytes.count
            while index < end {
                let lead = UInt32(bytes[index])
                var value: UInt32
                if lead < 0x80 {
                    value = lead
                    index += 1
                } else if lead < 0xE0 {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    value =
                        (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                }
                // Valid UTF-8 only ever encodes valid scalars.
                (buffer.baseAddress! + count).initialize(to: unsafeBitCast(value, to: Unicode.Scalar.self))
                count += 1
            }
            initialized = count
        }
    }

    /// The string made of `self[range]`.
    ///
    /// Encoded straight into the string's storage, sized exactly: a name of up to five Han scalars (15 bytes) is a
    /// small string, with no allocation at all.
    @inlinable
    public func string(_ range: Range<Int>) -> String {
        var length = 0
        for scalar in self[range] {
            let value = scalar.value
            length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var count = 0
            for scalar in self[range] {
                let value = scalar.value
                if value < 0x80 {
                    buffer[count] = UInt8(truncatingIfNeeded: value)
                    count += 1
                } else if value < 0x800 {
                    buffer[count] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    buffer[count + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    count += 2
                } else if value < 0x10000 {
                    buffer[count] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    buffer[count + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[count + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    count += 3
                } else {
                    buffer[count] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                    buffer[count + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                    buffer[count + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[count + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    count += 4
                }
            }
            return count
        }
    }

    /// Whether `pattern` occurs at `index`.
    @inlinable
    public func has(_ pattern: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + pattern.count <= self.count else { return false }
        for offset in 0..<pattern.count where self[index + offset] != pattern[offset] {
            return false
        }
        return true
    }

    /// Every index where `pattern` starts, occurrences not overlapping.
    @inlinable
    public func occurrences(of pattern: [Unicode.Scalar]) -> [Int] {
        var found: [Int] = []
        var index = 0
        while let at = self.firstIndex(of: pattern, from: index) {
            found.append(at)
            index = at + pattern.count
        }
        return found
    }

    /// The first index at or after `start` where `pattern` occurs.
    @inlinable
    public func firstIndex(of pattern: [Unicode.Scalar], from start: Int = 0) -> Int? {
        guard let first = pattern.first, pattern.count <= self.count else { return nil }
        // Over the buffers, without a bounds check per scalar: callers scan whole documents with it.
        return self.withUnsafeBufferPointer { text in
            pattern.withUnsafeBufferPointer { pattern in
                var index = start
                let last = text.count - pattern.count
                while index <= last {
                    if text[index] == first {
                        var offset = 1
                        while offset < pattern.count && text[index + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
    }
}
