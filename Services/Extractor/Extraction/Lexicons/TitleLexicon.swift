import DiaoyanModels
import DiaoyanText

/// The words a title chain ends with (书记, 省长, 董事长, 记者…) and the role each gives a person.
package enum TitleLexicon {
    /// Office words of officials: the last word of a title such as 哈尔滨市委书记 or 省人大常委会副主任.
    package static let official: [String] = [
        "总书记", "书记", "副书记", "省长", "副省长", "市长", "副市长", "县长", "副县长", "区长", "副区长", "州长", "副州长",
        "旗长", "盟长", "镇长", "乡长", "主席", "副主席", "主任", "副主任", "秘书长", "副秘书长", "常委", "委员", "部长",
        "副部长", "厅长", "副厅长", "局长", "副局长", "处长", "司长", "院长", "副院长", "校长", "副校长", "检察长", "总理",
        "副总理", "巡视员", "主任委员", "党组书记", "市委常委", "省委常委", "代市长", "代省长", "代县长", "代区长", "组长",
        "副组长", "署长", "行长", "主委", "会长", "副会长", "政委", "司令员", "所长", "党组成员", "调研员", "一级调研员",
        "二级调研员", "总指挥", "副总指挥", "领队", "专员", "副专员", "县领导", "分管县领导", "副县级干部", "正县级干部", "副市级干部", "正市级干部", "副厅级干部", "正厅级干部",
        "指挥长", "副指挥长", "县长助理", "市长助理", "区长助理", "省长助理", "州长助理", "旗长助理",
        // Customs chiefs (`汕头海关副关长`) and candidates for an office (`副旗长提名人选`).
        "关长", "副关长", "提名人选", "候选人",
        // The head of a visiting delegation (`考察团团长`).
        "团长", "副团长",
        // Diplomats a leader meets (`韩国驻华大使郑在浩`).
        "大使", "总领事", "副总领事", "领事", "参赞",
    ]
    /// Titles of company people.
    package static let executive: [String] = [
        "董事长", "副董事长", "总经理", "副总经理", "总裁", "副总裁", "行政总裁", "首席执行官", "创始人", "总工程师", "执行董事",
        "董事", "合伙人", "经理", "负责人", "厂长", "总监", "社长", "会长", "总经理助理", "董事长助理", "创办人",
        // Officers titled the Taiwanese way (`财务长兼投资长`).
        "财务长", "投资长", "执行长", "营运长",
    ]
    /// Bylines.
    package static let reporter: [String] = [
        "记者", "见习记者", "实习记者", "实习生", "通讯员", "摄影", "摄影记者", "特约记者", "本报记者", "报道组",
    ]

    /// Titles of people who are neither officials nor executives nor reporters.
    package static let other: [String] = [
        "院士", "教授", "研究员", "专家", "科学家", "首席科学家", "理事长", "常务理事", "理事", "监事长", "少将", "中将",
        "顾问",
    ]

    /// Every title word with its role; longer words are found first by the trie.
    package static let roles: [String: PersonRole] = {
        var roles: [String: PersonRole] = [:]
        for title in Self.official { roles[title] = .official }
        for title in Self.executive { roles[title] = .executive }
        for title in Self.reporter { roles[title] = .reporter }
        for title in Self.other { roles[title] = .other }
        return roles
    }()

    /// The role of the title word written at `range` in `scalars`, nil when it is none: `roles` asked without
    /// building the span's string (a span of plain scalars is a word only when it is that word scalar for scalar).
    package static func role(of range: Range<Int>, in scalars: [Unicode.Scalar]) -> PersonRole? {
        for index in range where !WordSet.isPlain(scalars[index]) { return Self.roles[scalars.string(range)] }
        return Self.forwardTitles.value(for: scalars[range])
    }

    /// Every title word with its role, for ``role(of:in:)``.
    private static let forwardTitles: ScalarTrie<PersonRole> = {
        var trie = ScalarTrie<PersonRole>()
        for (title, role) in Self.roles { trie.insert(title.unicodeScalars, role) }
        return trie
    }()

    /// The longest title word ending just before `end`, with its length and role.
    package static func title(endingAt end: Int, in scalars: [Unicode.Scalar]) -> (length: Int, role: PersonRole)? {
        guard let match = Self.reversedTitles.longestMatch(in: scalars, endingAt: end), match.length >= 2 else {
            return nil
        }
        return (match.length, match.value)
    }

    /// Every title word, reversed, for matching backwards from where a name starts.
    package static let reversedTitles: ScalarTrie<PersonRole> = {
        var trie = ScalarTrie<PersonRole>()
        for (title, role) in Self.roles where title.unicodeScalars.count <= 5 {
            trie.insert(title.unicodeScalars.reversed(), role)
        }
        return trie
    }()
}
