import ArgumentParser

/// The exit codes of every command, documented in `--help` and the README.
enum ExitStatus {
    /// Every profile got one route.
    static let decided = ExitCode(0)
    /// `test`: a rule test case got another answer than the one it expects.
    static let testFailed = ExitCode(1)
    /// A rule file or a profile has mistakes, or a file cannot be read; nothing else was answered for it.
    static let badInput = ExitCode(2)
    /// At least one profile leaves out a fact that decides its route.
    static let undecided = ExitCode(3)
    /// `batch`: some rows could not be read; they were reported and skipped.
    static let rowsSkipped = ExitCode(4)
    /// `test`: the cases cover less of a rule set than `--min-coverage` asks.
    static let coverageBelowMinimum = ExitCode(5)

    static let helpText = """
        Exit codes:
          0   decided: every profile got one route
          1   test failed (test only): a case got another answer than it expects
          2   bad input: a rule file, profile or dataset has mistakes (file:line)
          3   undecided: a profile leaves out a fact that decides its route
          4   rows skipped (batch only): some rows could not be read; the rest written
          5   coverage too low (test only): less than --min-coverage of the rules
          64  usage: unknown option or missing argument
        """
}
