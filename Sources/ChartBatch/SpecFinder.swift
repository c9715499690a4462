import Foundation
import YearbookData

/// Finds chart files: the files named, and every .yaml, .yml or .json file below the folders
/// named (but a chart's own record, NAME.scene.json), in a stable order so runs, shards and
/// reports agree; a file named twice (`Charts` and `./Charts/a.yaml`) is found once.
public enum SpecFinder {
    static let extensions: Set<String> = ["yaml", "yml", "json"]

    public static func find(_ paths: [String]) throws -> [String] {
        var found: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { throw DataError.fileNotFound(path) }
            if !isDirectory.boolValue {
                found.append(path)
                continue
            }
            let enumerator = fm.enumerator(atPath: path)
            while let relative = enumerator?.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                guard !name.hasPrefix("."), extensions.contains((name as NSString).pathExtension.lowercased()),
                      !name.hasSuffix("." + SceneRecord.fileExtension) else { continue }
                found.append((path as NSString).appendingPathComponent(relative))
            }
        }
        var files = Set<String>()
        return found.sorted().filter { files.insert(URL(fileURLWithPath: $0).resolvingSymlinksInPath().standardizedFileURL.path).inserted }
    }

    /// The K-th of N slices (K from 1), chosen by a hash of each spec's path, so adding or
    /// removing one chart moves no other chart to another shard.
    public static func shard(_ specs: [String], k: Int, of n: Int) -> [String] {
        specs.filter { Int(fnv1a($0) % UInt64(n)) == k - 1 }
    }

    static func fnv1a(_ s: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in s.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
