import DiaoyanModels
import DiaoyanText

/// The places a document is about, decided once for the whole record: the document's own `places`, the places
/// events and projects may name, and the place the story is about.
///
/// Places written only as background (inside a name, in a counted list of other hosts, in a list of places of
/// several provinces) are left out. A place
/// another place lies in is said by the deeper one (`黑龙江省` by `黑龙江省/哈尔滨市/阿城区`), and a division also
/// named through one of its parks is that park's entry.
package struct DocumentPlaces: Sendable {
    /// One place on the story's scene with every scalar range it is written at.
    package struct Named: Hashable, Sendable {
        package var place: Place
        package var mentions: [Range<Int>]
    }

    /// Every place on the scene, in order of first mention (ancestors and parks as their own entries).
    package let scene: [Named]
    /// What the record lists: the deepest places, each division once, with its park when one was named.
    package let listed: [Named]
    /// The place the story is about (``StoryPlace``).
    package let story: Place?

    /// - Parameters:
    ///   - resolved: the divisions the resolver found, in order of first mention.
    ///   - names: where organizations are named; a place inside one is no scene, unless the story names no other
    ///     (it happens where the companies it visits are).
    ///   - people: where persons are named; a place inside one (`陈中山` holds 中山) is never a scene.
    ///   - projects: where projects are named; a place of another province written only inside them is where an
    ///     investor comes from (`总投资5亿元的江苏科利科技电子产品生产项目`), no scene.
    package init(
        _ resolved: [PlaceResolver.Resolved],
        gazetteer: Gazetteer,
        names: [Range<Int>],
        people: [Range<Int>] = [],
        projects: [Range<Int>] = [],
        in scalars: [Unicode.Scalar]
    ) {
        let elsewhere = PlaceSceneFilter.listsOfElsewhere(resolved, gazetteer: gazetteer, in: scalars)
            .union(PlaceSceneFilter.menus(resolved, in: scalars))
            .union(VisitorOrigins.mentions(resolved, in: scalars))
        let inScene = { (names: [Range<Int>]) in
            resolved.filter { place in
                !place.mentions.allSatisfy {
                    elsewhere.contains($0) || PlaceSceneFilter.isBackground($0, in: scalars, names: names)
                }
            }
        }
        // A story that names its county only through the companies it visits (`…永春分公司`) happens there.
        let strict = inScene(names + people)
        let onScene = Self.withoutPassingMentions(
            Self.withoutOrigins(strict.isEmpty ? inScene(people) : strict, projects: projects, gazetteer: gazetteer),
            written: resolved,
            gazetteer: gazetteer,
            in: scalars
        )
        self.scene = onScene.map { Named(place: gazetteer.place(of: $0.division), mentions: $0.mentions) }
        self.listed = Self.deepest(of: self.scene)
        self.story = StoryPlace.of(onScene, gazetteer: gazetteer)
    }

    /// `places` without those written only inside project names whose province no place written outside them
    /// lies in: the investors' home provinces (`东莞普航电子、上海曼雅电器…共6个重点企业项目`), not the story's. With
    /// no place written outside a project name, every place stays.
    ///
    /// - Complexity: O(m·p) for m mentions and p project names.
    private static func withoutOrigins(
        _ places: [PlaceResolver.Resolved],
        projects: [Range<Int>],
        gazetteer: Gazetteer
    ) -> [PlaceResolver.Resolved] {
        guard !projects.isEmpty else { return places }
        let free = places.map { place in
            place.mentions.contains { mention in !projects.contains { $0.overlaps(mention) } }
        }
        let provinces = places.map { gazetteer.lineage(of: $0.division).first }
        let home = Set(places.indices.filter { free[$0] }.compactMap { provinces[$0] })
        guard !home.isEmpty else { return places }
        return places.indices.filter { free[$0] || provinces[$0].map(home.contains) ?? true }.map { places[$0] }
    }

    /// `places` without each place of another province than the story's that the text writes at most twice with no
    /// place above or below it written anywhere: a word that reads as a place (`科技兴县`, `产业和县区`, `日照条件`,
    /// `来宾朋友`), where a company came from or a model lies (`由温州整体搬迁`, `学习陕西袁家村经验`), not a scene of the
    /// story. The story's province is the one written most; a province written as often stays.
    ///
    /// - Complexity: O(p·w) for p places and w places written.
    private static func withoutPassingMentions(
        _ places: [PlaceResolver.Resolved],
        written: [PlaceResolver.Resolved],
        gazetteer: Gazetteer,
        in scalars: [Unicode.Scalar]
    ) -> [PlaceResolver.Resolved] {
        // Paths rather than divisions: a municipality is written both as the province and as its city.
        let paths = places.map { gazetteer.place(of: $0.division).path }
        // The provinces in parallel arrays, searched in place (a page names a few), compared as `String` compares.
        var provinces: [String] = []
        var weight: [Int] = []
        var provinceOf: [Int] = []
        for (index, place) in places.enumerated() {
            let province = Self.province(of: paths[index])
            if let known = provinces.firstIndex(where: { $0.sameText(as: province) }) {
                weight[known] += place.mentions.count
                provinceOf.append(known)
            } else {
                provinceOf.append(provinces.count)
                provinces.append(province)
                weight.append(place.mentions.count)
            }
        }
        // The story's province is written most; one written as often may be the story's.
        guard provinces.count > 1, let most = weight.max() else { return places }
        let writtenPaths = written.map { gazetteer.place(of: $0.division).path }
        return places.indices.filter { index in
            guard weight[provinceOf[index]] < most, places[index].mentions.count <= 2,
                !places[index].mentions.contains(where: { Self.isVenue($0, in: scalars) })
            else { return true }
            let path = paths[index]
            return writtenPaths.contains { other in Self.isNested(path, other) }
        }
        .map { places[$0] }
    }

    /// The first part of a gazetteer path (`辽宁省/朝阳市` → 辽宁省), as `split(separator: "/")` gives it; a plain path
    /// is cut at its first slash's byte.
    private static func province(of path: String) -> String {
        guard path.isCanonicallyPlain, let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")),
            slash != path.startIndex
        else { return path.split(separator: "/", maxSplits: 1).first.map(String.init) ?? path }
        return String(path[..<slash])
    }

    /// Whether one of two paths lies under the other: `other != path && (path.hasPrefix(other + "/") ||
    /// other.hasPrefix(path + "/"))`, read on the bytes of plain paths.
    private static func isNested(_ path: String, _ other: String) -> Bool {
        guard path.isCanonicallyPlain && other.isCanonicallyPlain else {
            return other != path && (path.hasPrefix(other + "/") || other.hasPrefix(path + "/"))
        }
        return Self.opens(path.utf8, with: other.utf8) || Self.opens(other.utf8, with: path.utf8)
    }

    /// Whether `long` is `short`, a slash and more.
    private static func opens(_ long: String.UTF8View, with short: String.UTF8View) -> Bool {
        guard long.count > short.count, long.starts(with: short) else { return false }
        return long[long.index(long.startIndex, offsetBy: short.count)] == UInt8(ascii: "/")
    }

    /// Whether the place at `mention` hosts a gathering (`在上海举行…推介会`, `于上海绿地召开`): the venue of a fair
    /// held away from home is on the scene however seldom it is written.
    private static func isVenue(_ mention: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard mention.lowerBound > 0, scalars[mention.lowerBound - 1] == "在" || scalars[mention.lowerBound - 1] == "于"
        else { return false }
        var end = mention.upperBound
        while end < scalars.count, end - mention.upperBound < 24,
            !ClauseMarkers.clausePunctuation.contains(scalars[end])
        {
            end += 1
        }
        return Self.holdings.hasWord(in: scalars, startingIn: mention.upperBound..<end)
    }

    private static let holdings = ScalarTrie<Bool>(words: ["举行", "召开", "举办"])

    /// The record's `places`.
    package var record: [ExtractionRecord.DocumentPlace] {
        self.listed.map { named in
            ExtractionRecord.DocumentPlace(
                named.place,
                mentions: named.mentions.map { Mention($0.lowerBound, $0.upperBound) }
            )
        }
    }

    /// The places of `scene` no other lies in; a division named on its own and through a park is one entry, the
    /// park's, holding both mentions.
    ///
    /// - Complexity: O(p²) for p places.
    private static func deepest(of scene: [Named]) -> [Named] {
        let deeper = scene.filter { named in !scene.contains { $0.place.lies(in: named.place) } }
        var listed: [Named] = []
        for named in deeper {
            if let index = listed.firstIndex(where: { $0.place.path.utf8.elementsEqual(named.place.path.utf8) }),
                listed[index].place.park == nil || named.place.park == nil
            {
                if listed[index].place.park == nil { listed[index].place.park = named.place.park }
                listed[index].mentions = (listed[index].mentions + named.mentions).sorted {
                    $0.lowerBound < $1.lowerBound
                }
            } else {
                listed.append(named)
            }
        }
        return listed
    }
}
