import DiaoyanNormalization
import Testing

/// The title trimmer: a site's words around a headline cut, the headline and its subtitle left whole.
@Suite struct TitleTrimmerTests {
    func trimmed(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        let kept = TitleTrimmer.kept(scalars)
        return String(String.UnicodeScalarView(scalars[kept]))
    }

    @Test(arguments: [
        "06.15 青禾县集中签约33个项目", "原标题:青禾县集中签约33个项目", "正在阅读:青禾县集中签约33个项目", "【头条】青禾县集中签约33个项目",
        "标题青禾县集中签约33个项目",
        "[青禾县]青禾县集中签约33个项目", "《直通县市》青禾县集中签约33个项目", "视频丨青禾县集中签约33个项目", "大招商 招好商|青禾县集中签约33个项目",
        "环球消息!青禾县集中签约33个项目", "• 青禾县集中签约33个项目", "转载 青禾县集中签约33个项目",
    ])
    func cutsASitesLabelOrTagBeforeTheHeadline(line: String) {
        #expect(self.trimmed(line) == "青禾县集中签约33个项目")
    }

    @Test(arguments: [
        "青禾县集中签约33个项目 |", "青禾县集中签约33个项目(图)", "青禾县集中签约33个项目-环球热议", "青禾县集中签约33个项目_青禾_青禾县_签约",
        "青禾县集中签约33个项目 青禾县集中签约33个项目", "青禾县集中签约33个项目 来源:白鹭网 作者:某某 时间:",
    ])
    func cutsWhatASiteWritesAfterTheHeadline(line: String) {
        #expect(self.trimmed(line) == "青禾县集中签约33个项目")
    }

    @Test(arguments: [
        "青禾县集中签约33个项目", "发展大会招商成果丰硕——36个签约项目总投资逾134亿元", "《政府工作报告》", "开工!青禾县集中签约33个项目",
        "102.5亿元!青禾县15个项目集中开工!",
    ])
    func leavesAHeadlineAndItsSubtitleWhole(line: String) {
        #expect(self.trimmed(line) == line)
    }
}
