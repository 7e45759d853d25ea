import DiaoyanModels

/// Decides where each project is, once, for the record and everything downstream of it.
///
/// In order: a place written inside the project's name (`阿城区…项目`); else a park its sentence names
/// (`在哈尔滨经开区，…项目开工`); else another place its sentence names; else the place the story is about. A place
/// written that the story's place lies in says less than the story (`哈尔滨古铁市场项目` in a story about 阿城区 is
/// in 阿城区), so the story's place is taken. The result says which of these it came from.
package struct ProjectPlaceAttribution: Sendable {
    private let scene: [DocumentPlaces.Named]
    private let story: Place?

    package init(_ places: DocumentPlaces) {
        self.scene = places.scene
        self.story = places.story
    }

    /// The place of the project written at `name` in `sentence`; nil only when the document names no place.
    ///
    /// - Complexity: O(m) over the m place mentions of the document.
    package func place(ofProjectAt name: Range<Int>, in sentence: Range<Int>) -> ExtractionRecord.ProjectPlace? {
        if let own = self.last(writtenIn: name), !self.storyLies(in: own) {
            return .init(own, from: .mention)
        }
        if let park = self.last(writtenIn: sentence, where: { $0.park != nil }), !self.storyLies(in: park) {
            return .init(park, from: .park)
        }
        if let nearby = self.last(writtenIn: sentence), !self.storyLies(in: nearby) {
            return .init(nearby, from: .mention)
        }
        return self.story.map { .init($0, from: .story) }
    }

    /// Whether the story's place lies inside `place` and says more than it.
    private func storyLies(in place: Place) -> Bool {
        guard let story = self.story else { return false }
        return story.lies(in: place)
            || (story.path.utf8.elementsEqual(place.path.utf8) && story.park != nil && place.park == nil)
    }

    /// The place written last (in scene order) with a mention starting in `range`.
    private func last(writtenIn range: Range<Int>, where accept: (Place) -> Bool = { _ in true }) -> Place? {
        self.scene.last { named in
            accept(named.place) && named.mentions.contains { range.contains($0.lowerBound) }
        }?.place
    }
}
