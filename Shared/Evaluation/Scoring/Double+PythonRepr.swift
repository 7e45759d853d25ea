/// Python's `repr(float)`, for the amounts in the miss log.
extension Double {
    /// The shortest digits that read back as this value, laid out as Python lays them out: positional with at
    /// least one fractional digit for exponents −4 through 15 (`1500000000.0`, `0.0001`), scientific with a
    /// two-digit exponent outside (`1e+16`, `1.5e-05`).
    package var pythonRepr: String {
        guard self.isFinite else { return self.isNaN ? "nan" : (self < 0 ? "-inf" : "inf") }
        guard self != 0 else { return self.sign == .minus ? "-0.0" : "0.0" }
        let (digits, exponent) = Self.shortestDigits(of: abs(self))
        let sign = self < 0 ? "-" : ""
        if exponent < -4 || exponent >= 16 {
            let mantissa = digits.count == 1 ? digits : digits.prefix(1) + "." + digits.dropFirst()
            let exponentDigits = String(abs(exponent))
            let paddedExponent = exponentDigits.count < 2 ? "0" + exponentDigits : exponentDigits
            return sign + mantissa + (exponent < 0 ? "e-" : "e+") + paddedExponent
        }
        if exponent < 0 {
            return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
        }
        if digits.count > exponent + 1 {
            return sign + digits.prefix(exponent + 1) + "." + digits.dropFirst(exponent + 1)
        }
        return sign + digits + String(repeating: "0", count: exponent + 1 - digits.count) + ".0"
    }

    /// The significant digits of Swift's shortest round-trip description and the decimal exponent of the first.
    private static func shortestDigits(of value: Double) -> (digits: String, exponent: Int) {
        let text = value.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        var exponent = parts.count > 1 ? Int(parts[1])! : 0
        let point = mantissa.firstIndex(of: ".") ?? mantissa.endIndex
        let integerPart = mantissa[..<point]
        let fractionPart = point < mantissa.endIndex ? mantissa[mantissa.index(after: point)...] : ""
        var digits = String(integerPart + fractionPart)
        exponent += integerPart.count - 1
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (digits, exponent)
    }
}
