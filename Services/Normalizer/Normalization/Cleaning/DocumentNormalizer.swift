import Crypto
import DiaoyanModels
import DiaoyanText
import Foundation

/// Turns one scraped document into clean simplified text: decode, strip annotations, convert, clean, split.
///
/// The steps, in order: decode the bytes (UTF-8, GB18030, Big5); repair GBK byte-shift mojibake; drop glued
/// pinyin annotations; convert
/// traditional to simplified; per line fold width, collapse white space and restore lost spaces; classify each
/// line as header (title, source, publication stamp), boilerplate (listed in `removed` with its kind) or body;
/// split the kept paragraphs into sentences. Each step carries every scalar's offset in the decoded input along with
/// it, so the result's `sourceMap` leads every output scalar back to where it came from.
/// The normalizer service and `diaoyan normalize` both run this; it holds only immutable tables.
package struct DocumentNormalizer: Sendable {
    /// Why a document could not be normalized.
    package enum Error: Swift.Error, Hashable {
        /// The bytes are not valid in `charset`; `byteOffset` is the first offending byte.
        case invalidEncoding(charset: String, byteOffset: Int)
        /// The charset name is not one the normalizer can decode.
        case unsupportedCharset(String)
    }

    private let tables: NormalizationTables

    /// A normalizer over the process-wide tables.
    package init() throws(TextResources.Error) {
        self.tables = try NormalizationTables.shared()
    }

    /// Normalizes text that is already decoded.
    ///
    /// A mojibake run the first pass could not explain can become explainable once the text around it is clean, so
    /// while the result still carries a repair signal (a stray character, a `?`, a parenthesised Latin run) it is
    /// normalized again, at most twice more, until nothing changes: normalizing the output changes nothing.
    ///
    /// Every pass carries each scalar's origin along, starting from the offsets of `text.unicodeScalars`, so a later
    /// pass's source map and repair offsets point into `text` itself, not into the previous pass's output.
    package func normalize(text: String, source: String, id: String? = nil) -> NormalizedDocument {
        let input = [Unicode.Scalar](scalarsOf: text)
        var (document, origins) = self.normalizeOnce(
            input,
            origins: Self.identityOrigins(count: input.count),
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

    /// `0..<count` as origins: on the first pass every scalar comes from its own offset.
    private static func identityOrigins(count: Int) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            for offset in 0..<count { buffer[offset] = Int32(truncatingIfNeeded: offset) }
            initialized = count
        }
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

    /// One pass of every step over `input`, with the input offset each scalar of the result came from.
    ///
    /// - Parameters:
    ///   - input: the text's scalars.
    ///   - origins: one offset in the decoded document per scalar of `input` (`0..<n` on the first pass, the
    ///     previous pass's result on a later one); every step carries them along with the scalars it keeps.
    /// - Returns: the document (without its source map) and one origin per scalar of its `text`.
    private func normalizeOnce(
        _ input: [Unicode.Scalar],
        origins: [Int32],
        source: String,
        id: String?
    ) -> (document: NormalizedDocument, origins: [Int32]) {
        var input = input
        var origins = origins
        var repairs: [TextRepair] = []
        if let mojibake = self.tables.mojibake {
            let repaired = mojibake.repair(input, origins: origins)
            input = repaired.scalars
            origins = repaired.origins
            repairs = repaired.repairs
        }
        let script = self.tables.converter.script(of: input)
        let stripped = self.tables.stripper.strip(input, origins: origins)
        repairs += stripped.repairs
        origins = stripped.origins
        // Conversion is length-preserving: phrase-table entries have equal lengths on both sides and characters map
        // one to one, so scalar i of the result came from scalar i of its input and the origins stay as they are.
        let converted = self.tables.converter.convert(stripped.scalars)
        if converted.count != origins.count {
            assertionFailure("traditional-to-simplified conversion changed the length")
            let (before, after) = (origins.count, converted.count)
            origins = (0..<after).map { origins[min($0 * before / after, before - 1)] }
        }

        var lines: [[Unicode.Scalar]] = []
        // The origins of every cleaned line, one after another; line i's start at `lineOriginStarts[i]`.
        var cleanedOrigins: [Int32] = []
        cleanedOrigins.reserveCapacity(origins.count)
        var lineOriginStarts: [Int] = []
        // The origin of the line break after each line (of the last scalar when the text ends without one).
        var breakOrigins: [Int32] = []
        var blankBefore: [Bool] = []
        var sawBlank = false
        for raw in converted.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\u{2029}" })
        {
            let originStart = cleanedOrigins.count
            let line = LineCleaner.clean(
                raw,
                origins: origins[raw.startIndex..<raw.endIndex],
                appendingOriginsTo: &cleanedOrigins
            )
            if line.isEmpty {
                sawBlank = true
                continue
            }
            lines.append(line)
            lineOriginStarts.append(originStart)
            breakOrigins.append(raw.endIndex < origins.count ? origins[raw.endIndex] : origins.last ?? 0)
            blankBefore.append(sawBlank)
            sawBlank = false
        }

        var title: String?
        var headline: [String] = []
        var published: String?
        var sourceName: String?
        var removed: [NormalizedDocument.Removal] = []
        var body: [String] = []
        // The index in `lines` of each line of `body`.
        var bodyLines: [Int] = []
        // The headline: up to three short lines at the top that do not end a sentence, before a blank line,
        // after any page chrome (breadcrumbs) above it.
        let titleStart = lines.prefix(3).firstIndex { BoilerplateClassifier.classify($0) == nil } ?? 0
        var titleEnd = titleStart
        for (index, line) in lines.enumerated().dropFirst(titleStart).prefix(3) {
            let string = line.string(0..<line.count)
            if index > titleStart && blankBefore[index] { break }
            guard line.count <= 64, let last = line.last, !"。！？.!?;；".unicodeScalars.contains(last),
                DocumentHeader.publicationStamp(string) == nil, DocumentHeader.sourceName(string) == nil,
                DocumentHeader.fields(string) == nil,
                BoilerplateClassifier.classify(line) == nil, DocumentHeader.dateline(string) == nil
            else { break }
            if index > titleStart && (string == title || string == headline.last) { break }
            title = title.map { $0 + " " + string } ?? string
            headline.append(string)
            titleEnd = index + 1
        }
        if title != nil && titleEnd == lines.count {
            titleEnd = titleStart
            title = nil
            headline = []
        }
        // Equal neighbours are one line told twice; the headline's last line is the first neighbour, so the output
        // never holds two equal lines in a row and a second pass has none to drop.
        var previous: String? = headline.last
        var keptBody = false
        var inRelatedList = false
        /// Keeps a line in the body. Only kept lines count as the one before: a removed line in between would be
        /// gone on a second pass.
        func keep(_ string: String, at index: Int) {
            previous = string
            keptBody = true
            body.append(string)
            bodyLines.append(index)
        }
        for (index, line) in lines.enumerated() where index < titleStart || index >= titleEnd {
            let string = line.string(0..<line.count)
            // `相关阅读：` and the headlines listed under it, up to a blank line or a sentence.
            if BoilerplateClassifier.isRelatedListHeading(line) {
                inRelatedList = true
                removed.append(.init(kind: "related", text: string))
                continue
            }
            if inRelatedList {
                if !blankBefore[index], BoilerplateClassifier.isListedHeadline(line) {
                    removed.append(.init(kind: "related", text: string))
                    continue
                }
                inRelatedList = false
            }
            if string == previous {
                removed.append(
                    .init(kind: !keptBody && headline.contains(string) ? "duplicate_title" : "duplicate", text: string)
                )
                continue
            }
            // A line that is nothing but a stamp (date, time, source) is metadata wherever it stands, so a second
            // pass — where the headline may reach further down — finds none left to take.
            if line.count <= 80, let fields = DocumentHeader.fields(string) {
                published = published ?? fields.published
                sourceName = sourceName ?? fields.sourceName
                // A header line that names its author keeps its place in the body: the byline is a fact (and its
                // date and time must not pass for a phone number).
                if fields.hasByline {
                    keep(string, at: index)
                } else {
                    removed.append(.init(kind: "header", text: string))
                }
                continue
            }
            if let stamp = DocumentHeader.publicationStamp(string) {
                published = published ?? stamp
                removed.append(.init(kind: "header", text: string))
                continue
            }
            if sourceName == nil, line.count <= 40, let source = DocumentHeader.source(of: string) {
                sourceName = source.name
                // A byline after the publisher is a fact: the line stays in the body.
                if !source.saysMore {
                    removed.append(.init(kind: "header", text: string))
                    continue
                }
            }
            if let kind = BoilerplateClassifier.classify(line) {
                removed.append(.init(kind: kind, text: string))
                continue
            }
            keep(string, at: index)
        }
        if sourceName == nil, let named = body.prefix(4).lazy.compactMap(DocumentHeader.datelineSource).first {
            sourceName = named
        }
        if published == nil, let first = body.prefix(4).lazy.compactMap(DocumentHeader.dateline).first,
            let year = DocumentHeader.firstYear(in: body.joined(separator: "\n"))
        {
            published = WrittenDate.format(year: year, month: first.month, day: first.day)
        }

        var paragraphs: [Mention] = []
        var sentences: [Mention] = []
        var text = ""
        var textOrigins: [Int32] = []
        textOrigins.reserveCapacity(origins.count)
        var offset = 0
        // The headline keeps its own lines, so normalizing the output again changes nothing.
        let headlineLines = titleStart..<(titleStart + headline.count)
        let paragraphLines = Array(headlineLines) + bodyLines
        for (position, (index, string)) in zip(paragraphLines, headline + body).enumerated() {
            let line = lines[index]
            if position > 0 {
                // The line break between two paragraphs comes from the one after the first of them.
                text += "\n"
                textOrigins.append(breakOrigins[paragraphLines[position - 1]])
                offset += 1
            }
            paragraphs.append(Mention(offset, offset + line.count))
            if headlineLines.contains(index) {
                sentences.append(Mention(offset, offset + line.count))
            } else {
                SentenceSplitter.forEachSentence(in: line) { sentence in
                    sentences.append(Mention(offset + sentence.lowerBound, offset + sentence.upperBound))
                }
            }
            text += string
            let originStart = lineOriginStarts[index]
            textOrigins.append(contentsOf: cleanedOrigins[originStart..<(originStart + line.count)])
            offset += line.count
        }
        let document = NormalizedDocument(
            id: id ?? Self.documentID(of: text),
            source: source,
            title: title,
            published: published,
            sourceName: sourceName,
            script: script,
            text: text,
            paragraphs: paragraphs,
            sentences: sentences,
            repairs: repairs.map(\.reported),
            removed: removed
        )
        return (document, textOrigins)
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
