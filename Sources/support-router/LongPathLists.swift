import ArgumentParser

/// A shell glob can hand `route` thousands of profile paths, and swift-argument-parser's time grows with
/// the square of the number of values an array argument collects (each value merges the origins of all
/// before it): 5,000 paths cost more than a second before the first profile is read. So a long command
/// line is parsed with each run of plain words cut to its first two (enough that a run starting with an
/// option's value still leaves a path in place), and the paths cut out are put back, in their places,
/// into the parsed command's list.
enum LongPathLists {
    /// Command lines shorter than this are parsed whole.
    static let threshold = 256

    /// The command parsed from `arguments` (without the program name).
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        guard arguments.count > threshold, arguments.first == "route" else {
            return try SupportRouter.parseAsRoot(arguments)
        }
        var kept = [arguments[0]]
        // Each run of plain words: the words kept and cut, and whether an option comes just before it (so
        // its first word may be the option's value rather than a path).
        var runs: [(kept: [String], cut: [String], afterOption: Bool)] = []
        var afterTerminator = false
        for word in arguments.dropFirst() {
            let plain = afterTerminator || !word.hasPrefix("-") || word == "-"
            if word == "--" && !afterTerminator {
                afterTerminator = true
                kept.append(word)
                runs.append(([], [], false))
                continue
            }
            guard plain else {
                kept.append(word)
                runs.append(([], [], !word.contains("=")))
                continue
            }
            if runs.isEmpty { runs.append(([], [], false)) }
            if runs[runs.count - 1].kept.count < 2 {
                runs[runs.count - 1].kept.append(word)
                kept.append(word)
            } else {
                runs[runs.count - 1].cut.append(word)
            }
        }
        let command = try SupportRouter.parseAsRoot(kept)
        guard var route = command as? RouteCommand else { return command }
        // An option's value that is also spelt as a path could be matched to the wrong place below.
        let parsedPaths = Set(route.profiles)
        if runs.contains(where: { $0.afterOption && $0.kept.first.map(parsedPaths.contains) == true }) {
            return try SupportRouter.parseAsRoot(arguments)
        }
        // The parsed paths are some of the kept words, in order; every word cut out was a path.
        var parsed = route.profiles[...]
        var paths: [String] = []
        for run in runs {
            for word in run.kept where parsed.first == word {
                paths.append(word)
                parsed.removeFirst()
            }
            paths += run.cut
        }
        // Should the words not line up (a path spelt as an option's value), the whole line is parsed.
        guard parsed.isEmpty else { return try SupportRouter.parseAsRoot(arguments) }
        route.profiles = paths
        return route
    }
}
