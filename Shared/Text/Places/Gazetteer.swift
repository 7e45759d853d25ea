/// China's administrative divisions down to county level, with their short forms and former names.
///
/// Built from `gazetteer.tsv`, `gazetteer_aliases.tsv` and `gazetteer_informal.tsv` (derived from jionlp's location
/// data by `Scripts/build_resources.py`). `names` finds every division a written name may stand for.
package struct Gazetteer: Sendable {
    /// How a written name relates to a division.
    package enum NameForm: Int, Hashable, Sendable, Comparable {
        /// A former name (襄樊 → 襄阳市).
        case former
        /// The short form (哈尔滨).
        case short
        /// The full official name (哈尔滨市).
        case full

        package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One reading of a written name.
    package struct Candidate: Hashable, Sendable {
        package var division: Int
        package var form: NameForm
    }

    /// Every division, parents before children.
    package let divisions: [Division]
    /// Written names (full, short, former) to the divisions they may stand for.
    package let names: ScalarTrie<[Candidate]>

    /// The bundled gazetteer.
    package init() throws(TextResources.Error) {
        var divisions: [Division] = []
        var byCodeAndLevel: [String: Int] = [:]
        var byCode: [String: Int] = [:]
        for row in try TextResources.rows(of: "gazetteer.tsv") where row.count >= 6 {
            let code = String(row[0])
            let level = Int(row[1]) ?? 3
            let parentCode = String(row[4])
            let parent = parentCode.isEmpty ? nil : byCodeAndLevel["\(parentCode)/\(level - 1)"]
            let division = Division(
                code: code,
                level: level,
                name: String(row[2]),
                shortName: String(row[3]),
                parent: parent,
                kind: Division.Kind(rawValue: String(row[5])) ?? .admin,
                shortIsEveryday: row.count > 6 && row[6] == "common"
            )
            byCodeAndLevel["\(code)/\(level)"] = divisions.count
            if byCode[code] == nil || level == 3 { byCode[code] = divisions.count }
            divisions.append(division)
        }
        Self.placeZonesInTheirCounties(&divisions)
        var names = ScalarTrie<[Candidate]>()
        let merge: ([Candidate], [Candidate]) -> [Candidate] = { old, new in old + new.filter { !old.contains($0) } }
        for (index, division) in divisions.enumerated() where division.kind != .direct {
            // A municipality appears as province and as its own city; the name stands for the province entry.
            if division.level == 2, let parent = division.parent, divisions[parent].name == division.name {
                continue
            }
            names.insert(division.name.unicodeScalars, [Candidate(division: index, form: .full)], merge: merge)
            // A division may have several short forms, `/`-separated (巴州/巴音郭楞).
            for short in division.shortName.split(separator: "/") where short.unicodeScalars.count >= 2 {
                names.insert(short.unicodeScalars, [Candidate(division: index, form: .short)], merge: merge)
            }
        }
        for row in try TextResources.rows(of: "gazetteer_aliases.tsv") where row.count >= 2 {
            guard let index = byCode[String(row[1])], Self.keepsFormerName(row[0], of: divisions[index]) else {
                continue
            }
            names.insert(row[0].unicodeScalars, [Candidate(division: index, form: .former)], merge: merge)
        }
        // `江华县` for 江华瑶族自治县: a name as full as the official one.
        for row in try TextResources.rows(of: "gazetteer_informal.tsv") where row.count >= 2 {
            guard let index = byCode[String(row[1])] else { continue }
            names.insert(row[0].unicodeScalars, [Candidate(division: index, form: .full)], merge: merge)
        }
        self.divisions = divisions
        self.names = names
        let lineages = divisions.indices.map { Self.computeLineage(of: $0, in: divisions) }
        self.lineages = lineages
        self.paths = lineages.map { lineage in lineage.map { divisions[$0].name }.joined(separator: "/") }
    }

    /// Whether a former name is worth reading: a bare two-scalar short form of a division merged into one of another
    /// name (`红星`, `新青` for districts now in 丰林县) is an everyday word far more often than that old district;
    /// its full former name (`红星区`) still counts.
    private static func keepsFormerName(_ name: Substring, of division: Division) -> Bool {
        name.unicodeScalars.count > 2 || division.name.hasPrefix(name)
    }

    /// Moves each development zone whose name opens with a county's name under the same city into that county:
    /// GB/T 2260 files `库尔勒经济技术开发区` under 巴音郭楞, but it lies in 库尔勒市, which its name says.
    ///
    /// - Complexity: O(z·c) for z zones and c counties per city.
    private static func placeZonesInTheirCounties(_ divisions: inout [Division]) {
        var counties: [Int: [Int]] = [:]
        for (index, division) in divisions.enumerated() where division.kind == .admin && division.level == 3 {
            if let parent = division.parent { counties[parent, default: []].append(index) }
        }
        for index in divisions.indices where divisions[index].kind == .zone {
            guard let city = divisions[index].parent else { continue }
            let zone = divisions[index].name
            var best: (index: Int, length: Int)?
            for county in counties[city] ?? [] {
                let forms =
                    [divisions[county].name] + divisions[county].shortName.split(separator: "/").map(String.init)
                for form in forms where form.unicodeScalars.count >= 2 && zone.hasPrefix(form) {
                    if form.unicodeScalars.count > best?.length ?? 0 { best = (county, form.unicodeScalars.count) }
                }
            }
            if let best { divisions[index].parent = best.index }
        }
    }

    /// The chain from the province down to `index`, skipping the 省直辖 placeholder and a municipality's repeat.
    package func lineage(of index: Int) -> [Int] {
        self.lineages[index]
    }

    /// Every division's lineage, computed once at load.
    private let lineages: [[Int]]

    private static func computeLineage(of index: Int, in divisions: [Division]) -> [Int] {
        var chain: [Int] = []
        var current: Int? = index
        while let node = current {
            let division = divisions[node]
            let repeatsChild = chain.first.map { divisions[$0].name == division.name } ?? false
            if division.kind != .direct && !repeatsChild {
                chain.insert(node, at: 0)
            }
            current = division.parent
        }
        return chain
    }

    /// `省/市/县` for `index`, e.g. `辽宁省/朝阳市/凌源市`.
    package func path(of index: Int) -> String {
        self.paths[index]
    }

    /// Every division's path, joined once at load: the extractor asks for them per mention.
    private let paths: [String]

    /// Every division whose full name is `name`.
    package func divisions(named name: String) -> [Int] {
        (self.names.value(for: name.unicodeScalars) ?? []).filter { $0.form == .full }.map(\.division)
    }

    /// The bundled gazetteer, loaded once per process and shared by the normalizer's tables and the extractor.
    package static func shared() throws(TextResources.Error) -> Gazetteer {
        try Self.loaded.get()
    }

    private static let loaded: Result<Gazetteer, TextResources.Error> = Result { () throws(TextResources.Error) in
        try Gazetteer()
    }

    /// Every division name, for protecting names during conversion.
    package var allNames: [String] { self.divisions.map(\.name) }
}
