/// What kind of place a row label names, read from the label alone: Chinese statistics list
/// provinces, cities, counties and zones side by side (a province row among its cities is
/// their sum), and titles say 各省（区、市） or 各城市 according to the rows' kind.
public enum RegionKind: Int, Comparable, Sendable {
    case zone, county, city, province, country

    public static func < (a: RegionKind, b: RegionKind) -> Bool { a.rawValue < b.rawValue }

    /// The provinces, autonomous regions, municipalities and special administrative regions,
    /// by the short names every form starts with (北京 → 北京市, 内蒙古 → 内蒙古自治区).
    static let provinces: [String] = [
        "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建",
        "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏",
        "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门",
    ]
    private static let provinceSuffixes: Set<String> = ["", "省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区"]
    /// The provinces by their first character: a table of a hundred thousand rows asks for
    /// each label, and most labels start like no province.
    private static let provincesByFirst = Dictionary(grouping: provinces) { $0.unicodeScalars.first! }

    /// The kind a label names, or nil when the label alone does not tell.
    public static func of(_ label: String) -> RegionKind? {
        let key = Label.key(label)
        for short in key.unicodeScalars.first.flatMap({ provincesByFirst[$0] }) ?? [] where key.utf8.starts(with: short.utf8)
            && provinceSuffixes.contains(String(decoding: key.utf8.dropFirst(short.utf8.count), as: UTF8.self)) {
            return .province
        }
        func endsWith(_ suffix: String) -> Bool { Label.endsWith(key, suffix) }
        if ["开发区", "园区", "高新区", "新区", "工业区", "试验区"].contains(where: endsWith) { return .zone }
        if endsWith("县") || endsWith("旗") || (endsWith("区") && key.count <= 4) { return .county }
        if endsWith("市") || endsWith("地区") || endsWith("自治州") || endsWith("盟") { return .city }
        return nil
    }

    /// Whether `label` is a whole-country row (全国, World …): the table's total wherever it sits.
    static func isCountryTotal(_ label: String) -> Bool {
        ["全国", "全国总计", "全国合计", "world", "全球", "世界"].contains(Label.caseFoldedKey(label))
    }
}
