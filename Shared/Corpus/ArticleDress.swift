/// How a generated article is dressed as a scraped file: its script, glued readings, byte-shift runs, encoding.
package enum ArticleDress: CaseIterable, Sendable {
    case simplifiedUTF8
    case traditionalUTF8
    /// Traditional with readings glued after converted characters and GBK byte-shift runs in filler lines.
    case annotatedTraditional
    case simplifiedGBK
    case traditionalBig5
    case traditionalGBK

    /// The dress of article `index`: a fixed rotation (half of the articles plain simplified), so any eight
    /// consecutive articles carry every artifact.
    package static func of(index: Int) -> Self {
        let rotation: [Self] = [
            .simplifiedUTF8, .annotatedTraditional, .traditionalUTF8, .simplifiedGBK, .simplifiedUTF8,
            .traditionalBig5, .annotatedTraditional, .traditionalGBK,
        ]
        return rotation[index % rotation.count]
    }

    package var isTraditional: Bool {
        switch self {
        case .simplifiedUTF8, .simplifiedGBK: false
        case .traditionalUTF8, .annotatedTraditional, .traditionalBig5, .traditionalGBK: true
        }
    }
}
