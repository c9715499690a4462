import CCairo
import Foundation

/// Adds `folders` to fontconfig's current configuration as application fonts. Pango font maps
/// read fontconfig's font list when they are created, so this runs before the measurer makes
/// its font map, and the fonts are then found by family name like installed ones.
/// fontconfig accepts a folder that does not exist without complaint, so that is checked here.
func addFontFolders(_ folders: [String]) throws {
    guard !folders.isEmpty else { return }
    let config = FcConfigGetCurrent()
    for folder in folders {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
              FileManager.default.isReadableFile(atPath: folder),
              FcConfigAppFontAddDir(config, Array(folder.utf8) + [0]) != 0
        else { throw RenderError.unreadableFontFolder(folder) }
    }
}
