#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system's own words for an `errno` value, such as `No space left on device`.
package func systemMessage(_ code: Int32) -> String {
    String(cString: strerror(code))
}

/// Calls `body` again while it fails with `EINTR`, which only says a signal arrived meanwhile.
func retryingInterrupted<Result: BinaryInteger>(_ body: () -> Result) -> Result {
    while true {
        let result = body()
        if result >= 0 || errno != EINTR { return result }
    }
}

/// `open(2)` under a name no type's own `open` can shadow.
func openDescriptor(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
    retryingInterrupted { open(path, flags, mode) }
}

/// `write(2)` until every byte is written or the system refuses; the `errno` of a refusal, else `nil`.
/// `bytes` is borrowed from a `withUnsafeBytes` call for the length of this one and not kept.
func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    var offset = 0
    while offset < bytes.count {
        let count = retryingInterrupted { write(descriptor, bytes.baseAddress! + offset, bytes.count - offset) }
        if count < 0 { return errno }
        // A device that accepts nothing would loop forever; call it full.
        if count == 0 { return ENOSPC }
        offset += count
    }
    return nil
}

/// `close(2)` under a name no type's own `close` can shadow.
package func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}

/// Ends the process with `status`, under a name no type's own `exit` can shadow.
package func exitProcess(_ status: Int32) -> Never {
    exit(status)
}
