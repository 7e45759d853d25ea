import DiaoyanEvaluation
import Foundation
import TestSupport
import Testing

/// The test-support JSON Schema validator that `RecordSchemaTests` relies on, keyword by keyword, on small schemas.
@Suite struct JSONSchemaTests {
    /// The violations of `instance` against `schema`, both written as JSON, as their descriptions.
    func violations(of instance: String, against schema: String) throws -> [String] {
        let checked = try JSONSchema(parsing: Data(schema.utf8))
        return checked.validate(try JSONValue(parsing: Data(instance.utf8))).map(\.description)
    }

    /// The error refusing `schema`, nil when it is accepted.
    func refusal(of schema: String) -> JSONSchema.Error? {
        do {
            _ = try JSONSchema(parsing: Data(schema.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test func typeAcceptsEveryListedTypeAndNamesThemWhenItRejects() throws {
        let schema = #"{"type": ["string", "null"]}"#
        #expect(try self.violations(of: #""阿城区""#, against: schema) == [])
        #expect(try self.violations(of: "null", against: schema) == [])
        #expect(try self.violations(of: "1", against: schema) == ["(root): 1 is not of type string or null"])
        #expect(
            try self.violations(of: "{}", against: schema) == [
                "(root): an object of 0 keys is not of type string or null"
            ]
        )
    }

    @Test func anIntegerIsANumberWithoutFractionAndNoBoolean() throws {
        #expect(try self.violations(of: "[2, 2.0]", against: #"{"items": {"type": "integer"}}"#) == [])
        #expect(
            try self.violations(of: "2.5", against: #"{"type": "integer"}"#) == ["(root): 2.5 is not of type integer"]
        )
        #expect(try self.violations(of: "2.5", against: #"{"type": "number"}"#) == [])
        #expect(
            try self.violations(of: "true", against: #"{"type": "number"}"#) == ["(root): true is not of type number"]
        )
    }

    @Test func propertiesValidateTheMembersThatArePresent() throws {
        let schema = #"{"properties": {"a": {"type": "string"}, "b": {"type": "string"}}}"#
        #expect(try self.violations(of: #"{"a": 1}"#, against: schema) == ["/a: 1 is not of type string"])
        #expect(try self.violations(of: "{}", against: schema) == [])
        #expect(try self.violations(of: "[1]", against: schema) == [])
    }

    @Test func requiredReportsEveryMissingKeyAtTheObject() throws {
        let schema = #"{"properties": {"inner": {"required": ["a", "b"]}}}"#
        #expect(
            try self.violations(of: #"{"inner": {"b": null}}"#, against: schema) == [
                #"/inner: missing required key "a""#
            ]
        )
        #expect(
            try self.violations(of: "{}", against: #"{"required": ["a", "b"]}"#) == [
                #"(root): missing required key "a""#, #"(root): missing required key "b""#,
            ]
        )
    }

    @Test func additionalPropertiesFalseReportsEachKeyTheSchemaDoesNotList() throws {
        let schema = #"{"properties": {"a": {}}, "additionalProperties": false}"#
        #expect(try self.violations(of: #"{"a": 1}"#, against: schema) == [])
        #expect(
            try self.violations(of: #"{"a": 1, "z": 2, "b/c": 3}"#, against: schema) == [
                #"/b~1c: unexpected key "b/c""#, #"/z: unexpected key "z""#,
            ]
        )
    }

    @Test func itemsValidateEveryElementAfterThePrefix() throws {
        #expect(
            try self.violations(of: #"[1, "x", 3]"#, against: #"{"items": {"type": "integer"}}"#) == [
                #"/1: "x" is not of type integer"#
            ]
        )
        let schema = #"{"prefixItems": [{"type": "string"}], "items": {"type": "integer"}}"#
        #expect(try self.violations(of: #"["x", 1, 2]"#, against: schema) == [])
        #expect(try self.violations(of: "[1, 2]", against: schema) == ["/0: 1 is not of type string"])
    }

    @Test func aMentionIsTwoNonNegativeIntegers() throws {
        let mention = """
            {"type": "array", "minItems": 2, "maxItems": 2,
             "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}]}
            """
        #expect(try self.violations(of: "[16, 19]", against: mention) == [])
        #expect(try self.violations(of: "[16]", against: mention) == ["(root): an array of 1 has fewer than 2 items"])
        #expect(
            try self.violations(of: "[1, 2, 3]", against: mention) == ["(root): an array of 3 has more than 2 items"]
        )
        #expect(try self.violations(of: "[-1, 2]", against: mention) == ["/0: -1 is less than the minimum 0"])
        #expect(try self.violations(of: "[1, 2.5]", against: mention) == ["/1: 2.5 is not of type integer"])
        #expect(
            try self.violations(of: #"{"start": 1}"#, against: mention) == [
                "(root): an object of 1 keys is not of type array"
            ]
        )
    }

    @Test func enumListsTheValuesItAllows() throws {
        let schema = #"{"enum": ["province", "city", "county"]}"#
        #expect(try self.violations(of: #""city""#, against: schema) == [])
        #expect(
            try self.violations(of: #""town""#, against: schema) == [
                #"(root): "town" is not one of province, city, county"#
            ]
        )
        #expect(
            try self.violations(of: "null", against: schema) == ["(root): null is not one of province, city, county"]
        )
    }

    @Test func constAcceptsItsValueAlone() throws {
        #expect(try self.violations(of: "2", against: #"{"const": 2}"#) == [])
        #expect(try self.violations(of: "2.0", against: #"{"const": 2}"#) == [])
        #expect(try self.violations(of: "3", against: #"{"const": 2}"#) == ["(root): 3 is not 2"])
        #expect(try self.violations(of: #""2""#, against: #"{"const": 2}"#) == [#"(root): "2" is not 2"#])
    }

    @Test func patternSearchesStringsAndIgnoresOtherValues() throws {
        let schema = #"{"pattern": "^[0-9]{6}$"}"#
        #expect(try self.violations(of: #""230112""#, against: schema) == [])
        #expect(
            try self.violations(of: #""23011""#, against: schema) == [#"(root): "23011" does not match ^[0-9]{6}$"#]
        )
        #expect(try self.violations(of: "230112", against: schema) == [])
        #expect(try self.violations(of: #""项目2024""#, against: #"{"pattern": "[0-9]{4}"}"#) == [])
    }

    @Test func minimumBoundsNumbersOnly() throws {
        #expect(try self.violations(of: "0", against: #"{"minimum": 0}"#) == [])
        #expect(
            try self.violations(of: "-0.5", against: #"{"minimum": 0}"#) == ["(root): -0.5 is less than the minimum 0"]
        )
        #expect(try self.violations(of: #""-1""#, against: #"{"minimum": 0}"#) == [])
    }

    @Test func lengthsCountUnicodeScalarsNotBytes() throws {
        let schema = #"{"minLength": 1, "maxLength": 2}"#
        #expect(try self.violations(of: #""阿城""#, against: schema) == [])
        #expect(try self.violations(of: #""""#, against: schema) == [#"(root): "" has 0 characters, fewer than 1"#])
        #expect(
            try self.violations(of: #""阿城区""#, against: schema) == [#"(root): "阿城区" has 3 characters, more than 2"#]
        )
        #expect(try self.violations(of: "[]", against: schema) == [])
    }

    @Test func refResolvesAPointerIntoTheDefinitions() throws {
        let schema = """
            {"$defs": {"place": {"properties": {"level": {"enum": ["province", "city", "county"]}}}},
             "properties": {"projects": {"items": {"properties": {"place": {"$ref": "#/$defs/place"}}}},
                            "level": {"$ref": "#/$defs/place/properties/level"}}}
            """
        let instance = #"{"projects": [{}, {"place": {"level": "town"}}], "level": "city"}"#
        #expect(
            try self.violations(of: instance, against: schema) == [
                #"/projects/1/place/level: "town" is not one of province, city, county"#
            ]
        )
    }

    @Test func refMayRecurseThroughTheInstance() throws {
        let schema = ##"{"properties": {"child": {"$ref": "#"}}, "additionalProperties": false}"##
        #expect(
            try self.violations(of: #"{"child": {"child": {"x": 1}}}"#, against: schema) == [
                #"/child/child/x: unexpected key "x""#
            ]
        )
    }

    @Test func reportsEveryViolationNotOnlyTheFirst() throws {
        let schema = #"{"items": {"type": "string", "minLength": 2}}"#
        #expect(
            try self.violations(of: #"["a", 1, "bc", ""]"#, against: schema) == [
                #"/0: "a" has 1 characters, fewer than 2"#, "/1: 1 is not of type string",
                #"/3: "" has 0 characters, fewer than 2"#,
            ]
        )
    }

    @Test func refusesAKeywordItDoesNotImplement() {
        #expect(
            self.refusal(of: #"{"properties": {"a": {"anyOf": []}}}"#)
                == .unsupportedKeyword("anyOf", at: "/properties/a")
        )
        #expect(self.refusal(of: #"{"format": "date"}"#) == .unsupportedKeyword("format", at: ""))
        #expect(
            self.refusal(of: #"{"$defs": {"a": {"uniqueItems": true}}}"#)
                == .unsupportedKeyword("uniqueItems", at: "/$defs/a")
        )
    }

    @Test func refusesAKeywordWhoseValueItCannotRead() {
        #expect(
            self.refusal(of: #"{"required": "a"}"#)
                == .malformedKeyword("required", at: "/required", expected: "an array of strings")
        )
        #expect(
            self.refusal(of: #"{"type": "text"}"#)
                == .malformedKeyword("type", at: "/type", expected: "a type name or an array of them")
        )
        #expect(
            self.refusal(of: #"{"additionalProperties": {"type": "string"}}"#)
                == .malformedKeyword("additionalProperties", at: "/additionalProperties", expected: "false")
        )
        #expect(
            self.refusal(of: #"{"maxItems": -1}"#)
                == .malformedKeyword("maxItems", at: "/maxItems", expected: "a non-negative integer")
        )
        #expect(self.refusal(of: #"{"items": true}"#) == .notASchema(at: "/items"))
    }

    @Test func refusesAReferenceThatLeadsToNoSchema() {
        #expect(self.refusal(of: ##"{"$ref": "#/$defs/missing"}"##) == .unresolvedReference("#/$defs/missing", at: ""))
        #expect(
            self.refusal(of: #"{"items": {"$ref": "other.json#/a"}}"#)
                == .unresolvedReference("other.json#/a", at: "/items")
        )
        #expect(self.refusal(of: ##"{"enum": [{}], "$ref": "#/enum/0"}"##) == .unresolvedReference("#/enum/0", at: ""))
    }

    @Test func refusesAReferenceChainThatGoesRound() {
        let schema = ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}}"##
        #expect(self.refusal(of: schema) == .referenceCycle("#/$defs/b", at: "/$defs/a"))
        #expect(self.refusal(of: ##"{"$ref": "#"}"##) == .referenceCycle("#", at: ""))
    }

    @Test func refusesAPatternThatDoesNotCompile() {
        guard case .invalidPattern(let pattern, let at, _)? = self.refusal(of: #"{"pattern": "[0-9"}"#) else {
            Issue.record("an unclosed bracket was accepted")
            return
        }
        #expect(pattern == "[0-9" && at == "/pattern")
    }

    @Test func readsBooleansApartFromNumbers() throws {
        #expect(try JSONValue(parsing: Data("[true, 1, 0]".utf8)) == .array([.bool(true), .number(1), .number(0)]))
    }

    @Test func aPointerEscapesTildeAndSlash() {
        #expect(JSONPointer.root.appending("a/b").appending("~c").appending(3).description == "/a~1b/~0c/3")
        #expect(JSONPointer("/a~1b/~0c/3").tokens == ["a/b", "~c", "3"])
    }
}
