import DiaoyanNormalization
import DiaoyanText

/// Dresses a clean simplified article the way scraped pages arrive: traditional script, readings glued after
/// converted characters, GBK byte-shift runs, GBK or Big5 bytes.
///
/// Every transformation is one the normalizer undoes, so the gold (written in simplified) stays true of the
/// dressed article.
package struct ScriptDisguise: Sendable {
    /// Why a disguise could not be built.
    package enum Error: Swift.Error, CustomStringConvertible {
        case resourceMissing(String)
        case noGBKTable

        package var description: String {
            switch self {
            case .resourceMissing(let name): "text resource \(name) could not be read"
            case .noGBKTable: "the C library's iconv cannot convert GB18030"
            }
        }
    }

    /// Simplified → the traditional character whose simplified form it is (checked against the converter).
    private let traditional: [Unicode.Scalar: Unicode.Scalar]
    /// A character's first reading, plain ASCII (`xiang`).
    private let readings: [Unicode.Scalar: String]
    private let gbk: GBKTable

    /// The disguise built once per process (its tables take a few hundred milliseconds to build).
    package static func shared() throws(Error) -> ScriptDisguise {
        switch Self.sharedResult {
        case .success(let disguise): return disguise
        case .failure(let error): throw error
        }
    }

    private static let sharedResult = Result<ScriptDisguise, Error> { () throws(Error) in try ScriptDisguise() }

    package init() throws(Error) {
        let converter: SimplifiedConverter
        let pairs: [[Substring]]
        let readingRows: [[Substring]]
        do {
            converter = try SimplifiedConverter()
            pairs = try TextResources.rows(of: "t2s_characters.tsv")
            readingRows = try TextResources.rows(of: "pinyin_readings.tsv")
        } catch {
            throw .resourceMissing("\(error)")
        }
        // A character Big5 has among its frequent characters (A440–C67E) is written as it is in traditional text
        // (面, 困); otherwise the candidate Big5 ranks most frequent wins (發, not 髮).
        guard let big5 = IconvConverter(from: "UTF-8", to: "BIG5") else { throw .resourceMissing("iconv BIG5") }
        func rank(_ scalar: Unicode.Scalar) -> Int? {
            let input = Array(String(scalar).utf8)
            guard case .converted(let output) = big5.convert(input, outputCapacity: 8), output.count == 2 else {
                return nil
            }
            let code = Int(output[0]) << 8 | Int(output[1])
            return code < 0xC67F ? 0 : 1
        }
        var traditional: [Unicode.Scalar: (scalar: Unicode.Scalar, rank: Int)] = [:]
        for row in pairs where row.count >= 2 {
            guard let source = row[0].unicodeScalars.first, row[0].unicodeScalars.count == 1,
                let target = row[1].unicodeScalars.first, row[1].unicodeScalars.count == 1, source != target,
                rank(target) != 0, let sourceRank = rank(source), sourceRank < (traditional[target]?.rank ?? 2),
                converter.convert([source]) == [target]
            else { continue }
            traditional[target] = (source, sourceRank)
        }
        var readings: [Unicode.Scalar: String] = [:]
        for row in readingRows where row.count >= 2 {
            guard let scalar = row[0].unicodeScalars.first, readings[scalar] == nil,
                let first = row[1].split(separator: ",").first
            else { continue }
            readings[scalar] = String(first)
        }
        guard let gbk = GBKTable() else { throw .noGBKTable }
        self.traditional = traditional.mapValues(\.scalar)
        self.readings = readings
        self.gbk = gbk
    }

    /// `text` in traditional characters; with `annotate`, each converted character followed by its reading with
    /// a tone mark (`项目` → `項(xiàng)目`).
    ///
    /// - Complexity: O(n) in the scalars of `text`.
    package func traditional(_ text: String, annotate: Bool) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard let converted = self.traditional[scalar] else {
                output.append(scalar)
                continue
            }
            output.append(converted)
            if annotate, let reading = self.readings[converted] ?? self.readings[scalar] {
                output.append("(")
                output.append(contentsOf: Self.toned(reading, tone: Int(converted.value % 4)).unicodeScalars)
                output.append(")")
            }
        }
        return String(output)
    }

    /// `line` with one GBK byte-shift run, or nil when it offers no place for one.
    ///
    /// The mechanism of the seeds: the line in GBK, an annotator matched a character across the boundary of two
    /// others (the trail byte of one and the lead byte of the next) and inserted that character's reading after
    /// the lead byte, splitting the character; a pairwise decoder then read the orphan lead byte and `(` as one
    /// invalid pair (`?`) and stayed out of step until the next ASCII byte.
    /// - Complexity: O(n) in the bytes of `line`.
    package func byteShift(_ line: String, random: inout SeededRandom) -> String? {
        var bytes: [UInt8] = []
        var starts: [Int] = []  // byte offset of each two-byte character
        for scalar in line.unicodeScalars {
            guard let encoded = self.gbk.encode(scalar) else { return nil }
            if encoded.count == 2 { starts.append(bytes.count) }
            bytes += encoded
        }
        // Boundaries between two adjacent two-byte characters where trail + lead spell a Han character with a
        // reading, and the run that follows reaches an ASCII byte.
        var candidates: [(offset: Int, reading: String)] = []
        for (first, second) in zip(starts, starts.dropFirst()) where second == first + 2 {
            guard let crossing = self.gbk.decode(bytes[first + 1], bytes[second]), crossing.properties.isIdeographic,
                let reading = self.readings[crossing]
            else { continue }
            candidates.append((second, reading))
        }
        guard !candidates.isEmpty else { return nil }
        let chosen = random.pick(candidates)
        guard let toned = self.gbkBytes(Self.toned(chosen.reading, tone: random.int(0...3))) else { return nil }
        var shifted = Array(bytes[...chosen.offset])
        shifted += [UInt8(ascii: "(")] + toned + [UInt8(ascii: ")")]
        shifted += bytes[(chosen.offset + 1)...]
        return self.decodePairwise(shifted)
    }

    /// Decodes GBK bytes two at a time, as a careless decoder does: an invalid pair becomes `?` and both of its
    /// bytes are consumed.
    private func decodePairwise(_ bytes: [UInt8]) -> String {
        var output = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                output.append(Unicode.Scalar(lead))
                index += 1
                continue
            }
            if index + 1 < bytes.count, let scalar = self.gbk.decode(lead, bytes[index + 1]) {
                output.append(scalar)
            } else {
                output.append("?")
            }
            index += 2
        }
        return String(output)
    }

    /// `text` in GBK, or nil when a character has no GBK code.
    package func gbkBytes(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let encoded = self.gbk.encode(scalar) else { return nil }
            bytes += encoded
        }
        return bytes
    }

    /// `text` in Big5, or nil when a character has no Big5 code.
    package func big5Bytes(_ text: String) -> [UInt8]? {
        guard let converter = IconvConverter(from: "UTF-8", to: "BIG5") else { return nil }
        let input = Array(text.utf8)
        guard case .converted(let output) = converter.convert(input, outputCapacity: input.count * 2 + 16) else {
            return nil
        }
        return output
    }

    /// The vowels with their four tone marks.
    private static let toneMarks: [Character: [Character]] = [
        "a": ["ā", "á", "ǎ", "à"], "e": ["ē", "é", "ě", "è"], "i": ["ī", "í", "ǐ", "ì"],
        "o": ["ō", "ó", "ǒ", "ò"], "u": ["ū", "ú", "ǔ", "ù"], "v": ["ǖ", "ǘ", "ǚ", "ǜ"],
    ]

    /// `plain` (`xiang`) with a tone mark on its main vowel (`xiàng`); `tone` 0…3.
    static func toned(_ plain: String, tone: Int) -> String {
        let marks = Self.toneMarks
        var letters = Array(plain)
        let target: Int?
        if let a = letters.firstIndex(where: { $0 == "a" || $0 == "e" }) {
            target = a
        } else if let o = letters.indices.dropLast().first(where: { letters[$0] == "o" && letters[$0 + 1] == "u" }) {
            target = o
        } else {
            target = letters.lastIndex { marks[$0] != nil }
        }
        if let target, let options = marks[letters[target]] { letters[target] = options[tone % 4] }
        return String(letters)
    }
}
