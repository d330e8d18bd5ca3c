import ArgumentParser

/// The exit codes of every command, documented in each command's `--help` and in docs/.
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
    /// The output could not be written: an output file, standard output or standard error (sysexits' EX_IOERR).
    static let outputFailed = ExitCode(74)
    /// Standard output was closed by its reader (`| head`): the status of a process ended by SIGPIPE.
    static let outputClosed = ExitCode(141)

    /// The lines every command shares: usage mistakes and output that cannot be written.
    static let commonHelpLines = """
          64  usage: unknown option or missing argument
          74  cannot write the output: a full disk, a missing folder, an output file the
              command reads, or standard output or error failing; no file was replaced
          141 standard output was closed early (as by | head); the command stopped quietly
        """

    /// The exit codes of `route` and `explain`.
    static let routeHelpText = """
        Exit codes:
          0   decided: every profile got one route
          2   bad input: a rule file, profile or dataset has mistakes (file:line)
          3   undecided: a profile leaves out a fact that decides its route
        \(commonHelpLines)
        """

    /// The exit codes of commands that answer or fail: `facts`, `partners`, `capacity`.
    static let plainHelpText = """
        Exit codes:
          0   done
          2   bad input: a rule file, mapping or dataset has mistakes (file:line)
        \(commonHelpLines)
        """

    /// Every exit code, for the top-level help.
    static let helpText = """
        Exit codes:
          0   decided: every profile got one route
          1   test failed (test), errors found (check), routes changed (diff --fail-on-change)
          2   bad input: a rule file, profile or dataset has mistakes (file:line)
          3   undecided: a profile leaves out a fact that decides its route
          4   rows skipped (batch only): some rows could not be read; the rest written
          5   coverage too low (test only): less than --min-coverage of the rules
        \(commonHelpLines)
        """
}
