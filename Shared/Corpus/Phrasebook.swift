/// The words and sentences the generator composes articles from: written for this project, in the register of
/// local investment news, none copied from any article.
///
/// Sentences with `{N}` take the visiting official's name; `{C}` a place. Filler sentences name no entity, so
/// the gold does not depend on them and they are where the byte-shift damage is put.
package enum Phrasebook {
    package static let surnames = Array(
        "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟段雷钱汤尹黎常武乔贺赖龚"
    ).map(String.init)
    package static let givenCharacters = Array(
        "建国明华伟军平宏志强文斌辉海波峰磊涛杰勇永春晓红丽敏静燕霞玲芳慧新立东宇晨博俊成刚德庆兆学胜光锦荣振卫民青雪洪泽润岩鹏飞琳娟彬毅"
    ).map(String.init)
    package static let tradeFirst = Array("恒瑞鑫宏博远泰创鼎盛腾凯隆丰嘉铭晟骏昊瀚鸿卓睿弘源汇诚祥").map(String.init)
    package static let tradeSecond = Array("达力信通和润昌邦越科能芯航锐拓驰川宸洋晖辰康德峰").map(String.init)

    package static let sites = ["日报", "新闻网", "融媒体中心", "发布"]

    package static let fillers = [
        "眼下正值项目建设的黄金期，各施工现场机器轰鸣、车辆穿梭，一派繁忙景象。",
        "今年以来，当地坚持把项目建设作为推动高质量发展的主抓手，一季度固定资产投资同比增长明显。",
        "各级各部门要强化要素保障，在用地、用能、融资等方面主动靠前服务，帮助企业解决实际困难。",
        "要持续优化营商环境，深化审批制度改革，让企业办事少跑腿、快落地。",
        "要坚持招商引资和项目建设两手抓，推动更多优质项目签约落地、开工建设、投产达效。",
        "要紧盯年度目标任务，倒排工期、挂图作战，确保项目早建成、早投产、早见效。",
        "要加强安全生产管理，压实企业主体责任，确保施工安全和工程质量。",
        "要围绕主导产业延链补链强链，提升产业集群的整体竞争力。",
        "企业负责人表示，将加快建设进度，力争早日形成新的经济增长点。",
        "现场工作人员介绍，项目采用多项新工艺，生产效率较传统产线提升三成以上。",
        "近年来，园区不断完善基础设施配套，承载能力持续增强，吸引了一批上下游企业集聚发展。",
        "要树牢项目为王的鲜明导向，以项目建设的加速度跑出发展的新高度。",
        "相关部门要建立健全项目推进机制，实行一个项目、一名领导、一套班子、一抓到底。",
        "要发挥龙头企业带动作用，引导中小企业融入产业链供应链，形成大中小企业融通发展格局。",
        "据了解，该项目建成后将有效填补区域产业链空白，带动就业岗位数百个。",
        "当前，全区上下正以只争朝夕的干劲全力冲刺全年目标任务。",
    ]

    package static let boilerplateFooters = [
        "版权所有 未经授权不得转载或建立镜像",
        "本网站所刊登的新闻、信息和各种专题专栏资料，均为本网版权所有",
        "转载请注明出处",
    ]
}
