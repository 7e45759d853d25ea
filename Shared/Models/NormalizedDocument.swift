/// A document after the normalizer: clean simplified text plus what was repaired and removed on the way.
///
/// `diaoyan normalize --json` prints one of these per file; the normalizer stores the same object in its outbox
/// and leases it to extractors.
package struct NormalizedDocument: Codable, Hashable, Sendable {
    /// SHA-256 (lower-case hex) of `text`, unless the client supplied an id.
    package var id: String
    package var source: String
    package var title: String?
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    package var published: String?
    /// The publisher named in the text (`来源:哈尔滨日报` → `哈尔滨日报`).
    package var sourceName: String?
    package var script: Script
    /// The normalized text; paragraphs separated by a single `\n`.
    package var text: String
    /// `[start, end)` scalar offsets of each paragraph in `text`.
    package var paragraphs: [Mention]
    /// `[start, end)` scalar offsets of each sentence in `text`, in order; none crosses a paragraph, a headline line
    /// is one sentence. Empty when a peer older than the field sent the document.
    package var sentences: [Mention]
    package var repairs: [Repair]
    package var removed: [Removal]
    /// For every scalar of `text`, the scalar offset in the decoded input it came from (JSON key `source_map`).
    /// Empty when a peer older than the field sent the document.
    package var sourceMap: SourceMap

    package init(
        id: String,
        source: String,
        title: String? = nil,
        published: String? = nil,
        sourceName: String? = nil,
        script: Script = .simplified,
        text: String,
        paragraphs: [Mention] = [],
        sentences: [Mention] = [],
        repairs: [Repair] = [],
        removed: [Removal] = [],
        sourceMap: SourceMap = SourceMap()
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.published = published
        self.sourceName = sourceName
        self.script = script
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.repairs = repairs
        self.removed = removed
        self.sourceMap = sourceMap
    }

    private enum CodingKeys: String, CodingKey {
        case id, source, title, published
        case sourceName = "source_name"
        case script, text, paragraphs, sentences, repairs, removed
        case sourceMap = "source_map"
    }

    /// Decodes a document; `sentences` and `source_map` may be missing (peers older than them) and default to empty.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.source = try container.decode(String.self, forKey: .source)
        self.title = try container.decodeIfPresent(String.self, forKey: .title)
        self.published = try container.decodeIfPresent(String.self, forKey: .published)
        self.sourceName = try container.decodeIfPresent(String.self, forKey: .sourceName)
        self.script = try container.decode(Script.self, forKey: .script)
        self.text = try container.decode(String.self, forKey: .text)
        self.paragraphs = try container.decode([Mention].self, forKey: .paragraphs)
        self.sentences = try container.decodeIfPresent([Mention].self, forKey: .sentences) ?? []
        self.repairs = try container.decode([Repair].self, forKey: .repairs)
        self.removed = try container.decode([Removal].self, forKey: .removed)
        self.sourceMap = try container.decodeIfPresent(SourceMap.self, forKey: .sourceMap) ?? SourceMap()
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.source, forKey: .source)
        try container.encode(self.title, forKey: .title)
        try container.encode(self.published, forKey: .published)
        try container.encode(self.sourceName, forKey: .sourceName)
        try container.encode(self.script, forKey: .script)
        try container.encode(self.text, forKey: .text)
        try container.encode(self.paragraphs, forKey: .paragraphs)
        try container.encode(self.sentences, forKey: .sentences)
        try container.encode(self.repairs, forKey: .repairs)
        try container.encode(self.removed, forKey: .removed)
        try container.encode(self.sourceMap, forKey: .sourceMap)
    }
}

extension NormalizedDocument {
    /// One change made to the text: what was there, what replaced it, and where (scalar offset in the input).
    package struct Repair: Codable, Hashable, Sendable {
        /// e.g. `mojibake`, `pinyin`, `width`, `lost_space`, `t2s`.
        package var kind: String
        package var from: String
        package var to: String
        package var at: Int

        package init(kind: String, from: String, to: String, at: Int) {
            self.kind = kind
            self.from = from
            self.to = to
            self.at = at
        }
    }

    /// One line taken out as boilerplate, with its kind (`seo_list`, `footer`, `copyright`, `icp`, `editor`…).
    package struct Removal: Codable, Hashable, Sendable {
        package var kind: String
        package var text: String

        package init(kind: String, text: String) {
            self.kind = kind
            self.text = text
        }
    }
}
