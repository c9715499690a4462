import Foundation
import YearbookData

/// The tables a fuzzed chart file draws from: a yearbook table of levels and growth for one
/// year, and a long-form table of levels, targets and ranks over several years, with a break.
enum ChartTables {
    static let registry = try! ZoneRegistry.parse("""
        zone\tshort\tenglish\taliases
        柯桥经济技术开发区\t柯桥\tKeqiao ETDZ\t柯桥开发区
        袍江经济技术开发区\t袍江\tPaojiang ETDZ\t
        诸暨经济开发区\t诸暨\tZhuji EDZ\t
        """, file: "zones.tsv")

    static let all: [TableFile] = [
        try! TableFile.parse(Data("""
            2020年开发区主要指标
            名称\t合同利用外资(万美元)\t\t自营出口(万美元)\t
            \t实绩\t增长(%)\t实绩\t增长(%)
            柯桥经济技术开发区\t1200\t12.5\t3000\t-3.1
            袍江经济技术开发区\t800\t—\t2500\t0
            诸暨经济开发区\t600\t-20\t1900\t8.1
            合计\t2600\t3.2\t7400\t1.9
            资料来源：市商务局
            """.utf8), file: "table.tsv", registry: registry),
        try! TableFile.parse(Data("""
            zone,indicator,measure,unit,year,value,flag,note
            诸暨经济开发区,工业总产值,level,亿元,2019,287.12,,
            诸暨经济开发区,工业总产值,level,亿元,2020,463,,
            诸暨经济开发区,工业总产值,level,亿元,2021,1042.8,break,合并
            诸暨经济开发区,工业总产值,level,亿元,2025,1500,target,
            柯桥经济技术开发区,考核排名,rank,位,2018,3,,
            柯桥经济技术开发区,考核排名,rank,位,2019,1,,
            袍江经济技术开发区,考核排名,rank,位,2018,1,,
            袍江经济技术开发区,考核排名,rank,位,2019,2,,
            袍江经济技术开发区,考核排名,rank,位,2020,2,,
            """.utf8), file: "series.csv", registry: registry),
    ]
}
