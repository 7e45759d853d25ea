import Foundation

/// Numbers as the report writes them: counts whole, money in 亿 of its currency with up to two decimals.
package enum ReportNumber {
    /// A count: `12`, or `12.5` should a value not be whole.
    package static func count(_ value: Double) -> String {
        StatsPresentation.format(value)
    }

    /// `value` of `currency` in 亿 of it, number only: `35`, `0.05`, `13677.3`.
    package static func hundredMillions(_ value: Double) -> String {
        var text = String(format: "%.2f", value / 1e8)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// The unit of an amount in 亿: `亿元`, `亿美元`, `亿 XYZ` for a currency without a Chinese name.
    package static func hundredMillionsUnit(_ currency: String) -> String {
        MoneyFormat.chineseUnit(of: currency).map { "亿" + $0 } ?? "亿 " + currency
    }
}
