import ChartSpec
import Foundation

/// Where one output file goes, checked before anything is written: a regular file (or none
/// yet) is replaced through a temporary file and a rename; anything else is a stream to write
/// into. A folder in the way, or a folder that does not exist, is an error.
struct OutputTarget {
    /// The path to write or rename over; for a symbolic link to a regular file, the file it
    /// points to, so the link survives.
    var path: String
    var isStream: Bool

    init(_ path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else {
            guard errno == ENOENT else { throw Failure.cannotWrite(path, String(cString: strerror(errno))) }
            let folder = PathText.folder(of: path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw Failure.missingFolder(path, folder)
            }
            self.path = path
            self.isStream = false
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            throw Failure.cannotWrite(path, "it is a folder")
        case S_IFREG where !path.hasPrefix("/dev/") && !path.hasPrefix("/proc/"):
            self.path = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            self.isStream = false
        default:
            self.path = path
            self.isStream = true
        }
    }
}
