import DiaoyanExtraction
import DiaoyanModels
import Testing

/// A company told by a shorter form and by its registered name is listed once, under the fuller name.
@Suite struct RegisteredNameMergerTests {
    func names(_ names: [String]) -> [String] {
        RegisteredNameMerger.merged(names.map { ExtractionRecord.Organization(name: $0, kind: "company") }).map(\.name)
    }

    @Test func foldsAShortFormIntoItsRegisteredName() {
        #expect(self.names(["青禾集团", "青禾集团有限公司"]) == ["青禾集团有限公司"])
        #expect(self.names(["白鹭新能源科技公司", "白鹭新能源科技有限公司"]) == ["白鹭新能源科技有限公司"])
        #expect(self.names(["云杉科技集团", "云杉科技集团(辽宁)有限公司"]) == ["云杉科技集团(辽宁)有限公司"])
    }

    @Test func foldsAGroupIntoItsNameWithAWordInserted() {
        #expect(self.names(["青禾集团", "青禾国际集团"]) == ["青禾国际集团"])
    }

    @Test func keepsABranchBesideItsParent() {
        #expect(self.names(["青禾集团有限公司", "青禾集团有限公司青海分公司"]).count == 2)
    }

    @Test func keepsCompaniesThatOnlyShareAFirstWord() {
        #expect(self.names(["青禾集团", "青禾物流有限公司"]).count == 2)
    }

    @Test func keepsTheMentionsOfBoth() {
        let merged = RegisteredNameMerger.merged([
            .init(name: "青禾集团", kind: "group", mentions: [Mention(0, 4)]),
            .init(name: "青禾集团有限公司", kind: "company", mentions: [Mention(10, 18)]),
        ])
        #expect(merged.map(\.mentions) == [[Mention(0, 4), Mention(10, 18)]])
    }

    @Test func leavesAUniversityWrittenOnlyAsTheOpeningOfItsOwnInstitute() {
        let merged = RegisteredNameMerger.merged([
            .init(name: "青禾大学", kind: "university", mentions: [Mention(0, 4)]),
            .init(name: "青禾大学深圳创新研究院", kind: "institute", mentions: [Mention(0, 11)]),
        ])
        #expect(merged.map(\.name) == ["青禾大学深圳创新研究院"])
        // Written on its own too, it stays.
        let apart = RegisteredNameMerger.merged([
            .init(name: "青禾大学", kind: "university", mentions: [Mention(0, 4), Mention(20, 24)]),
            .init(name: "青禾大学深圳创新研究院", kind: "institute", mentions: [Mention(0, 11)]),
        ])
        #expect(apart.count == 2)
    }
}
