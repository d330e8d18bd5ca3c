import FuzzDriver

// SwiftPM links an executable's entry point under this name; it hands control to libFuzzer.
@_cdecl("FuzzOutput_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { fuzz($0, $1) }
}
