/// One generated article: the file as scraped (bytes, possibly not UTF-8) and its gold record.
package struct GeneratedArticle: Sendable {
    /// The file name without extension (`000042_signing`); the gold is `NAME.gold.json`, the article `NAME.txt`.
    package var name: String
    /// The article file's bytes.
    package var bytes: [UInt8]
    package var gold: GoldRecord
    /// The artifacts this article carries.
    package var artifacts: Set<ArtifactKind>
    /// The clean simplified text the article was dressed from (what a perfect normalizer would give back, before
    /// boilerplate removal).
    package var cleanText: String
}
