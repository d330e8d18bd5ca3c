import SchoolData

#if canImport(Glibc)
    import Glibc
#endif

/// Removes half-written output when the user presses Ctrl-C or the process is told to stop, so an
/// interrupted batch leaves the earlier output file (or none) rather than half of a new one.
enum InterruptCleanup {
    static func install() {
        AtomicFileWriter.prepareForInterrupts()
        // A parent may start the tool with these signals blocked (some test runners and job control
        // do); unblock them, or the handler would never run and Ctrl-C would do nothing.
        var signals = sigset_t()
        sigemptyset(&signals)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                AtomicFileWriter.removePartialFileFromSignalHandler()
                // The conventional status for death by a signal.
                _exit(128 + received)
            }
        }
    }
}
