import AggregatorService
import DiaoyanModels
import Testing

@testable import AggregatorService

/// Which stored projects a fold reads (``ProjectCandidateFilter``): every one a report could join, by key and by
/// place, and not those in a place no report of the key is compatible with.
@Suite struct ProjectCandidateFilterTests {
    private static let rudong = Place(path: "江苏省/南通市/如东县", code: "320623", level: .county)
    private static let haimen = Place(path: "江苏省/南通市/海门区", code: "320614", level: .county)

    /// ``ProjectCandidateFilter/mayJoin(key:path:)`` asked of a copy (it keeps what it worked out).
    private static func mayJoin(_ filter: ProjectCandidateFilter, key: String, path: String?) -> Bool {
        var filter = filter
        return filter.mayJoin(key: key, path: path)
    }

    @Test func aStoredProjectPassesOnlyWhereAReportCouldJoinIt() {
        let key = "年产20万吨新型储能材料项目"
        let filter = ProjectCandidateFilter(keys: [key, "华源新能源" + key], places: [Self.rudong, Self.haimen])
        // The same key, its own county, the county's city, no place, a park under it.
        #expect(Self.mayJoin(filter, key: key, path: Self.rudong.path))
        #expect(Self.mayJoin(filter, key: key, path: "江苏省/南通市"))
        #expect(Self.mayJoin(filter, key: key, path: nil))
        #expect(Self.mayJoin(filter, key: key, path: Self.rudong.path + "/如东经济开发区"))
        // Another county of the province: only the prefixed report (at 海门区) reaches the plain key there.
        #expect(Self.mayJoin(filter, key: key, path: Self.haimen.path))
        #expect(!Self.mayJoin(filter, key: key, path: "江苏省/南通市/启东市"))
        #expect(!Self.mayJoin(filter, key: key, path: "浙江省"))
        // A key with a prefix ending in a report's key; a phase is another project.
        #expect(Self.mayJoin(filter, key: "某公司" + key, path: Self.rudong.path))
        #expect(!Self.mayJoin(filter, key: key + "二期", path: Self.rudong.path))
        #expect(!Self.mayJoin(filter, key: "二期" + key, path: Self.rudong.path))
    }

    /// The walk's form (``ProjectCandidateFilter/mayJoin(reversedKey:path:)``, the index's bytes, a key's entries one
    /// after another) answers as the strings' form, for every key and path asked about in any order.
    @Test func theIndexBytesAnswerAsTheStrings() {
        let key = "年产20万吨新型储能材料项目"
        let filter = ProjectCandidateFilter(keys: [key, "华源新能源" + key], places: [Self.rudong, Self.haimen])
        let keys = [key, "某公司" + key, key + "二期", "二期" + key, "华源新能源" + key, "新型储能材料项目", ""]
        let paths: [String?] = [
            Self.rudong.path, "江苏省/南通市", nil, Self.rudong.path + "/如东经济开发区", Self.haimen.path, "江苏省/南通市/启东市",
            "浙江省", "江苏省/南通市/如东", "",
        ]
        var bytes = filter
        for key in keys + keys.reversed() {
            for path in paths {
                let reversed = Array(ProjectNameKey.reversed(key).utf8)
                let answer = reversed.withUnsafeBufferPointer { reversed in
                    guard let path else { return bytes.mayJoin(reversedKey: reversed, path: nil) }
                    return Array(path.utf8).withUnsafeBufferPointer { bytes.mayJoin(reversedKey: reversed, path: $0) }
                }
                #expect(answer == Self.mayJoin(filter, key: key, path: path), "\(key) at \(path ?? "nil")")
            }
        }
    }

    @Test func aReportWithoutAPlaceReachesEveryPlace() {
        let filter = ProjectCandidateFilter(keys: ["100万吨制管项目"], places: [nil])
        #expect(Self.mayJoin(filter, key: "100万吨制管项目", path: "黑龙江省/哈尔滨市/阿城区"))
        #expect(Self.mayJoin(filter, key: "华明管业100万吨制管项目", path: "浙江省"))
        #expect(!Self.mayJoin(filter, key: "200万吨制管项目", path: nil))
    }
}
