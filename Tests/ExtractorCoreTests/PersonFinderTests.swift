import DiaoyanModels
import ExtractorCore
import Testing

@Suite struct PersonFinderTests {
    let finder = PersonFinder()

    func people(_ text: String) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: self.finder.find(in: Array(text.unicodeScalars)).map { ($0.name, $0.titles) })
    }

    @Test func keepsAThirdGivenScalarThatCouldOpenAVerb() {
        #expect(Set(self.people("市委书记郭永强陪同调研。").keys) == ["郭永强"])
        #expect(Set(self.people("市长罗青分别出席活动。").keys) == ["罗青"])
        #expect(Set(self.people("党工委书记刘芳见证签约。").keys) == ["刘芳"])
        #expect(Set(self.people("董事长唐一鸣介绍。").keys) == ["唐一鸣"])
    }

    @Test func readsNamesWithAMiddleDot() {
        #expect(Set(self.people("哈密市委书记吐尔洪·艾山深入伊州区调研。").keys) == ["吐尔洪·艾山"])
    }

    @Test func readsABylineNameWithoutAKnownFamilyName() {
        #expect(self.people("（通讯员 李梦瑶 记者 古丽娜尔）") == ["李梦瑶": ["通讯员"], "古丽娜尔": ["记者"]])
    }

    @Test func givesAttendeesTheLeadersTitleAndStopsAtTheAttendanceVerb() {
        #expect(self.people("市领导王建东、马丽娜参加调研。") == ["王建东": ["市领导"], "马丽娜": ["市领导"]])
    }

    @Test func doesNotReadADistrictAfterATitleAsAName() {
        #expect(self.people("西安市长安区举行开工仪式。").isEmpty)
    }

    @Test func readsAnAcademicianAsOther() throws {
        let found = self.finder.find(in: Array("中国工程院院士林子谦作为技术顾问参加活动。".unicodeScalars))
        let person = try #require(found.first { $0.name == "林子谦" })
        #expect(person.role == .other)
    }
}
