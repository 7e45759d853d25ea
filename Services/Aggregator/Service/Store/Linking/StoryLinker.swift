import DiaoyanText

/// Links a new document to the story of a stored near-duplicate: a reprint under another headline, with other
/// headers and footers or a sentence edited, is one story; a follow-up article about the same project is not.
///
/// Candidates are the stored documents that share a MinHash LSH band key with the new one (``MinHashSignature``,
/// one indexed lookup); the story joined is that of the candidate whose signature agrees most, when it agrees on at
/// least ``threshold`` of its values. Otherwise the document starts a story of its own, named by its id.
enum StoryLinker {
    /// The least estimated Jaccard similarity of two bodies' 5-scalar shingles for them to be one story.
    ///
    /// Measured on pairs built in `StoryLinkingTests`: a reprint with a new headline, a header, a footer and one
    /// sentence rewritten stays above 0.7; a follow-up article about the same project, sharing its name, place and
    /// figures, stays under 0.1. 0.5 sits between them with room on both sides.
    static let threshold = 0.5

    /// The story `document` belongs to; `fallback` when it has no signature.
    static func story(
        of document: String,
        signature: MinHashSignature?,
        fallback: String,
        session: any SQLSession
    ) throws -> String {
        guard let signature else { return fallback }
        let keys = signature.bandKeys
        let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ",")
        let candidates = try session.rows(
            """
            SELECT d.id AS id, d.story AS story, d.signature AS signature FROM documents d
            WHERE d.id IN (SELECT doc FROM story_bands WHERE key IN (\(placeholders))) AND d.id <> ?
            """,
            keys.map { .integer($0) } + [.text(document)]
        )
        var best: (similarity: Double, story: String)?
        for candidate in candidates {
            guard let stored = candidate.blob("signature").flatMap(MinHashSignature.init(bytes:)),
                let story = candidate.text("story")
            else { continue }
            let similarity = signature.similarity(to: stored)
            if similarity >= Self.threshold, similarity > (best?.similarity ?? 0) {
                best = (similarity, story)
            }
        }
        return best?.story ?? document
    }

    /// Records `document`'s band keys so later documents find it.
    static func index(_ document: String, signature: MinHashSignature, session: any SQLSession) throws {
        let keys = signature.bandKeys
        let rows = Array(repeating: "(?, ?)", count: keys.count).joined(separator: ", ")
        try session.execute(
            "INSERT INTO story_bands(key, doc) VALUES \(rows)",
            keys.flatMap { [SQLValue.integer($0), .text(document)] }
        )
    }
}
