package org.factcheck.cli.internal;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;

/** One subcommand of {@code factcheck}. */
interface Command {

    /** @return the name typed after {@code factcheck} */
    String name();

    /** @return one line for the list of commands */
    String summary();

    /** @return the text of {@code factcheck NAME --help} */
    String help();

    /** @return the options that take no value */
    default Set<String> flags() {
        return Set.of();
    }

    /** @return short option forms, e.g. {@code o -> output} */
    default Map<String, String> aliases() {
        return Map.of();
    }

    /**
     * Runs the command.
     *
     * @param args the parsed arguments
     * @param out  standard output: the command's results
     * @return the exit code
     * @throws CommandException to stop with a message on standard error and an exit code
     */
    int run(Args args, PrintStream out) throws CommandException;
}
