import DiaoyanText

/// Tells which short line at the top of a scraped page is the article's headline rather than the page around it:
/// a site's name or slogan (`中国发展网`, `看家乡事,品故乡情`), a menu (`首页 新闻中心 信息公开 政务服务`), a widget
/// (`分享`, `搜 索`, `本篇文章829字,读完约2分钟`), a photo caption (`…主会场。张玉宇 摄`, `(资料图)`) or a byline.
///
/// A headline is mostly Han, holds a few words at least, and shares words with the article under it; the page
/// around it seldom does all three.
package enum HeadlineJudge {
    /// The fewest Han scalars a headline holds (`黎川43个项目集中开工` has 8; `沃土绽放新活力` 7).
    private static let fewestHan = 6
    /// The least share of a headline's scalars (spaces aside) that are Han, digits or Chinese punctuation.
    private static let leastTextShare = 0.75
    /// The least share of a headline's Han pairs the article under it writes too.
    package static let leastSharedPairs = 0.2

    /// Whether `line` may be a headline line on its own terms, before the article is compared with it.
    package static func mayBeHeadline(_ line: [Unicode.Scalar]) -> Bool {
        let written = line.filter { $0 != " " && $0 != "\u{3000}" }
        let han = written.reduce(0) { $0 + ($1.isHan ? 1 : 0) }
        guard han >= Self.fewestHan else { return false }
        let text = written.reduce(0) { $0 + (Self.isText($1) ? 1 : 0) }
        guard Double(text) >= Self.leastTextShare * Double(written.count) else { return false }
        if Self.pageWords.hasWord(in: line, startingIn: 0..<line.count) { return false }
        if Self.isMenu(line) || Self.isCaption(line) { return false }
        return !Self.siteEnds.hasMatch(in: line, endingAt: line.count, notBefore: 0)
    }

    /// How often the Han pairs (two Han scalars in a row) of some candidate lines occur in a whole document, for
    /// telling how much of a candidate the rest of the document writes too.
    ///
    /// The whole document is counted, not the lines under a candidate, so a line judged once is judged the same
    /// when the normalized text, its lines in another order, is normalized again.
    package struct PairCounts: Sendable {
        private var counts: [UInt64: Int] = [:]
        /// The longest line checked for being told twice or removed; longer ones are article text.
        private static let shortLine = 64

        /// Counts, over the distinct lines of `lines` that `isCounted` lets in, the pairs `candidates` hold: a line
        /// told twice (a headline and its copy in the body, which the body filter drops) counts once. `isCounted`
        /// is asked only of short lines holding such a pair; a line longer than ``shortLine`` always counts.
        package init(
            candidates: [[Unicode.Scalar]],
            lines: [[Unicode.Scalar]],
            isCounted: ([Unicode.Scalar]) -> Bool
        ) {
            // A bit for each candidate pair's hash, so most pairs of the article skip the dictionary.
            var filter = [UInt64](repeating: 0, count: Self.filterWords)
            for candidate in candidates {
                HeadlineJudge.forEachPair(in: candidate) { pair in
                    self.counts[pair] = 0
                    let bit = Self.filterBit(pair)
                    filter[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
            guard !self.counts.isEmpty else { return }
            var seen = Set<[Unicode.Scalar]>()
            var found: [UInt64] = []
            for line in lines {
                found.removeAll(keepingCapacity: true)
                HeadlineJudge.forEachPair(in: line) { pair in
                    let bit = Self.filterBit(pair)
                    if filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, self.counts[pair] != nil { found.append(pair) }
                }
                // Only a short line is told twice (a headline's copy) or removed as page furniture.
                if line.count <= Self.shortLine {
                    guard !found.isEmpty, isCounted(line), seen.insert(line).inserted else { continue }
                }
                for pair in found { self.counts[pair]! += 1 }
            }
        }

        private static let filterWords = 64
        /// A pair's bit in the filter of `filterWords` words.
        private static func filterBit(_ pair: UInt64) -> Int {
            Int(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> 52)
        }

        /// The share of `line`'s pairs written elsewhere in the document too; nil when `line` holds no pair or the
        /// document nothing else. `line` must be one of the candidates.
        package func sharedShare(of line: [Unicode.Scalar]) -> Double? {
            var own: [UInt64: Int] = [:]
            HeadlineJudge.forEachPair(in: line) { own[$0, default: 0] += 1 }
            guard !own.isEmpty else { return nil }
            var pairs = 0
            var shared = 0
            for (pair, times) in own {
                pairs += times
                if (self.counts[pair] ?? 0) > times { shared += times }
            }
            return Double(shared) / Double(pairs)
        }
    }

    fileprivate static func forEachPair(in line: [Unicode.Scalar], _ body: (UInt64) -> Void) {
        for index in line.indices.dropFirst() where line[index - 1].isHan && line[index].isHan {
            body(Self.pair(line[index - 1], line[index]))
        }
    }

    private static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }

    private static func isText(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isHan || scalar.isASCIIDigit || Self.chinesePunctuation.contains(scalar)
    }

    /// Whether the line lists four or more short words apart (`首页 新闻中心 信息公开 政务服务`, `要闻 | 人事 | 廉政`).
    private static func isMenu(_ line: [Unicode.Scalar]) -> Bool {
        let words = line.split { Self.menuSeparators.contains($0) }
        return words.count >= 4 && words.allSatisfy { $0.count <= 5 }
    }

    /// Whether the line credits a photograph or a writer (`…主会场。张玉宇 摄`, `记者 黄志刚 通讯员 徐凯`).
    private static func isCaption(_ line: [Unicode.Scalar]) -> Bool {
        guard let last = line.lastIndex(where: { $0 != " " }) else { return false }
        if line[last] == "摄" { return true }
        return line.contains("。") && line.firstIndex(of: "。")! < last
    }

    private static let chinesePunctuation = ScalarSet("，,：:“”\"、！!？?（）()《》·—-—「」『』.%％+".unicodeScalars)
    private static let menuSeparators = ScalarSet(" |｜/\u{3000}•".unicodeScalars)
    /// Words of page furniture, bylines and widgets no headline holds.
    private static let pageWords = ScalarTrie<Bool>(words: [
        "记者", "通讯员", "资料图", "相关图片", "查看精彩", "查看隐藏", "点击", "分享好友", "分享到", "客户端", "本篇文章", "读完约", "浏览次数", "阅读次数",
        "上一主题", "下一主题", "上一篇", "下一篇", "设为首页", "加入收藏", "用户登录", "网站支持", "切换", "频道", "门户",
        "关注数", "粉丝数", "发帖数", "官方新闻", "版权", "数字报纸", "当前位置", "所在位置", "首页", "楼层", "正文",
        "上一版", "下一版", "版面导航", "标题导航", "个人中心", "登录",
        // The fields of a government disclosure page's table (`发文字号 发文时间2023-08-23`).
        "索引号", "发文字号", "发文时间", "发文机关", "主题词", "主题分类", "发布机构", "成文日期",
    ])
    /// How the name of a site or a publisher ends (`中国发展网`, `搜狐网站`, `…管理委员会`).
    private static let siteEnds = ScalarTrie<Bool>(endingWords: [
        "网站", "新闻网", "发展网", "门户网", "在线", "日报", "晚报", "管理委员会", "人民政府", "融媒体中心", "正文", "要闻", "动态",
    ])
}
