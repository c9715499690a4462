import Foundation
import TestSupport
import Testing
@testable import Workbooks

/// Damaged and hostile .xls files are refused with a reason naming the file, never a crash, a
/// trap, a hang or an allocation the file only claims to need.
@Suite struct XLSHostileInputTests {
    typealias B = XLSBuilder
    private static let prefix = "book.xls: error: is not an Excel 97–2003 workbook (.xls) that can be read: "

    private func message(_ file: CompoundFile) -> String? {
        thrownMessage { _ = try XLSWorkbook(data: Data(file.bytes), file: "book.xls").grid(sheet: 0) }
    }

    /// A workbook big enough to live in the FAT's sectors (ten of them), or small enough for the mini stream.
    private func book(large: Bool) -> XLSBuilder {
        XLSBuilder(sheets: [("S", (0..<(large ? 300 : 20)).map { B.number($0, 0, Double($0)) })])
    }

    @Test func truncatedStream() throws {
        var file = book(large: true).compoundFile()
        file.bytes.removeLast(1024)
        #expect(message(file) == Self.prefix + "it refers to sector 11, but the file ends after 11 sectors; it may be truncated")
    }

    @Test func headerCutShort() {
        #expect(thrownMessage { _ = try XLSWorkbook(data: Data(book(large: false).compoundFile().bytes.prefix(300)), file: "book.xls") } ==
            Self.prefix + "the file ends inside its 512-byte header; it may be truncated")
    }

    @Test func recordLengthPastTheEnd() throws {
        let file = XLSBuilder(sheets: [("S", [B.number(0, 0, 1), B.Record(0x0203, [1, 2, 3], declaredLength: 4000)])]).compoundFile()
        let text = try #require(message(file))
        #expect(text.hasPrefix("book.xls: error: sheet «S» cannot be read: the record 0x0203 at byte "))
        #expect(text.hasSuffix(" claims 4000 bytes but the stream has only 7 more; it may be truncated"))
    }

    @Test func recordShorterThanItsContents() throws {
        let file = XLSBuilder(sheets: [("S", [B.Record(0x0203, [0, 0, 0, 0, 0, 0, 1, 2])])]).compoundFile()
        #expect(try #require(message(file)).hasSuffix(" of the workbook stream ends before its contents do"))
    }

    @Test func fatSectorIndexOutOfRange() {
        var file = book(large: true).compoundFile(mini: false)
        file.setFAT(file.dataSectors[0], 5000)
        #expect(message(file) == Self.prefix + "its sector chain points to sector 5000, outside its allocation table of 128 entries")
    }

    @Test func fatSectorListedPastTheEnd() {
        var file = book(large: true).compoundFile()
        file.setU32(9999, at: 0x4C)
        #expect(message(file) == Self.prefix + "it refers to sector 9999, but the file ends after 13 sectors; it may be truncated")
    }

    @Test func cyclicSectorChain() {
        var file = book(large: true).compoundFile()
        file.setFAT(file.dataSectors[1], UInt32(file.dataSectors[0]))
        #expect(message(file) == Self.prefix + "its sector chain loops at sector \(file.dataSectors[0])")
    }

    @Test func cyclicMiniChain() {
        var file = book(large: false).compoundFile()
        #expect(file.miniSectors.count > 3)
        file.setMiniFAT(2, 1)
        #expect(message(file) == Self.prefix + "its mini-stream sector chain loops at sector 1")
    }

    /// The header claims more FAT sectors than its 109 slots hold, and the DIFAT sector that
    /// lists the rest names itself as the next one.
    @Test func difatLoop() {
        var file = book(large: false).compoundFile()
        let difat = file.bytes.count / 512 - 1
        file.bytes += (0..<127).flatMap { _ in le32(0xFFFF_FFFF) } + le32(UInt32(difat))
        file.setU32(300, at: 0x2C)
        file.setU32(UInt32(difat), at: 0x44)
        file.setU32(1, at: 0x48)
        #expect(message(file) == Self.prefix + "its list of allocation-table sectors (DIFAT) loops at sector \(difat)")
    }

    @Test func directorySizeThatLies() {
        var file = book(large: true).compoundFile()
        file.setU32(1_000_000_000, at: file.streamSizeOffset)
        #expect(message(file) == Self.prefix + "its stream «Workbook» claims 1000000000 bytes but its sector chain holds 5632; it may be truncated")
    }

    /// A directory entry claiming a size under 4096 bytes that its mini chain cannot give.
    @Test func miniStreamSizeThatLies() {
        var file = book(large: false).compoundFile()
        file.setU32(4000, at: file.streamSizeOffset)
        #expect(message(file) == Self.prefix + "its stream «Workbook» claims 4000 bytes but its sector chain holds \(64 * file.miniSectors.count); it may be truncated")
    }

    /// 2^31 strings claimed by a record holding 3: refused without reserving memory for the claim.
    @Test func sstClaimingTwoToTheThirtyOneStrings() {
        var book = XLSBuilder(sheets: [("S", [B.labelSST(0, 0, 0)])])
        book.globals = [B.Record(0x00FC, B.sstPayload(["a", "b", "c"], claimed: 1 << 31))]
        #expect(message(book.compoundFile()) == Self.prefix + "the SST record claims 2147483648 strings but holds 3")
    }

    @Test func sharedStringOutOfRange() {
        let book = XLSBuilder(sheets: [("表64", [B.labelSST(2, 1, 7)])], sharedStrings: ["a", "b", "c"])
        #expect(message(book.compoundFile()) == "book.xls: error: sheet «表64» cannot be read: cell B3 refers to shared string 7, but the SST holds 3")
    }

    @Test func sstStringRunningPastItsRecords() {
        var book = XLSBuilder(sheets: [("S", [B.labelSST(0, 0, 0)])])
        book.globals = [B.Record(0x00FC, le32(1) + le32(1) + le16(50) + [0] + Array("short".utf8))]
        #expect(message(book.compoundFile())?.hasPrefix(Self.prefix + "a text in the record 0x00FC at byte ") == true)
    }

    @Test func sheetOffsetOutsideTheStream() {
        var file = XLSBuilder(sheets: [("S", [B.number(0, 0, 1)])]).compoundFile()
        // The BOUNDSHEET's offset: after the 4-byte header of the record that follows BOF, DATEMODE and one XF.
        let stream = XLSBuilder(sheets: [("S", [B.number(0, 0, 1)])]).workbookStream()
        let at = CompoundFile.sectorOffset(file.dataSectors[0]) + (20 + 6 + 24) + 4
        #expect(stream[20 + 6 + 24] == 0x85)
        file.setU32(70_000, at: at)
        #expect(message(file) == "book.xls: error: sheet «S» cannot be read: the workbook says it starts at byte 70000 of the \(stream.count)-byte workbook stream, where there is no BOF record")
    }

    @Test func notACompoundFile() {
        #expect(thrownMessage { _ = try XLSWorkbook(data: Data("名称\t值\n".utf8), file: "book.xls") } ==
            Self.prefix + "it does not start with the signature of an Excel 97–2003 file (an OLE2 compound document); an .xlsx or an HTML page named .xls is read by its own reader")
    }

    @Test func noWorkbookStream() {
        var file = book(large: false).compoundFile()
        let name = CompoundFile.sectorOffset(file.directorySector) + 128
        file.bytes.replaceSubrange(name..<(name + 2), with: le16(Int(UInt8(ascii: "X"))))
        #expect(message(file) == Self.prefix + "it holds no Excel workbook stream (it may be another Office document)")
    }

    @Test func biff4IsRefused() {
        var stream = XLSBuilder().workbookStream()
        stream.replaceSubrange(0..<2, with: le16(0x0409))
        let file = CompoundFile(stream: stream, name: "Workbook", mini: true)
        #expect(message(file) == Self.prefix + "it is in the format of Excel 2.x–4.x (BIFF2–4), which is not read; save it again as Excel 97–2003")
    }

    /// Two cells far apart would pad into a grid of gigabytes: refused within the memory limit.
    @Test func gridTooLargeForMemory() {
        let book = XLSBuilder(sheets: [("S", [B.number(65_000, 0, 1), B.number(0, 999, 1)])])
        #expect(thrownMessage { _ = try book.workbook().grid(sheet: 0) } ==
            "book.xls: error: sheet «S» spans 65001 rows by 1000 columns, which would take more than 134217728 bytes in memory; refusing the file")
    }

    /// Fuzzing: every single-byte change and every cut of a small workbook ends in a grid or an
    /// error, never a trap.
    @Test func everyByteFlippedAndEveryCut() throws {
        let bytes = XLSBuilder(sheets: [("S", [B.labelSST(0, 0, 0), B.number(1, 1, 2.5), B.mergedCells([(0, 0, 0, 1)])])],
                               sharedStrings: ["名称"]).compoundFile().bytes
        for offset in stride(from: 0, to: bytes.count, by: 1) {
            var damaged = bytes
            damaged[offset] ^= 0xFF
            _ = try? XLSWorkbook(data: Data(damaged), file: "f.xls").grid(sheet: 0)
        }
        for length in stride(from: 0, to: bytes.count, by: 7) {
            _ = try? XLSWorkbook(data: Data(bytes.prefix(length)), file: "f.xls").grid(sheet: 0)
        }
    }
}
