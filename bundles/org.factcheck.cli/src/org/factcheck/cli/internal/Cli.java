package org.factcheck.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.core.extensions.ContributionFailures;

/** Chooses the subcommand, prints help and turns every failure into a message and an exit code. */
public final class Cli {

    private static final List<Command> COMMANDS = List.of(new ValidateCommand(), new ExportCommand(),
            new ImportCommand(), new StatsCommand(), new DiffCommand(), new MergeCommand(), new ResolveCommand(),
            new GitCommand(), new PluginsCommand(), new SuggestCommand());

    private final PrintStream out;
    private final PrintStream err;
    private final String version;

    /**
     * @param out     standard output
     * @param err     standard error
     * @param version the version to print for {@code --version}
     */
    public Cli(PrintStream out, PrintStream err, String version) {
        this.out = out;
        this.err = err;
        this.version = version;
    }

    /**
     * Runs {@code factcheck ARGS}.
     *
     * @param args the arguments after {@code factcheck}
     * @return the exit code (see {@link ExitCode})
     */
    public int run(String... args) {
        if (args.length == 0) {
            err.print(help());
            return ExitCode.USAGE;
        }
        String first = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (first.equals("--help") || first.equals("-h") || first.equals("help") && rest.isEmpty()) {
            out.print(help());
            return ExitCode.OK;
        }
        if (first.equals("--version")) {
            out.println("factcheck " + version);
            return ExitCode.OK;
        }
        if (first.equals("help")) {
            Optional<Command> command = command(rest.get(0));
            if (command.isPresent()) {
                out.print(command.get().help());
                return ExitCode.OK;
            }
            return unknownCommand(rest.get(0));
        }
        Optional<Command> command = command(first);
        return command.isPresent() ? run(command.get(), rest) : unknownCommand(first);
    }

    private int run(Command command, List<String> rest) {
        String prefix = "factcheck " + command.name() + ": ";
        // a plugin's contribution that fails is named once, on one line; the command goes on without it
        Consumer<ContributionFailure> failures = failure -> err.println(prefix + "warning: " + failure.message());
        ContributionFailures.addListener(failures);
        try {
            Args args = Args.parse(rest, command.flags(), command.aliases());
            if (args.flag("help")) {
                out.print(command.help());
                return ExitCode.OK;
            }
            return command.run(args, out);
        } catch (CommandException e) {
            err.println(prefix + e.getMessage());
            if (e.exitCode() == ExitCode.USAGE) {
                err.println("Run “factcheck " + command.name() + " --help” for its usage.");
            }
            return e.exitCode();
        } catch (OutOfMemoryError e) {
            err.println(prefix + "out of memory: the case is too large for the memory this command may use ("
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB). Nothing was changed. Give it more with"
                    + " FACTCHECK_VMARGS=-Xmx8g (or more) and run it again.");
            return ExitCode.INTERNAL;
        } catch (RuntimeException | Error e) {
            err.println(prefix + "internal error: " + shorten(String.valueOf(e)));
            e.printStackTrace(err);
            return ExitCode.INTERNAL;
        } finally {
            ContributionFailures.removeListener(failures);
            out.flush();
            err.flush();
        }
    }

    /** An exception's text can quote a whole article: keep the first line, at most 300 characters of it. */
    private static String shorten(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() <= 300 ? line : line.substring(0, 299) + "…";
    }

    private int unknownCommand(String name) {
        err.println("factcheck: unknown command “" + name + "”. The commands are: "
                + String.join(", ", COMMANDS.stream().map(Command::name).toList()) + ".");
        err.println("Run “factcheck --help” for the usage.");
        return ExitCode.USAGE;
    }

    private static Optional<Command> command(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static String help() {
        StringBuilder text = new StringBuilder("""
                Usage: factcheck COMMAND [OPTIONS] ...
                       factcheck [CASE.factcase ...]      (no command: start the workbench)

                The Fact-Check Workbench without a display: check, export and fill cases from scripts.

                Commands:
                """);
        for (Command command : COMMANDS) {
            text.append(String.format("  %-9s %s%n", command.name(), command.summary()));
        }
        text.append("""
                  help      factcheck help COMMAND shows the options of a command

                Options:
                  -h, --help     show this help
                  --version      show the version

                """).append(ExitCode.TABLE);
        return text.toString();
    }
}
