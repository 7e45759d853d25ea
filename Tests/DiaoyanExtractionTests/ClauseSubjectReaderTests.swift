import DiaoyanExtraction
import DiaoyanModels
import Testing

/// People a clause's grammar names: a name addressed by its office after it, a name opening a clause with a verb.
/// The texts are long and titled, so the learned tagger is not asked and these are the rules' findings alone.
@Suite struct ClauseSubjectReaderTests {
    let extractor: RecordExtractor

    init() throws {
        self.extractor = try RecordExtractor()
    }

    /// A page of the genre, longer than a sentence or two: a titled opening, `body`, and paragraphs on a project.
    func persons(_ body: String) -> [ExtractionRecord.Person] {
        let project = String(repeating: "项目总投资12亿元，建成后年产新型材料10万吨，带动就业500余人。", count: 3)
        let text = "县委书记赵刚到园区调研重点项目。" + body + project
        return self.extractor.extract(NormalizedDocument(id: "t", source: "t", text: text)).persons
    }

    @Test func readsANameAddressedByItsOffice() throws {
        let persons = self.persons("他代表县委、县政府和王建国书记向奋战在一线的干部职工致以问候。")
        let wang = try #require(persons.first { $0.name == "王建国" })
        #expect(wang.titles == ["书记"])
        #expect(wang.role == .official)
        // What follows the office is no name it introduces.
        #expect(!persons.contains { $0.name == "向奋战" })
    }

    @Test func readsANameOpeningAClauseWithAVerb() {
        #expect(self.persons("会上，李光明指出，要加快项目建设进度。").map(\.name).contains("李光明"))
        #expect(self.persons("曹闯主持开工仪式。").map(\.name).contains("曹闯"))
    }

    @Test func refusesPlacesAndBodiesBeforeAnOffice() {
        let names = self.persons("宣传部长出席了仪式，吉林市长表示欢迎，王菲在会上发言。").map(\.name)
        #expect(names == ["赵刚"])
    }
}
