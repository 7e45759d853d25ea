/// One of China's 34 provincial-level divisions as a square on the report's tile-grid map.
///
/// A tile map gives every division the same area, so Shanghai is as visible as Xinjiang, and needs no boundary
/// data (and so no licence for any). The grid is this project's own: each division sits in the column of its
/// longitude band and the row of its latitude band, nudged so that neighbours stay neighbours (Beijing beside
/// Hebei and Tianjin, Chongqing between Sichuan and Hubei, the Pearl River Delta's three below Guangdong).
package struct ProvinceTile: Sendable, Hashable {
    /// The GB/T 2260 code of the division (`230000`).
    package var code: String
    /// The full name the aggregator's `province` keys use (`黑龙江省`, `内蒙古自治区`).
    package var name: String
    /// The short name written on the tile (`黑龙江`, `内蒙古`).
    package var short: String
    /// Column from the west, 0…7.
    package var column: Int
    /// Row from the north, 0…7.
    package var row: Int

    /// Columns and rows of the grid.
    package static let columns = 8
    package static let rows = 8

    /// All 34 divisions.
    package static let all: [ProvinceTile] = [
        .init(code: "230000", name: "黑龙江省", short: "黑龙江", column: 7, row: 0),
        .init(code: "650000", name: "新疆维吾尔自治区", short: "新疆", column: 0, row: 1),
        .init(code: "150000", name: "内蒙古自治区", short: "内蒙古", column: 4, row: 1),
        .init(code: "110000", name: "北京市", short: "北京", column: 5, row: 1),
        .init(code: "210000", name: "辽宁省", short: "辽宁", column: 6, row: 1),
        .init(code: "220000", name: "吉林省", short: "吉林", column: 7, row: 1),
        .init(code: "630000", name: "青海省", short: "青海", column: 1, row: 2),
        .init(code: "620000", name: "甘肃省", short: "甘肃", column: 2, row: 2),
        .init(code: "640000", name: "宁夏回族自治区", short: "宁夏", column: 3, row: 2),
        .init(code: "140000", name: "山西省", short: "山西", column: 4, row: 2),
        .init(code: "130000", name: "河北省", short: "河北", column: 5, row: 2),
        .init(code: "120000", name: "天津市", short: "天津", column: 6, row: 2),
        .init(code: "540000", name: "西藏自治区", short: "西藏", column: 1, row: 3),
        .init(code: "510000", name: "四川省", short: "四川", column: 2, row: 3),
        .init(code: "610000", name: "陕西省", short: "陕西", column: 3, row: 3),
        .init(code: "410000", name: "河南省", short: "河南", column: 4, row: 3),
        .init(code: "370000", name: "山东省", short: "山东", column: 5, row: 3),
        .init(code: "500000", name: "重庆市", short: "重庆", column: 2, row: 4),
        .init(code: "420000", name: "湖北省", short: "湖北", column: 3, row: 4),
        .init(code: "340000", name: "安徽省", short: "安徽", column: 4, row: 4),
        .init(code: "320000", name: "江苏省", short: "江苏", column: 5, row: 4),
        .init(code: "310000", name: "上海市", short: "上海", column: 6, row: 4),
        .init(code: "530000", name: "云南省", short: "云南", column: 1, row: 5),
        .init(code: "520000", name: "贵州省", short: "贵州", column: 2, row: 5),
        .init(code: "430000", name: "湖南省", short: "湖南", column: 3, row: 5),
        .init(code: "360000", name: "江西省", short: "江西", column: 4, row: 5),
        .init(code: "330000", name: "浙江省", short: "浙江", column: 5, row: 5),
        .init(code: "450000", name: "广西壮族自治区", short: "广西", column: 2, row: 6),
        .init(code: "440000", name: "广东省", short: "广东", column: 3, row: 6),
        .init(code: "350000", name: "福建省", short: "福建", column: 4, row: 6),
        .init(code: "710000", name: "台湾省", short: "台湾", column: 6, row: 6),
        .init(code: "460000", name: "海南省", short: "海南", column: 2, row: 7),
        .init(code: "820000", name: "澳门特别行政区", short: "澳门", column: 3, row: 7),
        .init(code: "810000", name: "香港特别行政区", short: "香港", column: 4, row: 7),
    ]

    /// The tile of a `province` key: its full name, or its short name at the start of the key.
    package static func tile(for key: String) -> ProvinceTile? {
        Self.all.first { $0.name == key } ?? Self.all.first { key.hasPrefix($0.short) }
    }
}
