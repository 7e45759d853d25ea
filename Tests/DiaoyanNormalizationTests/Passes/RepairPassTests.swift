import DiaoyanNormalization
import Testing

/// The repair pass: GBK byte-shift mojibake undone, with repairs and origins; everything else left as it is.
@Suite struct RepairPassTests {
    let pass: RepairPass

    init() throws {
        self.pass = RepairPass(repairer: try NormalizationTables.shared().mojibake)
    }

    @Test func isNamedRepair() {
        #expect(self.pass.name == "repair")
    }

    @Test func repairsARunSplitByAnOrphanReading() {
        // 投產 garbled by an annotator that split 產 and read the stray pair 懂; the decoder realigns on `a`.
        var draft = NormalizationDraft(text: "今年投?dǒng)a,帶動就業")
        self.pass.apply(to: &draft)
        #expect(draft.scalarText == "今年投產,帶動就業")
        #expect(draft.repairs.map(\.kind) == [.mojibake])
        #expect(draft.origins.count == draft.scalars.count)
    }

    @Test func keepsTheOriginsOfTheScalarsAroundARun() throws {
        var draft = NormalizationDraft(text: "今年投?dǒng)a,帶動就業")
        self.pass.apply(to: &draft)
        let repair = try #require(draft.repairs.first)
        // Before the run every scalar keeps its offset; after it, its offset in the garbled input.
        #expect(Array(draft.origins.prefix(repair.at)) == (0..<Int32(repair.at)).map { $0 })
        #expect(Array(draft.origins.suffix(5)) == [10, 11, 12, 13, 14])
        #expect(draft.origins.allSatisfy { (0..<15).contains($0) })
    }

    @Test func reportsRepairsAtTheOriginsItWasGiven() throws {
        let scalars = Array("今年投?dǒng)a,帶動就業".unicodeScalars)
        var draft = NormalizationDraft(scalars: scalars, origins: (0..<Int32(scalars.count)).map { $0 + 100 })
        self.pass.apply(to: &draft)
        let repair = try #require(draft.repairs.first)
        #expect(repair.at >= 100)
        #expect(draft.origins.first == 100)
        #expect(draft.origins.last == 100 + Int32(scalars.count) - 1)
    }

    @Test func leavesCleanTextAndRealParenthesesAlone() {
        let text = "項(xiàng)目(一期)今年投產?新區(試行)方案發佈"
        var draft = NormalizationDraft(text: text)
        self.pass.apply(to: &draft)
        #expect(draft.scalarText == text)
        #expect(draft.origins == NormalizationDraft.identityOrigins(count: draft.scalars.count))
        #expect(draft.repairs.isEmpty)
    }

    @Test func doesNothingWithoutARepairer() {
        var draft = NormalizationDraft(text: "今年投?dǒng)a,帶動就業")
        RepairPass(repairer: nil).apply(to: &draft)
        #expect(draft.scalarText == "今年投?dǒng)a,帶動就業")
        #expect(draft.repairs.isEmpty)
    }
}
