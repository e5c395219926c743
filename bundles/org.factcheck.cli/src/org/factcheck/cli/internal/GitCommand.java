package org.factcheck.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.factcheck.core.git.GitDrivers;
import org.factcheck.core.merge.CaseDiff;

/**
 * {@code factcheck git setup [DIR]}: registers the semantic merge driver and the diff in words for
 * {@code *.factcase} in a git repository; {@code factcheck git textconv FILE}: the diff's text of a case.
 */
final class GitCommand implements Command {

    @Override
    public String name() {
        return "git";
    }

    @Override
    public String summary() {
        return "git setup [DIR]: let git merge cases semantically and show their diffs in words";
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of("h", "help");
    }

    @Override
    public String help() {
        return """
                Usage: factcheck git setup [DIR] [--command FACTCHECK]
                       factcheck git textconv CASE.factcase

                setup registers, in the git repository that holds DIR (the current folder by default):
                  - in .gitattributes: "%s", so that every clone knows case files (commit it);
                  - in the clone's own configuration (.git/config): the merge driver "%s", which runs
                    "factcheck merge --git %%O %%A %%B -o %%A --path %%P", and the diff "%s", whose textconv
                    "factcheck git textconv" lets git diff and git log -p show a case's changes in words;
                  - in .gitignore: "%s", so that the lock files beside open cases are never committed
                    (the file's other lines are kept; commit it).
                Then git merge, git pull, git rebase and git cherry-pick merge cases object by object; a merge with
                conflicts records them in the case (the file stays valid) and git reports the file as conflicted.
                Running it again changes nothing. Git does not copy its configuration when cloning: run setup once
                in every clone (validate says when a clone lacks it). Merges on a hosting site's server never run
                merge drivers: merge there only cases that git would not have to merge, or merge locally.
                --command gives the factcheck start script git should run (default: the one of this installation).

                textconv prints the case as lines of text in words, one fact per line (git calls it).

                Options:
                  --command FACTCHECK   the start script for git to run
                  -h, --help            show this help

                """.formatted(GitDrivers.ATTRIBUTES, GitDrivers.DRIVER, GitDrivers.DRIVER, GitDrivers.IGNORE) + ExitCode.TABLE;
    }

    @Override
    public int run(Args args, PrintStream out) throws CommandException {
        List<String> positional = args.positional();
        if (positional.isEmpty()) {
            throw CommandException.usage("give what to do: git setup [DIR] or git textconv CASE.");
        }
        for (String option : args.names()) {
            if (!option.equals("command")) {
                throw CommandException.usage("unknown option “--" + option + "”.");
            }
        }
        return switch (positional.get(0)) {
            case "setup" -> setup(positional.subList(1, positional.size()), args.single("command"), out);
            case "textconv" -> textconv(positional.subList(1, positional.size()), out);
            default -> throw CommandException.usage("unknown git subcommand “" + positional.get(0)
                    + "”: setup or textconv.");
        };
    }

    private static int setup(List<String> dirs, String command, PrintStream out) throws CommandException {
        if (dirs.size() > 1) {
            throw CommandException.usage("give one folder, not " + dirs.size() + ".");
        }
        Path dir = Path.of(dirs.isEmpty() ? "." : dirs.get(0)).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new CommandException(ExitCode.INPUT, "“" + dir + "” is not a folder.");
        }
        Path script = command != null ? Path.of(command).toAbsolutePath().normalize() : GitDrivers.installedScript();
        if (script == null || !Files.isExecutable(script)) {
            throw new CommandException(ExitCode.INPUT, script == null
                    ? "cannot find the factcheck start script of this installation; give it with --command."
                    : "“" + script + "” is not an executable start script.");
        }
        try {
            Path top = GitDrivers.workTree(dir);
            if (top == null) {
                throw new CommandException(ExitCode.INPUT, GitDrivers.run(List.of("--version")) == null
                        ? "git is not installed (on Debian: apt-get install git)."
                        : "“" + dir + "” is not in a git repository (git init or git clone first).");
            }
            GitDrivers.Registration registration = GitDrivers.setup(top, script);
            String driver = registration.driver();
            String textconv = registration.textconv();
            boolean changed = registration.configChanged();
            boolean attributes = registration.attributesAdded();
            if (!registration.changed()) {
                out.println(top + ": the case merge driver and diff are already registered; nothing changed.");
                return ExitCode.OK;
            }
            out.println(top + ": registered the case merge driver and diff for *.factcase:");
            out.println("  merge." + GitDrivers.DRIVER + ".driver = " + driver);
            out.println("  diff." + GitDrivers.DRIVER + ".textconv = " + textconv);
            out.println(attributes ? "  .gitattributes: added “" + GitDrivers.ATTRIBUTES + "” — commit it."
                    : "  .gitattributes: already assigns them.");
            out.println(registration.ignoreAdded() ? "  .gitignore: added “" + GitDrivers.IGNORE
                    + "” (the lock files beside open cases) — commit it." : "  .gitignore: already ignores the lock files.");
            out.println("Git keeps drivers in each clone's own configuration: run “factcheck git setup” in every clone.");
            return ExitCode.OK;
        } catch (IOException e) {
            throw new CommandException(ExitCode.OUTPUT, "cannot register the merge driver in “" + dir + "”: "
                    + e.getMessage());
        }
    }

    /** Git's textconv: the case in words; a file that is not a case as it is, after a line that says why. */
    private static int textconv(List<String> files, PrintStream out) throws CommandException {
        if (files.size() != 1) {
            throw CommandException.usage("give one case file.");
        }
        Path file = Path.of(files.get(0));
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 0) {
                return ExitCode.OK;
            }
        } catch (IOException e) {
            // reported by loading it
        }
        try {
            out.print(CaseDiff.describe(Cases.load(file).getContents()));
        } catch (CommandException e) {
            if (!Files.isRegularFile(file)) {
                throw e;
            }
            try {
                out.println("(not readable as a case: " + e.getMessage() + ")");
                out.print(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException io) {
                throw e;
            }
        }
        return ExitCode.OK;
    }
}
