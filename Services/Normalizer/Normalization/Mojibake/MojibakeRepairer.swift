import DiaoyanText

/// Undoes GBK byte-shift mojibake: runs garbled when a byte-level annotator split a two-byte character, such as
/// `日?qǐng)?bào)` (日報), `當(dāng)?shù)丶t豆杉` (當地紅豆杉) and `環(huán)?萍加邢薰緡(guó)家` (環保科技有限公司國家).
///
/// It runs on the text as decoded, before annotations are stripped and before conversion (which would destroy
/// the bytes it needs). Only three signals start a repair, none of which occurs in clean text: an orphan
/// reading `?qǐng)` without its `(`; a character that is not a GBK code's usual neighbour in Chinese text
/// (private-use, Greek, Cyrillic, box drawing); an annotation that is not a reading of the character before it.
/// The garbled run is re-encoded to GBK, the lost byte recovered (from the orphan's reading, or by trying every
/// candidate), the bytes re-paired and decoded, and the result kept only when the bigram model finds it clearly
/// more plausible than what was there.
package struct MojibakeRepairer: Sendable {
    private let gbk: GBKTable
    private let readings: PinyinReadings
    private let model: HanBigramModel
    private let converter: SimplifiedConverter

    /// How much more plausible (mean ln-frequency per character pair) a repair must be than the run it replaces.
    package static let requiredGain: Float = 1.5

    package init(gbk: GBKTable, readings: PinyinReadings, model: HanBigramModel, converter: SimplifiedConverter) {
        self.gbk = gbk
        self.readings = readings
        self.model = model
        self.converter = converter
    }

    private struct Candidate {
        var range: Range<Int>
        var replacement: [Unicode.Scalar]
        var score: Float
    }

    /// `scalars` with every garbled run it can explain repaired, and one repair per run (`at` is the run's offset in
    /// `scalars`).
    package func repair(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], repairs: [TextRepair]) {
        let repaired = self.repair(scalars, origins: Array(0..<Int32(scalars.count)))
        return (repaired.scalars, repaired.repairs)
    }

    /// `scalars` with every garbled run it can explain repaired, one repair per run, and where each output scalar
    /// came from.
    ///
    /// `origins[i]` is the input offset of `scalars[i]` (its offset in the decoded document); the result's `origins`
    /// says the same of the output scalars, and each repair's `at` is the origin of its run's first scalar. An
    /// unchanged scalar keeps its origin. A run `lo..<hi` replaced by `k` scalars maps replacement scalar `j` to the
    /// origin of `lo + j * (hi - lo) / k`, the start of the stretch of garbage that roughly held it.
    ///
    /// - Parameters:
    ///   - scalars: the decoded text.
    ///   - origins: one input offset per scalar of `scalars`.
    /// - Complexity: O(n) beyond the repairs themselves; the origins are copied in the loop that builds the output.
    package func repair(_ scalars: [Unicode.Scalar], origins: [Int32]) -> (
        scalars: [Unicode.Scalar], repairs: [TextRepair], origins: [Int32]
    ) {
        precondition(origins.count == scalars.count, "one origin per scalar")
        // Every signal needs a `?`, a `(` or a stray character; most documents have none of them.
        guard scalars.contains(where: { $0 == "?" || $0 == "(" || Self.isStray($0) }) else {
            return (scalars, [], origins)
        }
        var fixes: [Candidate] = []
        var index = 0
        while index < scalars.count {
            let floor = fixes.last?.range.upperBound ?? 0
            if let fix = self.orphanRepair(scalars, at: index) ?? self.runRepair(scalars, at: index, floor: floor) {
                fixes.append(fix)
                index = fix.range.upperBound
            } else {
                index += 1
            }
        }
        guard !fixes.isEmpty else { return (scalars, [], origins) }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var outputOrigins: [Int32] = []
        outputOrigins.reserveCapacity(scalars.count)
        var repairs: [TextRepair] = []
        var cursor = 0
        for fix in fixes {
            output.append(contentsOf: scalars[cursor..<fix.range.lowerBound])
            outputOrigins.append(contentsOf: origins[cursor..<fix.range.lowerBound])
            output.append(contentsOf: fix.replacement)
            let (low, width, count) = (fix.range.lowerBound, fix.range.count, fix.replacement.count)
            for position in 0..<count {
                outputOrigins.append(origins[low + position * width / count])
            }
            repairs.append(
                TextRepair(
                    kind: .mojibake,
                    from: scalars.string(fix.range),
                    to: String(String.UnicodeScalarView(fix.replacement)),
                    at: Int(origins[low])
                )
            )
            cursor = fix.range.upperBound
        }
        output.append(contentsOf: scalars[cursor...])
        outputOrigins.append(contentsOf: origins[cursor...])
        return (output, repairs, outputOrigins)
    }

    // MARK: Orphan readings

    /// A `?syllable)` at `index` with no `(`: the reading of a character whose lead byte survived and whose trail
    /// byte was lost into the `?`.
    private func orphan(_ scalars: [Unicode.Scalar], at index: Int) -> (syllable: PinyinSyllable, end: Int)? {
        guard index < scalars.count, scalars[index] == "?", index == 0 || scalars[index - 1] != "(" else { return nil }
        guard let (syllable, end) = PinyinSyllable.annotation(in: scalars, from: index + 1) else { return nil }
        return (syllable, end)
    }

    /// The real character before `index`, skipping its own annotation.
    private func previousCharacter(_ scalars: [Unicode.Scalar], before index: Int) -> Int? {
        var cursor = index - 1
        if cursor >= 0, scalars[cursor] == ")" {
            while cursor >= 0, scalars[cursor] != "(" { cursor -= 1 }
            cursor -= 1
        }
        return cursor >= 0 && scalars[cursor].isHan ? cursor : nil
    }

    private func orphanRepair(_ scalars: [Unicode.Scalar], at index: Int) -> Candidate? {
        guard let orphan = self.orphan(scalars, at: index),
            let previous = self.previousCharacter(scalars, before: index),
            let previousBytes = self.gbk.encode(scalars[previous]), previousBytes.count == 2
        else { return nil }
        // The split character was previous's trail byte + the lost byte; its reading is the orphan's.
        let lostBytes = self.gbk.characters(lead: previousBytes[1])
            .filter { self.readings.isReading(orphan.syllable, of: $0.scalar) }
            .map(\.trail)
        var best: Candidate?
        for lost in lostBytes {
            guard let candidate = self.continueAfterLostByte(lost, scalars, from: orphan.end, origin: index),
                !candidate.replacement.contains(where: Self.isStray)
            else { continue }
            let context =
                [scalars[previous]] + candidate.replacement + self.following(scalars, from: candidate.range.upperBound)
            var scored = candidate
            scored.score = self.plausibility(context)
            if best == nil || scored.score > best!.score { best = scored }
        }
        return best
    }

    /// Decodes what follows an orphan once the lost byte `lead` is known: either another orphan naming the
    /// character `lead` starts, or a garbled run to re-pair from `lead`.
    private func continueAfterLostByte(_ lead: UInt8, _ scalars: [Unicode.Scalar], from start: Int, origin: Int)
        -> Candidate?
    {
        if let next = self.orphan(scalars, at: start) {
            let options = self.gbk.characters(lead: lead).filter {
                self.readings.isReading(next.syllable, of: $0.scalar)
            }
            guard !options.isEmpty else { return nil }
            let previous = self.previousCharacter(scalars, before: origin).map { scalars[$0] }
            let chosen = options.max { self.pairScore(previous, $0.scalar) < self.pairScore(previous, $1.scalar) }!
            return Candidate(range: origin..<next.end, replacement: [chosen.scalar], score: 0)
        }
        var end = start
        while end < scalars.count, !scalars[end].isASCII { end += 1 }
        if end < scalars.count, (0x40...0x7E).contains(scalars[end].value), scalars[end] != "(" { end += 1 }
        guard end > start else { return nil }
        var bytes: [UInt8] = [lead]
        for scalar in scalars[start..<end] {
            guard let encoded = self.gbk.encode(scalar) else { return nil }
            bytes += encoded
        }
        // A run that stops at another orphan left a lead byte whose character that orphan reads (加強…儘?yōu)化 → 優).
        if bytes.count % 2 == 1, let next = self.orphan(scalars, at: end) {
            guard let decoded = self.decodePairs(bytes, completingWith: next.syllable) else { return nil }
            return Candidate(range: origin..<next.end, replacement: decoded, score: 0)
        }
        guard let decoded = self.decodePairs(bytes, completingWith: self.annotationReading(scalars, at: end)) else {
            return nil
        }
        return Candidate(range: origin..<end, replacement: decoded, score: 0)
    }

    // MARK: Garbled runs without an orphan

    /// Whether `scalar` has no business inside Chinese running text: private use, Greek, Cyrillic, box drawing.
    package static func isStray(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xE000...0xF8FF, 0x0370...0x03FF, 0x0400...0x04FF, 0x2500...0x257F: true
        default: false
        }
    }

    /// The reading in an annotation `(syllable)` at `index`, if one is there.
    private func annotationReading(_ scalars: [Unicode.Scalar], at index: Int) -> PinyinSyllable? {
        guard index < scalars.count, scalars[index] == "(" else { return nil }
        return PinyinSyllable.annotation(in: scalars, from: index + 1)?.0
    }

    /// Whether the Han character at `index` carries an annotation that is not one of its readings.
    private func hasForeignAnnotation(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 1 < scalars.count, scalars[index + 1] == "(", scalars[index].isHan,
            let reading = self.annotationReading(scalars, at: index + 1)
        else { return false }
        return !self.readings.isReading(reading, of: scalars[index])
    }

    /// The repair of the garbled run around a stray character or a foreign annotation at `index`, which starts no
    /// earlier than `floor`, when re-pairing its bytes gives something clearly more plausible.
    private func runRepair(_ scalars: [Unicode.Scalar], at index: Int, floor: Int) -> Candidate? {
        guard Self.isStray(scalars[index]) || self.hasForeignAnnotation(scalars, at: index) else { return nil }
        let (start, end) = self.runBounds(scalars, at: index, floor: floor)
        guard end - start >= 2, let bytes = self.gbkBytes(scalars[start..<end]) else { return nil }
        // The first byte is the trail of a character whose lead was lost; choose that character by its neighbour.
        let previous = self.previousCharacter(scalars, before: start).map { scalars[$0] }
        guard
            let rest = self.decodePairs(
                Array(bytes.dropFirst()),
                completingWith: self.annotationReading(scalars, at: end),
                next: self.following(scalars, from: end).first
            ), !rest.contains(where: Self.isStray)
        else { return nil }
        let firsts = self.gbk.characters(trail: bytes[0]).filter { $0.scalar.isHan }
        let fit = { (scalar: Unicode.Scalar) -> Float in
            // The character before usually shares a word with the lost one (環保); the one after may not.
            self.pairScore(previous, scalar) + 0.5 * self.pairScore(scalar, rest.first)
                + 0.1 * self.model.score(self.converter.convert([scalar])[0])
        }
        guard let first = firsts.max(by: { fit($0.scalar) < fit($1.scalar) }) else { return nil }
        var range = start..<end
        // A misplaced annotation now belongs to the completed character; drop it with the run.
        if let reading = self.annotationReading(scalars, at: end), let last = rest.last,
            self.readings.isReading(reading, of: last),
            let (_, close) = PinyinSyllable.annotation(in: scalars, from: end + 1)
        {
            range = start..<close
        }
        let replacement = [first.scalar] + rest
        let context = { (middle: [Unicode.Scalar]) in
            (previous.map { [$0] } ?? []) + middle + self.following(scalars, from: range.upperBound)
        }
        let gain = self.plausibility(context(replacement)) - self.plausibility(context(Array(scalars[start..<end])))
        guard gain >= Self.requiredGain else { return nil }
        return Candidate(range: range, replacement: replacement, score: gain)
    }

    /// The garbled run around `index`: back and forward over non-ASCII scalars (and `?`, a folded `？`), up to
    /// ASCII, sentence punctuation or an annotation, and back no further than `floor`.
    private func runBounds(_ scalars: [Unicode.Scalar], at index: Int, floor: Int) -> (start: Int, end: Int) {
        var start = index
        while start > floor, !scalars[start - 1].isASCII || scalars[start - 1] == "?",
            !Self.isSentencePunctuation(scalars[start - 1])
        {
            start -= 1
        }
        var end = index + 1
        if !self.hasForeignAnnotation(scalars, at: index) {
            while end < scalars.count, !scalars[end].isASCII, !Self.isSentencePunctuation(scalars[end]) {
                end += 1
                if self.hasForeignAnnotation(scalars, at: end - 1) { break }
            }
        }
        return (start, end)
    }

    /// The GBK bytes of `run`, two per scalar (a `?` stands for `？`, A3 BF), or nil when a scalar has no two-byte
    /// code.
    private func gbkBytes(_ run: ArraySlice<Unicode.Scalar>) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in run {
            if scalar == "?" {
                bytes += [0xA3, 0xBF]
            } else if let encoded = self.gbk.encode(scalar), encoded.count == 2 {
                bytes += encoded
            } else {
                return nil
            }
        }
        return bytes
    }

    // MARK: Decoding and scoring

    /// Decodes `bytes` two at a time; a lone last byte is completed by a character with that lead whose reading is
    /// `reading`, or the one that best precedes `next`. Nil when a pair is not a GBK code.
    private func decodePairs(_ bytes: [UInt8], completingWith reading: PinyinSyllable?, next: Unicode.Scalar? = nil) -> [Unicode
        .Scalar]?
    {
        var decoded: [Unicode.Scalar] = []
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] < 0x80 {
                decoded.append(Unicode.Scalar(bytes[index]))
                index += 1
                continue
            }
            guard let scalar = self.gbk.decode(bytes[index], bytes[index + 1]) else { return nil }
            decoded.append(scalar)
            index += 2
        }
        if index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                decoded.append(Unicode.Scalar(lead))
            } else {
                var options = self.gbk.characters(lead: lead).filter { $0.scalar.isHan }
                if let reading { options = options.filter { self.readings.isReading(reading, of: $0.scalar) } }
                let last = decoded.last
                let fit = { (scalar: Unicode.Scalar) -> Float in
                    self.pairScore(last, scalar) + self.pairScore(scalar, next) + 0.1
                        * self.model.score(self.converter.convert([scalar])[0])
                }
                guard let chosen = options.max(by: { fit($0.scalar) < fit($1.scalar) }) else { return nil }
                decoded.append(chosen.scalar)
            }
        }
        return decoded
    }

    /// Up to two scalars after `index`, for scoring a repair in context.
    private func following(_ scalars: [Unicode.Scalar], from index: Int) -> [Unicode.Scalar] {
        var cursor = index
        if cursor < scalars.count, scalars[cursor] == "(",
            let (_, close) = PinyinSyllable.annotation(in: scalars, from: cursor + 1)
        {
            cursor = close
        }
        return Array(scalars[cursor..<min(scalars.count, cursor + 2)])
    }

    /// Mean bigram plausibility of `scalars` once simplified.
    private func plausibility(_ scalars: [Unicode.Scalar]) -> Float {
        self.model.meanScore(self.converter.convert(scalars.filter { $0.isHan || !$0.isASCII }))
    }

    private func pairScore(_ first: Unicode.Scalar?, _ second: Unicode.Scalar?) -> Float {
        guard let first, let second else { return 0 }
        let pair = self.converter.convert([first, second])
        return self.model.score(pair[0], pair[1])
    }

    private static func isSentencePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        "，。；：！？、“”（）《》\n".unicodeScalars.contains(scalar)
    }
}
