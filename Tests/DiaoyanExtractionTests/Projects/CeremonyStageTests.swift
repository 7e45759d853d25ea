import DiaoyanExtraction
import DiaoyanModels
import Testing

@Suite struct CeremonyStageTests {
    private func stage(_ text: String) -> Stage? {
        CeremonyStage.of(Array(text.unicodeScalars))
    }

    @Test func readsTheOneCeremonyADocumentTells() {
        #expect(self.stage("青禾县第三季度重大项目集中开工。") == .groundbreaking)
        #expect(self.stage("举行招商引资项目签约仪式，6个项目签约。") == .signed)
        #expect(self.stage("园区5个项目集中投产。") == .inProduction)
    }

    @Test func readsAFairThatSignedProjectsAsASigning() {
        #expect(self.stage("青禾(台州)重点产业招商推介会再传捷报:青禾县成功签约22个项目。") == .signed)
        #expect(self.stage("推介会上,签约项目16个,总投资57亿元。") == .signed)
        #expect(self.stage("推介会上现场签约9个项目,另有3个项目集中开工。") == nil)
    }

    @Test func givesNoneForCeremoniesOfTwoKinds() {
        #expect(self.stage("集中签约、开工、投产一批重大项目。") == nil)
        #expect(self.stage("上午举行签约仪式，下午举行开工仪式。") == nil)
    }

    @Test func givesNoneForACeremonyThatStartsSomeAndCompletesOthers() {
        #expect(self.stage("第二季度重大项目集中开竣工暨青禾生产线项目开工仪式举行。") == nil)
        #expect(self.stage("青禾县举行第四次工业项目集中开(竣)工活动。") == nil)
    }

    @Test func readsATourOfSitesAsProjectsBeingBuilt() {
        #expect(self.stage("全市重点项目现场观摩会在青禾县举行。") == .underConstruction)
        #expect(self.stage("十堰市2018年第四季度重点项目拉练启动。") == .underConstruction)
        #expect(self.stage("县领导到青禾乡观摩重点项目建设情况。") == .underConstruction)
        #expect(self.stage("全县项目建设观摩推进会在青禾县召开。") == .underConstruction)
        // A tour that also starts projects tells two kinds: none.
        #expect(self.stage("项目观摩暨集中开工活动举行。") == nil)
    }

    @Test func passesOverACeremonyListedAmongWorkingMethods() {
        #expect(self.stage("青禾县采取定期会商、集中开工、落地攻坚等有效措施抓实项目进度。") == nil)
        #expect(self.stage("夯实领导包抓、集中开工、现场观摩措施。") == nil)
        #expect(self.stage("青禾县举行定期会商、集中开工仪式。") == .groundbreaking)
    }

    @Test func readsTheHeadlinesCeremonyWhenTheBodyTellsTwoKinds() throws {
        let title = "青禾、白鹭重点项目集中开工"
        let text =
            title + "\n9月29日,青禾县举行集中开工仪式,共有6个重点项目集中开工。6个重点项目包括云杉生态养殖等2个农业项目,"
            + "白鹭新型建材生产等4个工业项目。今年以来,青禾县新签约项目56个。"
        let record = try RecordExtractor().extract(NormalizedDocument(id: "t", source: "t", title: title, text: text))
        let stages = Dictionary(uniqueKeysWithValues: record.projects.map { ($0.name, $0.stage) })
        #expect(stages["云杉生态养殖"] == .groundbreaking)
        #expect(stages["白鹭新型建材生产"] == .groundbreaking)
    }

    @Test func readsAConcentratedStartAndRestartAsAGroundbreaking() {
        #expect(self.stage("青禾州首批208个项目集中开复工仪式同步举行。") == .groundbreaking)
    }

    @Test func readsACeremonyStillToComeAsPlanned() {
        #expect(self.stage("青禾市计划集中开工21个重点项目。本次集中开工项目包括基础设施项目7个。") == .planned)
        #expect(self.stage("青禾县将于下月举行签约仪式,签约项目8个。") == .planned)
        // A ceremony held first, a coming one told after it: the held one speaks.
        #expect(self.stage("青禾县举行集中开工仪式。下一步将集中开工第二批项目。") == .groundbreaking)
    }

    @Test func namesTheEventOfACeremonyStillToCome() {
        #expect(CeremonyStage.upcoming(in: Array("青禾市计划集中开工21个项目。".unicodeScalars)) == .groundbreaking)
        #expect(CeremonyStage.upcoming(in: Array("青禾市举行集中开工仪式。".unicodeScalars)) == nil)
    }

    @Test func tellsNoEventForAGroundbreakingStillToCome() throws {
        let text =
            "青禾市计划集中开工21个重点项目。记者11日了解到,集中开工项目包括基础设施项目7个。安排青禾冷链物流园项目、星河新材料产业园项目等2个重大项目。"
        let record = try RecordExtractor().extract(NormalizedDocument(id: "t", source: "t", text: text))
        #expect(record.events.isEmpty)
        #expect(record.projects.allSatisfy { $0.stage == .planned })
    }

    @Test func givesNoneWithoutACeremony() {
        #expect(self.stage("市委书记到青禾新材料项目调研。") == nil)
    }

    @Test func givesTheListedProjectsOfAConcentratedGroundbreakingItsStage() throws {
        let text = "青禾县举行第二批重大项目集中开工活动。青禾冷链物流园项目总投资12亿元。星河新材料年产5万吨项目总投资8亿元。"
        let record = try RecordExtractor().extract(NormalizedDocument(id: "t", source: "t", text: text))
        #expect(!record.projects.isEmpty)
        #expect(record.projects.allSatisfy { $0.stage == .groundbreaking })
    }

    @Test func readsNoCeremonyFromAMeetingWhoseSpiritIsCited() {
        #expect(self.stage("全市重点项目集中开工，是贯彻落实全省产业项目现场推进观摩会精神的务实行动。") == .groundbreaking)
    }
}
