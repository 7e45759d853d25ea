import Crypto
import DiaoyanModels
import DiaoyanText
import Foundation

/// Turns one scraped document into clean simplified text: decode, strip annotations, convert, clean, split.
///
/// The steps, in order: decode the bytes (UTF-8, GB18030, Big5); repair GBK byte-shift mojibake; drop glued
/// pinyin annotations; convert
/// traditional to simplified; per line fold width, collapse white space and restore lost spaces; classify each
/// line as header (title, source, publication stamp), boilerplate (listed in `removed` with its kind) or body.
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
    package func normalize(text: String, source: String, id: String? = nil) -> NormalizedDocument {
        var document = self.normalizeOnce(text: text, source: source, id: id)
        var rounds = 1
        while rounds < 3, Self.carriesRepairSignal(document.text) {
            let again = self.normalizeOnce(text: document.text, source: source, id: id)
            guard again.text != document.text else { break }
            document.text = again.text
            document.paragraphs = again.paragraphs
            document.repairs += again.repairs
            document.removed += again.removed.filter { $0.kind != "header" }
            document.id = id ?? again.id
            rounds += 1
        }
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

    /// One pass of every step over `text`.
    private func normalizeOnce(text: String, source: String, id: String?) -> NormalizedDocument {
        var input = Array(text.unicodeScalars)
        var repairs: [TextRepair] = []
        if let mojibake = self.tables.mojibake {
            let repaired = mojibake.repair(input)
            input = repaired.scalars
            repairs = repaired.repairs
        }
        let script = self.tables.converter.script(of: input)
        let (stripped, readings) = self.tables.stripper.strip(input)
        repairs += readings
        let converted = self.tables.converter.convert(stripped)

        var lines: [[Unicode.Scalar]] = []
        var blankBefore: [Bool] = []
        var sawBlank = false
        for raw in converted.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\u{2029}" })
        {
            let line = LineCleaner.clean(raw)
            if line.isEmpty {
                sawBlank = true
                continue
            }
            lines.append(line)
            blankBefore.append(sawBlank)
            sawBlank = false
        }

        var title: String?
        var headline: [String] = []
        var published: String?
        var sourceName: String?
        var removed: [NormalizedDocument.Removal] = []
        var body: [String] = []
        var bodyLengths: [Int] = []
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
        for (index, line) in lines.enumerated() where index < titleStart || index >= titleEnd {
            let string = line.string(0..<line.count)
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
                removed.append(.init(kind: "header", text: string))
                continue
            }
            if let stamp = DocumentHeader.publicationStamp(string) {
                published = published ?? stamp
                removed.append(.init(kind: "header", text: string))
                continue
            }
            if sourceName == nil, line.count <= 40, let name = DocumentHeader.sourceName(string) {
                sourceName = name
                removed.append(.init(kind: "header", text: string))
                continue
            }
            if let kind = BoilerplateClassifier.classify(line) {
                removed.append(.init(kind: kind, text: string))
                continue
            }
            // Only kept lines count as the one before: a removed line in between would be gone on a second pass.
            previous = string
            keptBody = true
            body.append(string)
            bodyLengths.append(line.count)
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
        var text = ""
        var offset = 0
        // The headline keeps its own lines, so normalizing the output again changes nothing.
        let lengths = headline.map { $0.unicodeScalars.count } + bodyLengths
        for (paragraph, length) in zip(headline + body, lengths) {
            if !text.isEmpty {
                text += "\n"
                offset += 1
            }
            paragraphs.append(Mention(offset, offset + length))
            text += paragraph
            offset += length
        }
        return NormalizedDocument(
            id: id ?? Self.documentID(of: text),
            source: source,
            title: title,
            published: published,
            sourceName: sourceName,
            script: script,
            text: text,
            paragraphs: paragraphs,
            repairs: repairs.map(\.reported),
            removed: removed
        )
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
