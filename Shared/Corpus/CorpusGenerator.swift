import DiaoyanText
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Generates a corpus of realistic articles of the genre, each with its gold record: the same seed gives the
/// same bytes on every run and machine.
///
/// Article `i` depends only on the seed and `i` (its own random stream), so a corpus of 1,000 is the first
/// thousand of a corpus of 100,000 and articles can be made in parallel.
package struct CorpusGenerator: Sendable {
    /// Why the generator could not start or write.
    package enum Error: Swift.Error, CustomStringConvertible {
        case resources(String)
        case cannotWrite(path: String, reason: String)

        package var description: String {
            switch self {
            case .resources(let reason): "the generator's resources could not be loaded: \(reason)"
            case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
            }
        }
    }

    package let seed: UInt64
    private let composer: ArticleComposer
    private let disguise: ScriptDisguise

    package init(seed: UInt64) throws(Error) {
        self.seed = seed
        do {
            self.composer = ArticleComposer(gazetteer: try Gazetteer.shared())
            self.disguise = try ScriptDisguise.shared()
        } catch {
            throw .resources("\(error)")
        }
    }

    /// Article number `index` of this seed's corpus.
    package func article(_ index: Int) -> GeneratedArticle {
        var random = SeededRandom(seed: self.seed, stream: UInt64(index))
        let genres = ArticleComposer.Genre.allCases
        let genre = genres[(index + Int(self.seed % UInt64(genres.count))) % genres.count]
        let draft = self.composer.compose(genre, random: &random)
        var artifacts: Set<ArtifactKind> = [.boilerplate]
        if draft.lostSpace { artifacts.insert(.lostSpace) }
        var gold = draft.gold
        let dress = ArticleDress.of(index: index)
        if dress.isTraditional {
            gold.script = "traditional"
            artifacts.insert(.traditional)
        }
        let text: String
        switch dress {
        case .simplifiedUTF8, .simplifiedGBK:
            text = draft.text
        case .traditionalUTF8, .traditionalBig5, .traditionalGBK:
            text = self.disguise.traditional(draft.text, annotate: false)
        case .annotatedTraditional:
            artifacts.insert(.gluedPinyin)
            var lines: [String] = []
            for line in draft.lines {
                let dressed = self.disguise.traditional(line.text, annotate: line.role != .footer)
                if line.role == .filler, let shifted = self.disguise.byteShift(dressed, random: &random) {
                    artifacts.insert(.mojibake)
                    lines.append(shifted)
                } else {
                    lines.append(dressed)
                }
            }
            text = lines.joined(separator: "\n") + "\n"
        }
        var bytes = Array(text.utf8)
        switch dress {
        case .simplifiedGBK, .traditionalGBK:
            if let encoded = self.disguise.gbkBytes(text) {
                bytes = encoded
                artifacts.insert(.gbkBytes)
            }
        case .traditionalBig5:
            if let encoded = self.disguise.big5Bytes(text) {
                bytes = encoded
                artifacts.insert(.big5Bytes)
            }
        case .simplifiedUTF8, .traditionalUTF8, .annotatedTraditional:
            break
        }
        gold.notes += "; artifacts: " + artifacts.sorted().map(\.rawValue).joined(separator: ", ")
        return GeneratedArticle(
            name: Self.name(index: index, genre: draft.genre),
            bytes: bytes,
            gold: gold,
            artifacts: artifacts,
            cleanText: draft.text
        )
    }

    /// `000042_signing`: the index zero-padded to six digits, then the kind of story.
    static func name(index: Int, genre: String) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits + "_" + genre
    }

    /// The gold record as written to `NAME.gold.json`: pretty, keys sorted, so files diff well and are stable.
    package static func goldJSON(_ gold: GoldRecord) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(gold)
    }

    /// Writes `bytes` to `path` with plain POSIX calls: Foundation's `Data.write` syncs every file to disk, which
    /// made writing a corpus twenty times slower than making it.
    private static func writeFile(_ bytes: [UInt8], to path: String) throws(Error) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            offset += written
        }
    }

    /// Writes articles `0..<count` as `NAME.txt` and `NAME.gold.json` into `directory` (created if missing);
    /// returns the bytes of article text written.
    package func write(count: Int, to directory: URL) throws(Error) -> Int {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory.path, reason: "\(error)")
        }
        var total = 0
        for index in 0..<count {
            let article = self.article(index)
            let text = directory.appendingPathComponent(article.name + ".txt")
            let gold = directory.appendingPathComponent(article.name + ".gold.json")
            do {
                try Self.writeFile(article.bytes, to: text.path)
                try Self.writeFile(Array(Self.goldJSON(article.gold)), to: gold.path)
            } catch {
                throw .cannotWrite(path: text.path, reason: "\(error)")
            }
            total += article.bytes.count
        }
        return total
    }
}
