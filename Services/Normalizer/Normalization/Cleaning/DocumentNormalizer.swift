import Crypto
import DiaoyanModels
import DiaoyanText
import Foundation

/// Turns one scraped document into clean simplified text: decode, then run the normalization passes.
///
/// After decoding the bytes (UTF-8, GB18030, Big5), a round runs `passes` over one `NormalizationDraft`: repair
/// GBK byte-shift mojibake; drop glued pinyin annotations; convert traditional to simplified; per line fold width,
/// collapse white space and restore lost spaces; find the headline; sort the other lines into header facts,
/// boilerplate (listed in `removed` with its kind) and body; read a dateline; assemble the paragraphs and split them
/// into sentences. Each pass carries every scalar's offset in the decoded input along with it, so the result's
/// `sourceMap` leads every output scalar back to where it came from.
/// The normalizer service and `diaoyan normalize` both run this; its passes hold only immutable tables.
package struct DocumentNormalizer: Sendable {
    /// Why a document could not be normalized.
    package enum Error: Swift.Error, Hashable {
        /// The bytes are not valid in `charset`; `byteOffset` is the first offending byte.
        case invalidEncoding(charset: String, byteOffset: Int)
        /// The charset name is not one the normalizer can decode.
        case unsupportedCharset(String)
    }

    /// The passes one round runs, in order.
    package let passes: [any NormalizationPass]

    /// A normalizer over the process-wide tables.
    package init() throws(TextResources.Error) {
        self.passes = Self.passes(over: try NormalizationTables.shared())
    }

    /// The passes in the order a round runs them: repair, annotations, conversion, line cleaning, headline, body
    /// filter, dateline, assembly.
    package static func passes(over tables: NormalizationTables) -> [any NormalizationPass] {
        [
            RepairPass(repairer: tables.mojibake),
            AnnotationPass(stripper: tables.stripper),
            ConversionPass(converter: tables.converter),
            LineCleaningPass(),
            HeadlinePass(),
            BodyFilterPass(),
            DatelinePass(),
            AssemblyPass(),
        ]
    }

    /// Normalizes text that is already decoded.
    ///
    /// A mojibake run the first round could not explain can become explainable once the text around it is clean,
    /// so while the result still carries a repair signal (a stray character, a `?`, a parenthesised Latin run) every
    /// pass runs again over it, at most twice more, until nothing changes: normalizing the output changes nothing.
    /// A later round keeps the first one's title, header facts and script, and adds its repairs and removals.
    ///
    /// Every round carries each scalar's origin along, starting from the offsets of `text.unicodeScalars`, so a
    /// later round's source map and repair offsets point into `text` itself, not into the previous round's output.
    package func normalize(text: String, source: String, id: String? = nil) -> NormalizedDocument {
        let input = [Unicode.Scalar](scalarsOf: text)
        var (document, origins) = self.normalizeOnce(
            input,
            origins: NormalizationDraft.identityOrigins(count: input.count),
            source: source,
            id: id
        )
        var rounds = 1
        while rounds < 3, Self.carriesRepairSignal(document.text) {
            let (again, againOrigins) = self.normalizeOnce(
                [Unicode.Scalar](scalarsOf: document.text),
                origins: origins,
                source: source,
                id: id
            )
            guard again.text != document.text else { break }
            document.text = again.text
            document.paragraphs = again.paragraphs
            document.sentences = again.sentences
            document.repairs += again.repairs
            document.removed += again.removed.filter { $0.kind != "header" }
            document.id = id ?? again.id
            origins = againOrigins
            rounds += 1
        }
        document.sourceMap = SourceMap(inputOffsets: origins)
        return document
    }

    /// Whether `text` still holds something the mojibake repair or the annotation stripper acts on.
    private static func carriesRepairSignal(_ text: String) -> Bool {
        var beforePrevious: Unicode.Scalar = " "
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if MojibakeRepairer.isStray(scalar) { return true }
            // An orphan reading (`?qing)`) or an annotation glued to a Han character (`玻(cha3)`).
            if scalar.isASCIILetter && (previous == "?" || (previous == "(" && beforePrevious.isHan)) { return true }
            beforePrevious = previous
            previous = scalar
        }
        return false
    }

    /// One round of every pass over `input`, with the input offset each scalar of the result came from.
    ///
    /// - Parameters:
    ///   - input: the text's scalars.
    ///   - origins: one offset in the decoded document per scalar of `input` (`0..<n` on the first round, the
    ///     previous round's result on a later one); every pass carries them along with the scalars it keeps.
    /// - Returns: the document (without its source map) and one origin per scalar of its `text`.
    private func normalizeOnce(
        _ input: [Unicode.Scalar],
        origins: [Int32],
        source: String,
        id: String?
    ) -> (document: NormalizedDocument, origins: [Int32]) {
        var draft = NormalizationDraft(scalars: input, origins: origins)
        for pass in self.passes {
            pass.apply(to: &draft)
        }
        let document = NormalizedDocument(
            id: id ?? Self.documentID(of: draft.text),
            source: source,
            title: draft.headline.title,
            published: draft.published,
            sourceName: draft.sourceName,
            script: draft.script,
            text: draft.text,
            paragraphs: draft.paragraphs,
            sentences: draft.sentences,
            repairs: draft.repairs.map(\.reported),
            removed: draft.removed
        )
        return (document, draft.origins)
    }

    /// Decodes `bytes` (in `charset`, or detected) and normalizes the result.
    package func normalize(
        bytes: [UInt8],
        charset: String?,
        source: String,
        id: String? = nil
    ) throws(Error) -> NormalizedDocument {
        var declared: TextDecoder.Charset?
        if let charset {
            guard let known = TextDecoder.Charset(label: charset) else { throw .unsupportedCharset(charset) }
            declared = known
        }
        do {
            let (text, _) = try TextDecoder.decode(bytes, declared: declared)
            return self.normalize(text: text, source: source, id: id)
        } catch {
            switch error {
            case .invalidBytes(let charset, let offset):
                throw .invalidEncoding(charset: charset.rawValue.lowercased(), byteOffset: offset)
            case .unavailable(let charset):
                throw .unsupportedCharset(charset.rawValue)
            }
        }
    }

    /// The document id the design prescribes: lower-case hex SHA-256 of the normalized text's UTF-8 bytes.
    package static func documentID(of text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
