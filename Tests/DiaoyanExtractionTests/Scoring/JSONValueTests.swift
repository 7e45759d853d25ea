import DiaoyanEvaluation
import Foundation
import TestSupport
import Testing

@Suite struct JSONValueTests {
    func json(_ text: String) throws -> JSONValue { try JSONValue(parsing: Data(text.utf8)) }

    @Test func parsesEveryKindOfValue() throws {
        let value = try self.json(#"{"a": [null, true, 1.5, "x", {}]}"#)
        #expect(
            value
                == .object(["a": .array([.null, .bool(true), .number(1.5), .string(ExactString("x")), .object([:])])])
        )
    }

    @Test func namesAStringByItselfAndAnObjectByItsFirstTruthyMember() throws {
        #expect(try self.json(#""辽宁省""#).name() == ExactString("辽宁省"))
        #expect(try self.json(#"{"name": "", "path": "辽宁省/朝阳市"}"#).name() == ExactString("辽宁省/朝阳市"))
        #expect(try self.json(#"{"text": "年产1000吨"}"#).name(key: "text") == ExactString("年产1000吨"))
        #expect(try self.json(#"{"name": "某公司", "code": "1"}"#).name(key: "path") == ExactString(""))
        #expect(try self.json("42").name() == ExactString(""))
    }

    @Test func printsValuesAsPythonDoes() throws {
        #expect(JSONValue.null.pythonText == "None")
        #expect(JSONValue.string(ExactString("in_production")).pythonText == "in_production")
        #expect(JSONValue.pythonTuple([.string(ExactString("signing")), .null]) == "('signing', None)")
        #expect(JSONValue.pythonTuple([.string(ExactString("it's")), .bool(false)]) == #"("it's", False)"#)
    }

    @Test func ordersLikePythonWithinAKind() {
        let values: [JSONValue] = [.string(ExactString("b")), .string(ExactString("a")), .null]
        #expect(values.sorted(by: JSONValue.precedes) == [.null, .string(ExactString("a")), .string(ExactString("b"))])
    }
}
