import DiaoyanModels
import Foundation
import Testing

@Suite struct ExtractionRecordCodingTests {
    private static let acheng = Place(path: "黑龙江省/哈尔滨市/阿城区", code: "230112", level: .county)

    private func json(_ value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func writesItsSchemaVersion() throws {
        let record = ExtractionRecord(id: "a", source: "a.txt")
        #expect(try self.json(record)["schema"] as? Int == ExtractionRecord.currentSchema)
    }

    @Test func readsARecordWithoutASchemaAsVersionOne() throws {
        let json = #"""
            {"id":"a","source":"a.txt","title":null,"published":null,"script":"simplified","persons":[],"places":[],
             "organizations":[],"projects":[],"amounts":[],"events":[],"industries":[]}
            """#
        let record = try JSONDecoder().decode(ExtractionRecord.self, from: Data(json.utf8))
        #expect(record.schema == 1)
    }

    @Test func writesADocumentPlaceAsOneObjectWithItsMentions() throws {
        let place = ExtractionRecord.DocumentPlace(Self.acheng, mentions: [Mention(8, 11)])
        let object = try self.json(place)
        #expect(Set(object.keys) == ["path", "code", "level", "mentions"])
        #expect(object["level"] as? String == "county")
        let data = try JSONEncoder().encode(place)
        #expect(try JSONDecoder().decode(ExtractionRecord.DocumentPlace.self, from: data) == place)
        #expect(place.path == Self.acheng.path)
    }

    @Test func writesAProjectPlaceWithWhereItCameFrom() throws {
        let place = ExtractionRecord.ProjectPlace(Self.acheng, from: .story)
        let object = try self.json(place)
        #expect(Set(object.keys) == ["path", "code", "level", "from"])
        #expect(object["from"] as? String == "story")
        let data = try JSONEncoder().encode(place)
        #expect(try JSONDecoder().decode(ExtractionRecord.ProjectPlace.self, from: data) == place)
    }

    @Test func refusesAProjectPlaceWrittenAsABareString() {
        let json = #"{"name":"x项目","stage":"unknown","quantities":[],"place":"黑龙江省","organization":null,"#
            + #""industries":[],"mentions":[]}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ExtractionRecord.Project.self, from: Data(json.utf8))
        }
    }
}
