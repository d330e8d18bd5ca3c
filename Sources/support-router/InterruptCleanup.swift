import FileSafety

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes half-written output when the user presses Ctrl-C or the process is told to stop, so an
/// interrupted batch leaves the earlier output file (or none) rather than half of a new one, and
/// says so on a fresh line.
enum InterruptCleanup {
    static func install() {
        PartialFiles.prepare()
        ProgressBar.prepareForInterrupts()
        // A parent may start the tool with these signals blocked (some test runners and job control
        // do); unblock them, or the handler would never run and Ctrl-C would do nothing.
        var signals = sigset_t()
        sigemptyset(&signals)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                // Only async-signal-safe calls: flag reads, unlink and write of fixed strings.
                let removed = PartialFiles.anyNamed
                PartialFiles.removeAllFromSignalHandler()
                ProgressBar.endLineFromSignalHandler()
                let message: StaticString =
                    removed ? "interrupted; the unfinished output file was removed\n" : "interrupted\n"
                _ = write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
                // The conventional status for death by a signal.
                _exit(128 + received)
            }
        }
    }
}
