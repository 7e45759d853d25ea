/// The readings of each Han character, tone marks dropped (`創` → chuang, qiang), from pypinyin's table.
///
/// Used to tell a glued reading annotation `項(xiàng)` from a real parenthesis: the syllable must be one of the
/// character's readings.
package struct PinyinReadings: Sendable {
    private let readings: [UInt32: [String]]

    /// The bundled table.
    package init() throws(TextResources.Error) {
        var readings: [UInt32: [String]] = [:]
        for row in try TextResources.rows(of: "pinyin_readings.tsv") where row.count >= 2 {
            guard let scalar = row[0].unicodeScalars.first else { continue }
            readings[scalar.value] = row[1].split(separator: ",").map(String.init)
        }
        self.readings = readings
    }

    /// Whether `syllable` (plain ASCII, `v` for ü, no tone) is a reading of `character`.
    package func isReading(_ syllable: String, of character: Unicode.Scalar) -> Bool {
        self.readings[character.value]?.contains(syllable) ?? false
    }

    /// A syllable written with tone marks or a tone digit, reduced to plain ASCII (`xiàng` → xiang, `lv4` → lv).
    package static func plain(_ written: some Sequence<Unicode.Scalar>) -> String? {
        var bytes: [UInt8] = []
        for scalar in written {
            switch scalar {
            case "a"..."z": bytes.append(UInt8(scalar.value))
            case "A"..."Z": bytes.append(UInt8(scalar.value + 32))
            case "1"..."5", "\u{0300}"..."\u{030C}": continue
            case "ā", "á", "ǎ", "à": bytes.append(0x61)
            case "ē", "é", "ě", "è", "ê": bytes.append(0x65)
            case "ō", "ó", "ǒ", "ò": bytes.append(0x6F)
            case "ī", "í", "ǐ", "ì": bytes.append(0x69)
            case "ū", "ú", "ǔ", "ù": bytes.append(0x75)
            case "ü", "ǖ", "ǘ", "ǚ", "ǜ": bytes.append(0x76)
            case "ń", "ň", "ǹ": bytes.append(0x6E)
            case "ḿ": bytes.append(0x6D)
            default: return nil
            }
            if bytes.count > 7 { return nil }
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
}
