import SchoolData

#if canImport(Glibc)
    import Glibc
#endif

/// Removes half-written output when the user presses Ctrl-C or the process is told to stop, so an
/// interrupted batch leaves the earlier output file (or none) rather than half of a new one.
enum InterruptCleanup {
    static func install() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                AtomicFileWriter.removePartialFiles()
                // The conventional status for death by a signal.
                _exit(128 + received)
            }
        }
    }
}
