import DiaoyanText

/// Chinese family names, compound ones first, for telling a name after a title from the words around it.
package enum SurnameLexicon {
    /// Two-character family names.
    package static let compound: Set<String> = [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯",
        "轩辕", "端木", "澹台", "申屠", "南宫", "西门", "独孤", "呼延", "万俟", "闻人", "赫连", "钟离", "东郭", "司空",
    ]

    /// `compound` as pairs of scalar values, for a lookup without building strings.
    private static let compoundPairs: Set<UInt64> = Set(
        Self.compound.map { name in
            let scalars = Array(name.unicodeScalars)
            return UInt64(scalars[0].value) << 32 | UInt64(scalars[1].value)
        }
    )

    /// The first scalars of `compound`: most positions are rejected before a pair is hashed.
    private static let compoundFirsts = ScalarSet(Self.compound.compactMap(\.unicodeScalars.first))

    /// One-character family names, the few hundred that cover nearly everyone.
    package static let single: ScalarSet = ScalarSet(
        ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
            + "钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文"
            + "牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲"
            + "翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫"
            + "米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥"
            + "南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相"
            + "初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公湛宾戎勾茅利居揭"
            + "但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由洪习").unicodeScalars
    )

    /// The length of the family name starting at `index`, or nil when none does.
    package static func surnameLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard index < scalars.count else { return nil }
        if index + 1 < scalars.count, Self.compoundFirsts.contains(scalars[index]),
            Self.compoundPairs.contains(UInt64(scalars[index].value) << 32 | UInt64(scalars[index + 1].value))
        {
            return 2
        }
        return Self.single.contains(scalars[index]) ? 1 : nil
    }
}
