import Foundation

/// Amounts of money as a reader takes them in: `13677.30亿元`, `5000万元`, `5.00亿美元` in Chinese tables;
/// `1.37 tn CNY`, `500.00 m USD` in English ones. JSON and CSV keep the raw number.
package enum MoneyFormat {
    /// `value` in `currency` (ISO 4217) for a table in `language`.
    package static func format(_ value: Double, currency: String, language: DisplayLabels.Language) -> String {
        switch language {
        case .zh: Self.chinese(value, currency: currency)
        case .en: Self.english(value, currency: currency)
        }
    }

    /// The Chinese name of a currency's unit (`CNY` → `元`, `USD` → `美元`), nil for one without a name here.
    package static func chineseUnit(of currency: String) -> String? {
        ["CNY": "元", "USD": "美元", "EUR": "欧元", "HKD": "港元", "JPY": "日元", "GBP": "英镑"][currency]
    }

    private static func chinese(_ value: Double, currency: String) -> String {
        guard let unit = Self.chineseUnit(of: currency) else { return StatsPresentation.format(value) + " " + currency }
        if abs(value) >= 1e8 { return Self.trimmed(value / 1e8) + "亿" + unit }
        if abs(value) >= 1e4 { return Self.trimmed(value / 1e4) + "万" + unit }
        return Self.trimmed(value) + unit
    }

    private static func english(_ value: Double, currency: String) -> String {
        for (scale, word) in [(1e12, "tn"), (1e9, "bn"), (1e6, "m")] where abs(value) >= scale {
            return String(format: "%.2f", value / scale) + " " + word + " " + currency
        }
        return StatsPresentation.format(value) + " " + currency
    }

    /// Up to two decimals, trailing zeros dropped (`13677.3`, `5`).
    private static func trimmed(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
