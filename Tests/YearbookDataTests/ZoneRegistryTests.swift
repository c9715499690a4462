import TestSupport
import Testing
@testable import YearbookData

@Suite struct ZoneRegistryTests {
    @Test(arguments: [
        ("柯桥经济技术开发区(柯桥区滨海工业区)", "柯桥经济技术开发区"),
        ("柯桥经开区", "柯桥经济技术开发区"),
        ("柯桥经济技术开发区（柯桥区滨海工业区）", "柯桥经济技术开发区"),
        ("杭州湾上虞经济技术开发区(上虞经济开发区)", "杭州湾上虞经济技术开发区"),
        ("上虞经济开发区", "上虞经济开发区"),
        ("滨海新区(绍兴高新技术产业开发区、袍江经济技术开发区)", "滨海新区"),
        ("袍江经开区", "袍江经济技术开发区"),
        ("诸暨 经济开发区", "诸暨经济开发区"),
    ])
    func resolvesTheNamesDocumentsUse(label: String, zone: String) throws {
        #expect(try shippedRegistry().resolve(label)?.name == zone)
    }

    @Test func everyZoneHasAShortAndAnEnglishName() throws {
        let registry = try shippedRegistry()
        #expect(registry.zones.count >= 12)
        for zone in registry.zones {
            #expect(!zone.short.isEmpty && zone.short.count <= zone.name.count, "\(zone.name)")
            #expect(!zone.english.isEmpty && zone.english.allSatisfy { $0.isASCII }, "\(zone.name)")
        }
    }

    @Test func unknownNamesStayUnresolved() throws {
        #expect(try shippedRegistry().resolve("上海") == nil)
        #expect(try shippedRegistry().resolve("某某(柯桥经开区)") == nil)
    }

    @Test func aNameGivenToTwoZonesIsAnError() {
        let message = thrownMessage {
            _ = try ZoneRegistry.parse("zone\tshort\tenglish\taliases\n甲区\t甲\tA\t甲乙\n乙区\t乙\tB\t甲乙\n", file: "zones.tsv")
        }
        #expect(message == "zones.tsv:3: error: the name \"甲乙\" is given to both 甲区 and 乙区; a name may belong to one zone only")
    }

    @Test func wrongColumnsAreAnError() {
        let message = thrownMessage { _ = try ZoneRegistry.parse("名称\t简称\n甲\t乙\n", file: "zones.tsv") }
        #expect(message == "zones.tsv:1: error: a zone registry needs the columns zone, short, english, aliases; found 名称, 简称")
    }
}
