package org.factcheck.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.factcheck.core.checks.CaseChecks;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.model.CaseFile;

/**
 * {@code factcheck validate CASE}: reports the problems the case checks find ({@link CaseChecks}: the built-in
 * model, text, verdict, consistency and merge-conflict checks and those other bundles contribute); exit code 1
 * if there are errors. A contributed check that fails is named on standard error and the others still run.
 */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check a case: model, texts and spans, verdicts, consistency (exit 1 on errors)";
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of("h", "help");
    }

    @Override
    public String help() {
        return """
                Usage: factcheck validate CASE.factcase

                Checks a case and prints one line per problem, "CASE: error|warning: WHAT: WHY", then a summary.
                Errors: broken model constraints (missing required values, references to objects that do not
                exist, duplicate ids), an article whose text no longer matches its SHA-256, a span whose offsets
                do not select its quote, a published claim without verdict, a verdict not on the case's scale,
                and from the consistency analysis: two claims that contradict each other both rated true, a
                verdict against all of its evidence (rated false with only supporting evidence, or true with
                only refuting evidence).
                Warnings: orphaned or approximately re-anchored spans, a verdict without explanation, a claim
                that appears in no article, claims supporting one another in a circle, a verdict on the scale
                without evidence.
                Every open merge conflict recorded by factcheck merge is an error. Checks contributed by
                installed plugins (extension point org.factcheck.core.caseChecks) run after these; one that fails
                or takes longer than 10 s (-Dfactcheck.contributions.timeout=SECONDS) is named on standard
                error and skipped. A case in a git repository
                whose clone has no case merge driver gets a note (run factcheck git setup); a case that git
                merged as text (conflict markers) is explained as such.
                Statements that contradict each other are not a problem in themselves: finding them is what
                a fact-check is for. Notes of the analysis (an off-scale verdict such as Unverifiable without
                evidence) are left to the workbench's Argument Problems view.

                Options:
                  -h, --help   show this help

                """ + ExitCode.TABLE;
    }

    @Override
    public int run(Args args, PrintStream out) throws CommandException {
        if (!args.names().isEmpty()) {
            throw CommandException.usage("unknown option “--" + args.names().iterator().next() + "”.");
        }
        Path file = Cases.caseArgument(args, "validate");
        List<Problem> problems = problems(Cases.root(load(file)));
        for (Problem problem : problems) {
            out.println(file + ": " + (problem.error() ? "error" : "warning") + ": " + problem.where() + ": "
                    + problem.message());
        }
        Path unregistered = org.factcheck.core.git.GitDrivers.unregistered(file);
        if (unregistered != null) {
            out.println(file + ": note: the git repository " + unregistered + " has no merge driver for cases in this "
                    + "clone, so git would merge them as text; run “factcheck git setup " + unregistered + "” once.");
        }
        long errors = problems.stream().filter(Problem::error).count();
        long warnings = problems.size() - errors;
        out.println(file + ": " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning." : " warnings."));
        return errors > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    /**
     * Runs the case checks.
     *
     * @param caseFile the case
     * @return the errors and warnings, in the order of the checks; notes are left to the workbench
     */
    static List<Problem> problems(CaseFile caseFile) {
        return CaseChecks.getDefault().run(caseFile).problems().stream()
                .filter(p -> p.severity() != CaseProblem.Severity.INFO).map(Problem::of).toList();
    }

    /** Loads the case; a file that git merged as text (conflict markers) is explained as such. */
    private static org.eclipse.emf.ecore.resource.Resource load(Path file) throws CommandException {
        try {
            return Cases.load(file);
        } catch (CommandException e) {
            if (hasConflictMarkers(file)) {
                throw new CommandException(e.exitCode(), e.getMessage() + " It contains git's conflict markers "
                        + "(<<<<<<<): git merged it as text, without the case merge driver. While git still has "
                        + "the three versions, write them out (git show :1:FILE > base.factcase, :2: ours, :3: theirs), "
                        + "merge them with “factcheck merge base.factcase ours.factcase theirs.factcase -o FILE”, "
                        + "and run “factcheck git setup” so that git uses the driver next time.");
            }
            throw e;
        }
    }

    private static boolean hasConflictMarkers(Path file) {
        try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(file)) {
            return lines.anyMatch(l -> l.startsWith("<<<<<<< ") || l.equals("<<<<<<<"));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }
}
