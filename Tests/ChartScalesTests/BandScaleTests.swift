import Testing
import ChartScales

@Suite struct BandScaleTests {
    @Test func fourZonesWithPadding() {
        // step = 100 / (4 − 0.2 + 2 × 0.1) = 25; bands 20 wide, 2.5 of outer padding each side.
        let band = BandScale(count: 4, range: 0...100, paddingInner: 0.2, paddingOuter: 0.1)
        #expect(band.step == 25)
        #expect(band.bandwidth == 20)
        #expect((0..<4).map(band.start) == [2.5, 27.5, 52.5, 77.5])
        #expect((0..<4).map(band.center) == [12.5, 37.5, 62.5, 87.5])
        #expect(band.start(3) + band.bandwidth + 2.5 == 100)
    }

    @Test func withoutPaddingTheBandsTileTheRange() {
        let band = BandScale(count: 3, range: 30...90)
        #expect(band.step == 20)
        #expect(band.bandwidth == 20)
        #expect((0..<3).map(band.start) == [30, 50, 70])
    }

    @Test func aSingleBandIsCentred() {
        let band = BandScale(count: 1, range: 0...100, paddingInner: 0.2)
        #expect(band.step == 100)
        #expect(band.bandwidth == 80)
        #expect(band.start(0) == 10)
        #expect(band.center(0) == 50)
    }

    @Test func noBandsGiveNoNaN() {
        let band = BandScale(count: 0, range: 0...100, paddingInner: 0.3)
        #expect(band.step == 100)
        #expect(band.bandwidth.isFinite)
    }

    @Test func paddingIsClamped() {
        let band = BandScale(count: 2, range: 0...100, paddingInner: 1.5, paddingOuter: -1)
        #expect(band.paddingInner == 1)
        #expect(band.paddingOuter == 0)
        #expect(band.bandwidth == 0)
    }
}
