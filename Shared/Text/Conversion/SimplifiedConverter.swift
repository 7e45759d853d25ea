import DiaoyanModels

/// Converts traditional Chinese to mainland simplified: phrases first (longest match), then characters.
///
/// The tables come from OpenCC's `TSPhrases` and `TSCharacters` (see `Scripts/build_resources.py`), with
/// `t2s_overrides.tsv` for mainland usage (著力 → 着力 but 著名 stays). Place names from the gazetteer that the
/// character table would spoil (乾安县 → 干安县) are restored after conversion.
package struct SimplifiedConverter: Sendable {
    /// One change the converter made, as a scalar range of its input.
    package struct Change: Hashable, Sendable {
        package var range: Range<Int>
        package var replacement: [Unicode.Scalar]
    }

    private let characters: [UInt32: Unicode.Scalar]
    /// `characters` for the Basic Multilingual Plane as a flat table (0 = unchanged), for the hot loop.
    private let plane: [UInt32]
    private let phrases: ScalarTrie<[Unicode.Scalar]>
    private let protectedNames: ScalarTrie<[Unicode.Scalar]>
    /// Simplified forms that a traditional character converts to (发, 这…): evidence of simplified script.
    private let simplifiedOnly: Set<UInt32>
    /// `simplifiedOnly` for the Basic Multilingual Plane as a bitmap.
    private let simplifiedBits: [UInt64]

    /// The converter built from the bundled tables, with `names` protected from conversion damage.
    package init(protecting names: [String] = []) throws(TextResources.Error) {
        var characters: [UInt32: Unicode.Scalar] = [:]
        for row in try TextResources.rows(of: "t2s_characters.tsv") where row.count >= 2 {
            guard let source = row[0].unicodeScalars.first, let target = row[1].unicodeScalars.first else { continue }
            characters[source.value] = target
        }
        var phrases = ScalarTrie<[Unicode.Scalar]>()
        var phraseTargets: [[Unicode.Scalar]] = []
        for row in try TextResources.rows(of: "t2s_phrases.tsv") where row.count >= 2 {
            phrases.insert(row[0].unicodeScalars, Array(row[1].unicodeScalars))
            phraseTargets.append(Array(row[1].unicodeScalars))
        }
        for row in try TextResources.rows(of: "t2s_overrides.tsv") where row.count >= 2 {
            let source = Array(row[0].unicodeScalars)
            if source.count == 1, let target = row[1].unicodeScalars.first {
                characters[source[0].value] = target
            } else {
                phrases.insert(source, Array(row[1].unicodeScalars))
                phraseTargets.append(Array(row[1].unicodeScalars))
            }
        }
        // Converting converted text must change nothing. OpenCC's tables chain (薴 → 苧 → 苎): follow each chain to
        // its end. A phrase target holding a character the table would change again becomes a phrase of its own.
        for (source, target) in characters {
            var end = target
            var steps = 0
            while let next = characters[end.value], next != end, steps < 8 {
                end = next
                steps += 1
            }
            characters[source] = end
        }
        for target in phraseTargets where phrases.value(for: target) == nil {
            if target.contains(where: { scalar in characters[scalar.value].map { $0 != scalar } ?? false }) {
                phrases.insert(target, target)
            }
        }
        let sources = Set(characters.keys)
        let simplifiedOnly = Set(characters.values.map(\.value)).subtracting(sources)
        var simplifiedBits = [UInt64](repeating: 0, count: 1024)
        for value in simplifiedOnly where value < 0x10000 { simplifiedBits[Int(value >> 6)] |= 1 << (value & 63) }
        self.simplifiedOnly = simplifiedOnly
        self.simplifiedBits = simplifiedBits
        self.characters = characters
        var plane = [UInt32](repeating: 0, count: 0x10000)
        for (source, target) in characters where source < 0x10000 { plane[Int(source)] = target.value }
        self.plane = plane
        self.phrases = phrases
        var protectedNames = ScalarTrie<[Unicode.Scalar]>()
        for name in names {
            let scalars = Array(name.unicodeScalars)
            let spoiled = scalars.map { characters[$0.value] ?? $0 }
            if spoiled != scalars {
                protectedNames.insert(spoiled, scalars)
            }
        }
        self.protectedNames = protectedNames
    }

    /// Whether `scalar` is a traditional form the tables convert.
    package func isTraditional(_ scalar: Unicode.Scalar) -> Bool {
        self.characters[scalar.value] != nil
    }

    /// The script of `scalars`: traditional when nearly every convertible character is traditional, simplified
    /// when none or almost none is, mixed otherwise.
    package func script(of scalars: [Unicode.Scalar]) -> Script {
        var traditional = 0
        var simplified = 0
        for scalar in scalars where scalar.value >= 0x3400 {
            let value = scalar.value
            if value < 0x10000 {
                if self.plane[Int(value)] != 0 {
                    traditional += 1
                } else if self.simplifiedBits[Int(value >> 6)] & (1 << (value & 63)) != 0 {
                    simplified += 1
                }
            } else if self.characters[value] != nil {
                traditional += 1
            } else if self.simplifiedOnly.contains(value) {
                simplified += 1
            }
        }
        let total = traditional + simplified
        guard total > 0, traditional > 0 else { return .simplified }
        let share = Double(traditional) / Double(total)
        if share >= 0.8 { return .traditional }
        if share <= 0.1 && traditional < 3 { return .simplified }
        return .mixed
    }

    /// `scalars` in simplified script.
    package func convert(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.value < 0x3400 {
                output.append(scalar)
                index += 1
                continue
            }
            if self.phrases.mayStart(with: scalar), let match = self.phrases.longestMatch(in: scalars, from: index),
                match.length > 1
            {
                output.append(contentsOf: match.value)
                index += match.length
                continue
            }
            if scalar.value < 0x10000 {
                let mapped = self.plane[Int(scalar.value)]
                output.append(mapped == 0 ? scalar : Unicode.Scalar(mapped)!)
            } else {
                output.append(self.characters[scalar.value] ?? scalar)
            }
            index += 1
        }
        if output.count == scalars.count {
            self.restoreProtectedNames(&output, original: scalars)
        }
        return output
    }

    /// `text` in simplified script.
    package func convert(_ text: String) -> String {
        let converted = self.convert(Array(text.unicodeScalars))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: converted)
        return String(view)
    }

    /// Puts back names the character table spoiled, where the input really had the name's own character.
    private func restoreProtectedNames(_ output: inout [Unicode.Scalar], original: [Unicode.Scalar]) {
        var index = 0
        while index < output.count {
            guard self.protectedNames.mayStart(with: output[index]),
                let match = self.protectedNames.longestMatch(in: output, from: index)
            else {
                index += 1
                continue
            }
            let name = match.value
            var faithful = true
            for offset in 0..<name.count where output[index + offset] != name[offset] {
                if original[index + offset] != name[offset] {
                    faithful = false
                    break
                }
            }
            if faithful {
                output.replaceSubrange(index..<(index + name.count), with: name)
            }
            index += match.length
        }
    }
}
