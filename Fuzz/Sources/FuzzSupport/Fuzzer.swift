import Foundation
import FuzzDriver

/// Runs libFuzzer with `body` as the function under test. An error `body` throws is an
/// input refused, which is the point of a hostile input; only a crash, a hang or a report from
/// AddressSanitizer is a finding.
public enum Fuzzer {
    nonisolated(unsafe) private static var body: (Data) throws -> Void = { _ in }

    public static func run(_ body: @escaping (Data) throws -> Void) -> Never {
        Fuzzer.body = body
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            try? Fuzzer.body(data.map { Data(bytes: $0, count: size) } ?? Data())
            return 0
        }
        exit(status)
    }
}
