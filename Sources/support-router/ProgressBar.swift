import Foundation
import SchoolData

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
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private func draw(_ line: String) {
        drawnAny = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }
}
