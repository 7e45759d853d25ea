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
        var result = ""
        for scalar in written {
            switch scalar {
            case "a"..."z": result.unicodeScalars.append(scalar)
            case "A"..."Z": result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            case "1"..."5", "\u{0300}"..."\u{030C}": continue
            case "ā", "á", "ǎ", "à": result += "a"
            case "ē", "é", "ě", "è", "ê": result += "e"
            case "ō", "ó", "ǒ", "ò": result += "o"
            case "ī", "í", "ǐ", "ì": result += "i"
            case "ū", "ú", "ǔ", "ù": result += "u"
            case "ü", "ǖ", "ǘ", "ǚ", "ǜ": result += "v"
            case "ń", "ň", "ǹ": result += "n"
            case "ḿ": result += "m"
            default: return nil
            }
        }
        return result.isEmpty ? nil : result
    }
}
