import Foundation

/// Writes a starter repository's files one by one, remembering each file and folder it made, so a
/// failure part way can take them all back and leave the folder as it found it.
struct StarterWrite {
    let root: URL
    private(set) var made: [URL] = []

    init(root: URL) { self.root = root }

    /// Writes `file` under the root, making its folders; never over an existing file.
    mutating func write(_ file: StarterRepository.File) throws {
        let url = root.appendingPathComponent(file.path)
        var folders: [URL] = []
        var folder = url.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.path) {
            folders.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        for folder in folders.reversed() {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            made.append(folder)
        }
        // The folder was empty, so a file already there was put there since by someone else: never touch it.
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: url.path])
        }
        // Remembered before writing, so a write that fails part way is taken back too.
        made.append(url)
        try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
    }

    /// Removes what was made, latest first.
    func undo() {
        for url in made.reversed() { try? FileManager.default.removeItem(at: url) }
    }
}
