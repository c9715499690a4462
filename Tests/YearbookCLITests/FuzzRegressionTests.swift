import Foundation
import Testing

/// Charts the fuzz target fuzz-chart (Fuzz/) found crashing the layout, reduced to a command.
@Suite struct ChartFuzzRegressionTests {
    /// A stacked chart on a canvas just above the smallest allowed crashed the stacked layout
    /// of that time ("Range requires lowerBound <= upperBound"): its plot area came out of
    /// negative height.
    @Test func aStackedChartOnASmallCanvasDoesNotCrash() throws {
        let scratch = try Scratch()
        try scratch.write("t.tsv", """
            2020年开发区主要指标
            名称\t合同利用外资(万美元)\t\t自营出口(万美元)\t
            \t实绩\t增长(%)\t实绩\t增长(%)
            柯桥经济技术开发区\t1200\t12.5\t3000\t-3.1
            袍江经济技术开发区\t800\t—\t2500\t0
            诸暨经济开发区\t600\t-20\t1900\t8.1
            合计\t2600\t3.2\t7400\t1.9
            资料来源：市商务局

            """)
        let run = try scratch.shell(":", ["plot", "t.tsv", "--kind", "stacked", "--width", "223", "--height", "200", "-o", "x.svg"])
        #expect(run.status == 0 || (run.status == 1 && run.stderr.hasPrefix("yearbook: ")), "\(run.status): \(run.stderr)")
    }
}
