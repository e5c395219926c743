package org.factcheck.cli.internal;

/** The exit codes of {@code factcheck}, as documented in {@code factcheck --help} and the README. */
final class ExitCode {

    /** The command did what was asked. */
    static final int OK = 0;
    /**
     * {@code validate} found errors in the case; {@code merge} recorded conflicts in the merged case; a detector
     * failed during {@code suggest}.
     */
    static final int PROBLEMS = 1;
    /** The command line is wrong: unknown command or option, missing argument, unknown format. */
    static final int USAGE = 2;
    /** An input cannot be used: a case, article or annotation file is missing, a folder, unreadable or invalid. */
    static final int INPUT = 3;
    /** The output cannot be written: the export file or the case file could not be saved. */
    static final int OUTPUT = 4;
    /** A bug (an unexpected exception), or the command ran out of memory. */
    static final int INTERNAL = 5;
    /** The case is being written by another program, or another program changed it while the command ran. */
    static final int BUSY = 7;
    /** {@code plugins install|remove}: the plugin does not fit this version of the workbench, or p2 cannot resolve it. */
    static final int PLUGIN = 8;
    /** {@code suggest}: no claim detector is installed, or none handles the article's language. */
    static final int NO_DETECTOR = 9;

    /** The table printed by {@code --help}. */
    static final String TABLE = """
            Exit codes:
              0  done
              1  validate found errors in the case (warnings alone exit 0); merge recorded conflicts;
                 suggest: a claim detector failed (the others' suggestions are printed)
              2  usage error: unknown command or option, missing argument, unknown format
              3  input error: a case, article or annotation file is missing, a folder, unreadable or
                 invalid, or the case cannot be exported as asked
              4  output error: the export or the case file could not be written (nothing is left half-written)
              5  internal error (a bug; please report it with the message), or out of memory
              6  the start script found no Java 21+ or no Equinox launcher
              7  the case is being written by another program (it holds the case's lock), or another
                 program changed the file while the command ran; nothing was changed, try again
              8  plugins: the plugin does not fit this version of the workbench, or p2 cannot resolve or
                 install it; nothing was changed
              9  suggest: no claim detector is installed, or none handles the article's language
            """;

    private ExitCode() {
    }
}
