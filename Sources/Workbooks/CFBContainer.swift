/// An OLE2 compound file ([MS-CFB]): a little file system of 512- or 4096-byte sectors, whose
/// allocation table (FAT) chains each stream's sectors. Streams under 4096 bytes live in the
/// mini stream instead, in 64-byte sectors chained by the mini FAT.
///
/// Nothing the file says is trusted: every sector index is checked against the table and the
/// file, every chain is walked with a record of the sectors it has visited (a loop is an error
/// at the sector where it closes), and a stream whose chain holds fewer bytes than its
/// directory entry claims is refused. Memory is only ever sized from what the file holds.
struct CFBContainer: Sendable {
    private static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    private static let endOfChain: UInt32 = 0xFFFF_FFFE
    private static let freeSector: UInt32 = 0xFFFF_FFFF
    private static let headerDIFATCount = 109

    private let file: XLSBytes
    private let sectorShift: Int
    private let miniSectorShift: Int
    private let miniStreamCutoff: UInt64
    private var fat: [UInt32] = []
    private var miniFAT: [UInt32] = []
    private(set) var entries: [CFBDirectoryEntry] = []

    private var sectorSize: Int { 1 << sectorShift }
    /// Sectors the file holds, counting a last sector cut short.
    private var sectorCount: Int { (max(0, file.count - sectorSize) + sectorSize - 1) >> sectorShift }

    init(_ bytes: [UInt8]) throws(XLSDamage) {
        file = XLSBytes(bytes: bytes)
        guard bytes.starts(with: Self.signature) else { throw .notCompoundFile }
        guard bytes.count >= 512 else { throw .headerTruncated }
        guard let major = file.u16(0x1A), let shift = file.u16(0x1E), let miniShift = file.u16(0x20),
              let fatCount = file.u32(0x2C), let directoryStart = file.u32(0x30), let cutoff = file.u32(0x38),
              let miniFATStart = file.u32(0x3C), let difatStart = file.u32(0x44) else { throw .headerTruncated }
        guard shift == 9 || shift == 12 else { throw .badSectorSize(Int(shift)) }
        guard (2...Int(shift)).contains(Int(miniShift)) else { throw .badMiniSectorSize(Int(miniShift)) }
        sectorShift = Int(shift)
        miniSectorShift = Int(miniShift)
        miniStreamCutoff = UInt64(cutoff)
        let fatSectors = try difat(count: Int(fatCount), difatStart: difatStart)
        fat = try table(sectors: fatSectors)
        entries = try directory(start: directoryStart, majorVersion: major)
        miniFAT = try table(sectors: chain(from: miniFATStart, in: fat, mini: false))
    }

    /// The bytes of the first stream whose name matches one of `names` (case-insensitively, as
    /// Excel does), trying the names in order; nil when there is none.
    func stream(named names: [String]) throws(XLSDamage) -> (name: String, bytes: [UInt8])? {
        for name in names {
            if let entry = entries.first(where: { $0.kind == .stream && $0.name.lowercased() == name.lowercased() }) {
                return (entry.name, try contents(of: entry))
            }
        }
        return nil
    }

    private func contents(of entry: CFBDirectoryEntry) throws(XLSDamage) -> [UInt8] {
        guard entry.size >= miniStreamCutoff || entry.kind == .root else {
            guard let root = entries.first, root.kind == .root else { throw .noRootEntry }
            let miniStream = try read(root)
            return try gather(entry, table: miniFAT, mini: true) { sector throws(XLSDamage) in
                let start = sector << miniSectorShift
                guard start < miniStream.count else { throw XLSDamage.miniSectorPastEnd(sector, streamBytes: miniStream.count) }
                return miniStream[start..<min(start + (1 << miniSectorShift), miniStream.count)]
            }
        }
        return try read(entry)
    }

    private func read(_ entry: CFBDirectoryEntry) throws(XLSDamage) -> [UInt8] {
        try gather(entry, table: fat, mini: false) { sector throws(XLSDamage) in try self.sector(sector) }
    }

    /// The stream's bytes, sector by sector along its chain until its size is reached: a chain
    /// that ends early is an error, one that runs on is cut at the size.
    private func gather(_ entry: CFBDirectoryEntry, table: [UInt32], mini: Bool,
                        sector: (Int) throws(XLSDamage) -> ArraySlice<UInt8>) throws(XLSDamage) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(entry.size, UInt64(file.count))))
        var walker = ChainWalker(start: entry.startSector, table: table, mini: mini)
        while UInt64(bytes.count) < entry.size, let next = try walker.next() {
            let slice = try sector(next)
            bytes.append(contentsOf: slice.prefix(Int(min(UInt64(slice.count), entry.size - UInt64(bytes.count)))))
        }
        guard UInt64(bytes.count) >= entry.size else { throw .streamShort(entry.name, claimed: entry.size, holds: bytes.count) }
        return bytes
    }

    /// The bytes of sector `index`; the last sector of the file may be cut short.
    private func sector(_ index: Int) throws(XLSDamage) -> ArraySlice<UInt8> {
        let start = (index + 1) << sectorShift
        guard index < sectorCount else { throw .sectorPastEnd(index, sectors: sectorCount) }
        return file.bytes[start..<min(start + sectorSize, file.count)]
    }

    /// The sectors of the FAT, listed first in the header, then in a chain of DIFAT sectors
    /// whose last entry points to the next.
    private func difat(count: Int, difatStart: UInt32) throws(XLSDamage) -> [Int] {
        var listed: [UInt32] = (0..<min(count, Self.headerDIFATCount)).compactMap { file.u32(0x4C + 4 * $0) }
        var next = difatStart
        var visited = Set<UInt32>()
        let perSector = sectorSize / 4 - 1
        while listed.count < count, next != Self.endOfChain, next != Self.freeSector {
            guard visited.insert(next).inserted else { throw .difatLoops(Int(next)) }
            let slice = try sector(Int(next))
            let base = slice.startIndex
            listed += (0..<perSector).compactMap { file.u32(base + 4 * $0) }
            next = file.u32(base + 4 * perSector) ?? Self.endOfChain
        }
        guard listed.count >= count else { throw .fatSectorsMissing(claimed: count, listed: listed.count) }
        return listed.prefix(count).map(Int.init)
    }

    /// The 32-bit entries of a table (FAT or mini FAT) held in `sectors`.
    private func table(sectors: [Int]) throws(XLSDamage) -> [UInt32] {
        var entries: [UInt32] = []
        entries.reserveCapacity(sectors.count * sectorSize / 4)
        for index in sectors {
            let slice = try sector(index)
            guard slice.count == sectorSize else { throw .sectorPastEnd(index, sectors: sectorCount) }
            entries += stride(from: slice.startIndex, to: slice.endIndex, by: 4).compactMap { file.u32($0) }
        }
        return entries
    }

    /// Every sector of the chain from `start` (none when it starts at end-of-chain).
    private func chain(from start: UInt32, in table: [UInt32], mini: Bool) throws(XLSDamage) -> [Int] {
        var walker = ChainWalker(start: start, table: table, mini: mini)
        var sectors: [Int] = []
        while let next = try walker.next() { sectors.append(next) }
        return sectors
    }

    private func directory(start: UInt32, majorVersion: UInt16) throws(XLSDamage) -> [CFBDirectoryEntry] {
        var entries: [CFBDirectoryEntry] = []
        for index in try chain(from: start, in: fat, mini: false) {
            let slice = try sector(index)
            for offset in stride(from: slice.startIndex, to: slice.endIndex - CFBDirectoryEntry.size + 1, by: CFBDirectoryEntry.size) {
                if let entry = CFBDirectoryEntry(file, at: offset, majorVersion: majorVersion) { entries.append(entry) }
            }
        }
        guard !entries.isEmpty else { throw .noDirectory }
        return entries
    }

    /// Follows a chain one sector at a time, refusing an index outside the table and a sector
    /// seen before, so a damaged table can neither trap nor loop.
    private struct ChainWalker {
        var current: UInt32
        let table: [UInt32]
        let mini: Bool
        var visited: [Bool]

        init(start: UInt32, table: [UInt32], mini: Bool) {
            (current, self.table, self.mini) = (start, table, mini)
            visited = []
        }

        mutating func next() throws(XLSDamage) -> Int? {
            guard current != CFBContainer.endOfChain else { return nil }
            let index = Int(current)
            guard index < table.count else { throw .sectorOutOfRange(index, tableSize: table.count, mini: mini) }
            if visited.isEmpty { visited = Array(repeating: false, count: table.count) }
            guard !visited[index] else { throw .chainLoops(index, mini: mini) }
            visited[index] = true
            current = table[index]
            return index
        }
    }
}
