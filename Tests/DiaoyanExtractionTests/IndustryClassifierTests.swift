import DiaoyanModels
import DiaoyanExtraction
import Testing

@Suite struct IndustryClassifierTests {
    let classifier = IndustryClassifier()

    @Test(arguments: [
        ("年产20万吨高端聚烯烃", Industry.petrochemical), ("氢燃料电池重卡", .automotive), ("高纯晶硅", .newMaterials),
        ("生猪屠宰及肉制品加工", .food), ("废催化剂资源化利用", .environmental), ("LNG动力船舶修造基地", .equipment),
        ("车载显示模组", .electronics), ("检测认证服务平台", .servicesLogistics), ("细胞治疗研发中心", .biomedicine),
    ])
    func placesANameInItsIndustry(name: String, industry: Industry) {
        #expect(self.classifier.industries(of: name).contains(industry))
    }

    @Test func readsKeywordsInsideARangeOnly() {
        let scalars = Array("光伏组件和钢铁".unicodeScalars)
        #expect(self.classifier.industries(of: scalars, in: 0..<4) == [.newEnergy])
    }
}
