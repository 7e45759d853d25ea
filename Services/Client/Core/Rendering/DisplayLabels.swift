import Foundation
import DiaoyanModels

/// The words a table shows for the stable English names of the wire: Chinese by default, for the analysts who read
/// 在建 and 新能源, or English (`--labels en`). JSON and CSV never use them: they keep the names of the wire.
package struct DisplayLabels: Sendable {
    /// The language of a table.
    package enum Language: String, CaseIterable, Sendable {
        case zh, en
    }

    package let language: Language

    package init(_ language: Language) {
        self.language = language
    }

    /// A stage: 签约, 开工, 在建, 封顶, 竣工, 投产… or `under construction`.
    package func stage(_ stage: Stage) -> String {
        guard self.language == .zh else { return stage.rawValue.replacingOccurrences(of: "_", with: " ") }
        return switch stage {
        case .planned: "规划"
        case .signed: "签约"
        case .groundbreaking: "开工"
        case .underConstruction: "在建"
        case .toppedOut: "封顶"
        case .completed: "竣工"
        case .inProduction: "投产"
        case .unknown: "未知"
        }
    }

    /// An industry of the fixed taxonomy: 新能源, 生物医药… or `new energy`.
    package func industry(_ industry: Industry) -> String {
        guard self.language == .zh else { return industry.rawValue.replacingOccurrences(of: "_", with: " ") }
        return switch industry {
        case .biomedicine: "生物医药"
        case .newEnergy: "新能源"
        case .newMaterials: "新材料"
        case .equipment: "装备制造"
        case .automotive: "汽车"
        case .aerospace: "航空航天"
        case .railTransit: "轨道交通"
        case .electronics: "电子信息"
        case .digital: "数字经济"
        case .steel: "钢铁"
        case .petrochemical: "石油化工"
        case .food: "食品"
        case .agriculture: "农业"
        case .tourismCulture: "文化旅游"
        case .servicesLogistics: "现代服务与物流"
        case .environmental: "节能环保"
        case .lightIndustry: "轻工"
        case .educationResearch: "教育科研"
        }
    }

    /// A metric's column header.
    package func metric(_ metric: StatsMetric) -> String {
        guard self.language == .zh else { return metric.rawValue.replacingOccurrences(of: "_", with: " ") }
        return switch metric {
        case .documents: "文章"
        case .stories: "报道"
        case .projects: "项目"
        case .events: "活动"
        case .officials: "官员"
        case .capacity: "产能"
        case .investment: "项目投资"
        case .announcedInvestment: "公布投资"
        }
    }

    /// A dimension's column header.
    package func dimension(_ dimension: StatsDimension) -> String {
        guard self.language == .zh else { return dimension.rawValue }
        return switch dimension {
        case .province: "省份"
        case .city: "城市"
        case .county: "区县"
        case .park: "园区"
        case .industry: "产业"
        case .stage: "阶段"
        case .month: "月份"
        case .official: "官员"
        case .organization: "机构"
        case .source: "来源"
        }
    }

    /// A row key of `dimension`: stages and industries translated, an empty key shown as none.
    package func key(_ key: String, of dimension: StatsDimension?) -> String {
        if key.isEmpty { return self.language == .zh ? "（无）" : "(none)" }
        switch dimension {
        case .stage: return Stage(rawValue: key).map(self.stage) ?? key
        case .industry: return Industry(rawValue: key).map(self.industry) ?? key
        default: return key
        }
    }

    /// Other words of the tables.
    package var total: String { self.language == .zh ? "合计" : "total" }
    package var unit: String { self.language == .zh ? "单位" : "unit" }
    package var metricHeader: String { self.language == .zh ? "指标" : "metric" }
    package var projectHeaders: [String] {
        self.language == .zh ? ["项目", "地点", "产业", "阶段", "投资", "历程"] : ["project", "place", "industries", "stage", "investment", "stages"]
    }
}
