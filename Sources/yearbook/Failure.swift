import ArgumentParser
import ChartLayout
import Foundation
import YearbookData

/// A failure already explained to the user; the command exits non-zero without a stack trace.
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Failure {
    static func cannotWriteStandardOutput(_ reason: String) -> Failure {
        Failure("cannot write to standard output: \(reason)")
    }

    static func cannotWrite(_ path: String, _ reason: String) -> Failure {
        Failure("\(path): cannot be written (\(reason))")
    }

    static func missingFolder(_ path: String, _ folder: String) -> Failure {
        Failure("\(path): the folder \(folder) does not exist")
    }

    /// A size `CanvasLimit` refused, named by the option that asked for it (`--width: …`).
    static func canvas(option: String, _ reason: String) -> Failure {
        Failure("--\(option): \(reason)")
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// The exit statuses, as the README documents them.
enum ExitStatus {
    /// The data disagree with themselves (`--strict`), a chart is stale, a file could not be written.
    static let data = ExitCode(1)
    /// The command line, or an input that cannot be read or drawn as asked.
    static let usage = ExitCode(2)
}

/// Runs a command body, turning the library's errors (each a whole sentence) into a message on
/// standard error and an exit status. Data errors carry their own `FILE:LINE:COL: error:`
/// first, so editors and CI problem matchers find them; they and charts that cannot be drawn
/// as asked exit 2, everything else 1.
func reporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as DataError {
        printError(error.description)
        throw ExitStatus.usage
    } catch let error as ChartError {
        printError("yearbook: error: " + error.description)
        throw ExitStatus.usage
    } catch let error as any Error & CustomStringConvertible {
        printError("yearbook: error: " + error.description)
        throw ExitStatus.data
    }
}
