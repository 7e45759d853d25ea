/// The damage scraped articles carry that the normalizer repairs, as the generator puts it into an article.
package enum ArtifactKind: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    /// Written in traditional characters.
    case traditional
    /// A reading glued after converted characters: `項(xiàng)`.
    case gluedPinyin = "glued_pinyin"
    /// A GBK byte-shift run: an annotation inserted mid-character in GBK bytes, then decoded pair by pair.
    case mojibake
    /// The file is GBK-encoded bytes, not UTF-8.
    case gbkBytes = "gbk_bytes"
    /// The file is Big5-encoded bytes, not UTF-8.
    case big5Bytes = "big5_bytes"
    /// `?` where a full-width space was lost.
    case lostSpace = "lost_space"
    /// Header, editor line, footer, ICP number, phone, SEO place list.
    case boilerplate

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
