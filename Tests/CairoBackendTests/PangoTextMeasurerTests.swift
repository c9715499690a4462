import CairoBackend
import ChartScene
import Testing

@Suite struct PangoTextMeasurerTests {
    let font = Font(family: "Noto Sans CJK SC", size: 16)

    @Test func hanCharactersAreOneEmWide() throws {
        let extent = try Fixtures.measurer().measure(Fixtures.zone, font: font, language: "zh-CN")
        let perCharacter = extent.width / Double(Fixtures.zone.count)
        #expect(abs(perCharacter - 16) <= 1.6)
    }

    /// Sizes are in points: a 16-pt line is about 1.45 em tall in Noto Sans CJK, where 96 dpi
    /// would make it a third taller again.
    @Test func sizesAreInPoints() throws {
        let extent = try Fixtures.measurer().measure(Fixtures.zone, font: font, language: "zh-CN")
        #expect(extent.height >= 16 && extent.height <= 24)
        #expect(extent.baseline > 0 && extent.baseline < extent.height)
    }

    @Test func boldIsMeasuredInTheBoldFace() throws {
        let measurer = try Fixtures.measurer()
        let regular = try measurer.measure(Fixtures.value, font: font, language: "zh-CN")
        let bold = try measurer.measure(Fixtures.value, font: Font(family: font.family, size: 16, weight: .bold), language: "zh-CN")
        #expect(bold.width > regular.width)
    }

    @Test func aRepeatedMeasurementComesFromTheCache() throws {
        let measurer = try PangoTextMeasurer()
        let first = try measurer.measure(Fixtures.zone, font: font, language: "zh-CN")
        let second = try measurer.measure(Fixtures.zone, font: font, language: "zh-CN")
        #expect(first == second)
        #expect(measurer.measurementCount == 1)
        _ = try measurer.measure(Fixtures.zone, font: font, language: "en")
        #expect(measurer.measurementCount == 2)
    }

    @Test func aCharacterNoFontHasIsAnError() throws {
        let measurer = try Fixtures.measurer()
        #expect {
            try measurer.measure("\u{E000}", font: font, language: "zh-CN")
        } throws: { error in
            "\(error)" == "the font Noto Sans CJK SC cannot draw \"\u{E000}\" (1 character has no glyph: U+E000); choose another font with --font"
        }
    }

    @Test func aFamilyThatIsNotInstalledIsAnError() throws {
        let measurer = try Fixtures.measurer()
        let missing = Font(family: "Yearbook Missing Sans", size: 12)
        #expect {
            try measurer.measure("开发区", font: missing, language: "zh-CN")
        } throws: { error in
            "\(error)".hasPrefix("the font \"Yearbook Missing Sans\" is not installed (fontconfig substituted \"")
                && "\(error)".hasSuffix("\"); install it, or add its folder with --font-dir")
        }
    }

    @Test func genericAndListedFamiliesAreAccepted() throws {
        let measurer = try Fixtures.measurer()
        _ = try measurer.measure("开发区", font: Font(family: "sans-serif", size: 12), language: "zh-CN")
        _ = try measurer.measure("开发区", font: Font(family: "Yearbook Missing Sans, Noto Sans CJK SC", size: 12), language: "zh-CN")
    }

    @Test func fontFoldersAreAddedOrRefused() throws {
        _ = try PangoTextMeasurer(fontFolders: ["/usr/share/fonts/opentype/noto"])
        #expect(throws: RenderError.unreadableFontFolder("/nonexistent/yearbook-fonts")) {
            try PangoTextMeasurer(fontFolders: ["/nonexistent/yearbook-fonts"])
        }
    }
}
