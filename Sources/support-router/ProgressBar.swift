import SchoolData
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A progress bar on standard error, drawn only when standard error is a terminal, so logs and pipes
/// get none of its control characters.
final class ProgressBar {
    private let label: String
    private let enabled: Bool
    private var lastDrawn = -1
    private var drawnAny = false

    /// Whether standard error is a terminal.
    static var onTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    init(label: String, enabled: Bool = ProgressBar.onTerminal) {
        self.label = label
        self.enabled = enabled
    }

    /// Redraws when the shown figure changes, at most a few hundred times per run.
    func update(_ progress: ReadProgress) {
        guard enabled else { return }
        let passLabel = progress.pass.of > 1 ? " (pass \(progress.pass.current) of \(progress.pass.of))" : ""
        guard let total = progress.totalBytes, total > 0 else {
            let shown = progress.rows / 10_000
            guard shown != lastDrawn else { return }
            lastDrawn = shown
            draw("\(label)\(passLabel): \(progress.rows) rows")
            return
        }
        let permille = min(1000, progress.bytesRead * 1000 / total) + progress.pass.current * 1001
        guard permille != lastDrawn else { return }
        lastDrawn = permille
        let fraction = Double(min(progress.bytesRead, total)) / Double(total)
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        draw("\(label)\(passLabel) [\(bar)] \(Int(fraction * 100))%  \(progress.rows) rows")
    }

    /// Clears the bar so the next line starts clean.
    func finish() {
        guard enabled, drawnAny else { return }
        drawnAny = false
        Self.lineOpen.store(false, ordering: .sequentiallyConsistent)
        Console.raw("\r\u{1B}[K")
    }

    private func draw(_ line: String) {
        drawnAny = true
        Self.lineOpen.store(true, ordering: .sequentiallyConsistent)
        Console.raw("\r\u{1B}[K\(line)")
    }

    /// Whether a bar is on screen now, for the interrupt handler; an atomic, so reading it is
    /// async-signal-safe.
    private static let lineOpen = Atomic<Bool>(false)

    /// Initialises the flag now, so the handler never runs a lazy initialiser.
    static func prepareForInterrupts() { _ = lineOpen.load(ordering: .relaxed) }

    /// Clears a bar on screen, so the interrupt's message starts on a clean line. Async-signal-safe.
    static func endLineFromSignalHandler() {
        guard lineOpen.load(ordering: .sequentiallyConsistent) else { return }
        let clear: StaticString = "\r\u{1B}[K"
        _ = write(STDERR_FILENO, clear.utf8Start, clear.utf8CodeUnitCount)
    }
}
