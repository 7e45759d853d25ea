import DiaoyanExtraction
import DiaoyanModels
import DiaoyanText
import Testing

@Suite struct StoryPlaceTests {
    let gazetteer: Gazetteer
    let resolver: PlaceResolver

    init() throws {
        self.gazetteer = try Gazetteer.shared()
        self.resolver = PlaceResolver(gazetteer: self.gazetteer)
    }

    private func story(_ text: String) -> Place? {
        StoryPlace.of(self.resolver.resolve([Unicode.Scalar](text.unicodeScalars)), gazetteer: self.gazetteer)
    }

    @Test func staysAtTheCityWhenItsCountiesShareTheStory() {
        let text = "哈尔滨市委书记调研。哈尔滨市推进项目。哈尔滨市召开会议。阿城区一个项目，双城区一个项目。"
        #expect(self.story(text)?.path == "黑龙江省/哈尔滨市")
    }

    @Test func goesDownToTheCountyWrittenMost() {
        let text = "哈尔滨市阿城区召开会议。阿城区推进项目。阿城区新开工项目。阿城区签约。"
        #expect(self.story(text)?.path == "黑龙江省/哈尔滨市/阿城区")
    }

    @Test func countsACountyForTheCityAndProvinceItLiesIn() {
        let text = "江苏省代表团来访。阿城区推进项目。阿城区新开工项目。阿城区签约。"
        let story = self.story(text)
        #expect(story?.path == "黑龙江省/哈尔滨市/阿城区")
        #expect(story?.code == "230112")
    }

    @Test func hasNoneWithoutAPlace() {
        #expect(self.story("项目正式开工。") == nil)
    }
}
