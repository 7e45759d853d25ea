import TestSupport
import DiaoyanEvaluation
import Testing

/// Python's `repr(float)`, which the miss log uses for amounts (figures checked against CPython 3).
@Suite struct DoublePythonReprTests {
    @Test(arguments: [
        (1e9, "1000000000.0"), (1.5e10, "15000000000.0"), (2.5e15, "2500000000000000.0"), (1e16, "1e+16"),
        (1.5e17, "1.5e+17"), (123.456, "123.456"), (0.0001, "0.0001"), (0.00001, "1e-05"), (-2.5, "-2.5"),
        (0, "0.0"), (100, "100.0"), (1.0 / 3.0, "0.3333333333333333"),
    ])
    func printsAsPython(_ value: Double, _ expected: String) {
        #expect(value.pythonRepr == expected)
    }
}
