/// Tells page furniture from article text, one line at a time.
///
/// The rules, in the order they are tried:
/// - `seo_list`: three or more `|` separators (`湘西| 启东市| 维西|…`), the link lists sites append for search engines;
/// - `editor`: a line that starts (after an opening parenthesis) with 责编, 责任编辑, 编辑 or 审核;
/// - `icp`: an ICP licence number;
/// - `copyright`: 版权所有, 版权声明, Copyright, ©, reprint disclaimers (转载…, 侵犯了您的);
/// - `url`: nothing but a web address;
/// - `share`: share and QR widgets (分享到, 扫一扫, 二维码, 推送至手机);
/// - `ad`: WeChat and phone solicitations (微信, 公众号, 手机号, 联系人, 热线 with a number);
/// - `footer`: site chrome (网站地图, 联系我们, 关于我们, 举报电话, 简介 lists) on a short line.
/// Reporter and photographer bylines are article text and never match.
package enum BoilerplateClassifier {
    /// The kind of boilerplate a line is, or nil for article text.
    package static func classify(_ line: String) -> String? {
        let length = line.unicodeScalars.count
        if line.count(of: "|") >= 3 || line.count(of: "｜") >= 3 { return "seo_list" }
        let opening = line.drop { $0 == "(" || $0 == "（" || $0 == "[" || $0 == "【" }
        for prefix in ["责编", "责任编辑", "编辑:", "编辑：", "审核:", "审核：", "校对:", "校对："] where opening.hasPrefix(prefix) {
            return "editor"
        }
        if line.contains("ICP") || line.contains("icp备") { return "icp" }
        let copyright = ["版权所有", "版权声明", "Copyright", "copyright", "©", "转载此文", "转载请注明", "侵犯了您的", "未经授权禁止"]
        if copyright.contains(where: line.contains) { return "copyright" }
        if (line.hasPrefix("http://") || line.hasPrefix("https://") || line.hasPrefix("www.")) && !line.contains(" ") {
            return "url"
        }
        guard length <= 120 else { return nil }
        let share = ["分享到", "扫一扫", "二维码", "推送至手机", "打印本页", "关闭窗口", "【字号", "字号:"]
        if share.contains(where: line.contains) { return "share" }
        let ad = ["微信号", "微信/", "微信:", "微信：", "公众号", "手机号", "联系人", "加微信", "咨询热线", "热线:", "电话:", "电话："]
        if ad.contains(where: line.contains) || Self.digitRun(in: line) >= 10 { return "ad" }
        let footer = ["网站地图", "联系我们", "关于我们", "举报电话", "举报邮箱", "免责声明", "豁免条款", "上一篇", "下一篇", "返回顶部"]
        if footer.contains(where: line.contains) { return "footer" }
        return nil
    }

    /// The longest run of ASCII digits, spaces and hyphens holding digits (a phone number's shape).
    private static func digitRun(in line: String) -> Int {
        var longest = 0
        var current = 0
        for scalar in line.unicodeScalars {
            if scalar.properties.numericType != nil && scalar.isASCII {
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
