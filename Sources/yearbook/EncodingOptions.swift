import ArgumentParser
import YearbookData

/// How written tables are encoded, for the program that opens them.
struct EncodingOptions: ParsableArguments {
    @Flag(help: "Write CSV for Excel: UTF-8 with a byte-order mark, so Chinese names open intact.")
    var excel = false

    @Option(help: "utf-8 (default) or gb18030, for tools that expect the national encoding.")
    var encoding: TextOutput?

    var output: TextOutput { excel ? .excel : encoding ?? .utf8 }
}

extension TextOutput: ExpressibleByArgument {}
