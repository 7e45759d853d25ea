/// Tells page furniture from article text, one line at a time.
///
/// The rules, in the order they are tried (the first that fits names the kind):
/// - `seo_list`: three or more `|` separators (`湘西| 启东市| 维西|…`), the link lists sites append for search engines;
/// - `editor`: a line that starts (after an opening bracket) with 责编, 责任编辑, 编辑, 审核, 校对 or 监制;
/// - `icp`: an ICP licence or 公安备案 number;
/// - `copyright`: 版权所有, 版权声明, Copyright, ©, reprint notices and disclaimers (转载…, 侵犯了您的);
/// - `url`: nothing but a web address;
/// and, on lines of at most 120 scalars only:
/// - `chrome`: breadcrumbs (当前位置…), print and close buttons, previous/next links;
/// - `footer`: site navigation and sponsor lines (网站地图, 联系我们, 主办单位, 举报电话…);
/// - `phone`: hotlines and lines carrying a phone number (ten digits or more);
/// - `wechat`: WeChat and contact solicitations (微信号, 公众号, 请说明您的需求…);
/// - `share`: share widgets (分享到, 扫一扫, 二维码, 点赞 在看 转发).
/// Reporter and photographer bylines are article text and never match.
package enum BoilerplateClassifier {
    private static let editorPrefixes = [
        "责编", "责任编辑", "编辑:", "编辑：", "审核:", "审核：", "校对:", "校对：", "监制:", "监制：", "编审:", "编审：",
    ]
    private static let copyright = [
        "版权所有", "版权声明", "Copyright", "copyright", "COPYRIGHT", "©", "All Rights Reserved", "转载此文", "转载请注明",
        "侵犯了您的", "未经授权禁止", "转载目的", "本文转自", "版权问题", "不代表本站", "如有侵权", "禁止转载",
    ]
    private static let chrome = ["打印本页", "关闭窗口", "上一篇", "下一篇", "返回顶部", "【字号", "字号:", "字号：", "收藏本页", "返回首页"]
    private static let footer = [
        "网站地图", "联系我们", "关于我们", "举报电话", "举报邮箱", "不良信息举报", "免责声明", "豁免条款", "主办单位", "承办单位",
        "技术支持", "网站简介", "简介", "广告服务", "友情链接",
    ]
    private static let phone = ["热线", "电话:", "电话：", "联系电话", "手机:", "手机：", "Tel", "TEL"]
    private static let wechat = ["微信号", "微信:", "微信：", "加微信", "公众号", "请说明您的", "联系人", "招商顾问", "关注微信", "添加微信"]
    private static let share = ["分享到", "扫一扫", "二维码", "推送至手机", "点赞 在看", "在看 转发", "朋友圈"]

    /// The kind of boilerplate a line is, or nil for article text.
    package static func classify(_ line: String) -> String? {
        if line.count(of: "|") >= 3 || line.count(of: "｜") >= 3 {
            return Self.footer.contains(where: line.contains) ? "footer" : "seo_list"
        }
        let opening = line.drop { $0 == "(" || $0 == "（" || $0 == "[" || $0 == "【" }
        if Self.editorPrefixes.contains(where: opening.hasPrefix) { return "editor" }
        if line.contains("ICP") || line.contains("icp备") || line.contains("公安备案") || line.contains("公网安备") { return "icp" }
        if Self.copyright.contains(where: line.contains) { return "copyright" }
        if (line.hasPrefix("http://") || line.hasPrefix("https://") || line.hasPrefix("www.")) && !line.contains(" ") {
            return "url"
        }
        guard line.unicodeScalars.count <= 120, !Self.isProse(line) else { return nil }
        if line.hasPrefix("当前位置") || line.hasPrefix("您的位置") || line.hasPrefix("您现在的位置") || line.hasPrefix("首页 >")
            || line.hasPrefix("首页>") || Self.chrome.contains(where: line.contains)
        {
            return "chrome"
        }
        if Self.footer.contains(where: line.contains) { return "footer" }
        if Self.phone.contains(where: line.contains) || Self.digitRun(in: line) >= 10 { return "phone" }
        if Self.wechat.contains(where: line.contains) { return "wechat" }
        if Self.share.contains(where: line.contains) { return "share" }
        return nil
    }

    /// Whether `line` is a sentence of article text: it ends with 。, has a clause break and at least 16 Han
    /// characters, and carries no phone-number-like digit run. Such a line keeps 热线 or 二维码 as words.
    private static func isProse(_ line: String) -> Bool {
        guard line.hasSuffix("。"), line.contains("，") || line.contains(",") else { return false }
        let han = line.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
        return han >= 16 && Self.digitRun(in: line) < 7
    }

    /// The most ASCII digits in a run that only spaces and hyphens interrupt (a phone number's shape).
    private static func digitRun(in line: String) -> Int {
        var longest = 0
        var current = 0
        for scalar in line.unicodeScalars {
            if scalar.isASCII && scalar.properties.numericType != nil {
                current += 1
                longest = max(longest, current)
            } else if scalar != "-" && scalar != " " {
                current = 0
            }
        }
        return longest
    }
}

extension StringProtocol {
    /// How many times `character` occurs.
    fileprivate func count(of character: Character) -> Int {
        self.reduce(0) { $0 + ($1 == character ? 1 : 0) }
    }
}
