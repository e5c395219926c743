package org.factcheck.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.core.merge.Resolutions;
import org.factcheck.model.CaseFile;
import org.factcheck.model.ConflictSide;
import org.factcheck.model.MergeConflict;

/**
 * {@code factcheck resolve CASE}: lists the open merge conflicts of a case; with {@code --take ours|theirs
 * --conflict ID}, resolves the named ones ({@link Resolutions}) and saves the case.
 */
final class ResolveCommand implements Command {

    @Override
    public String name() {
        return "resolve";
    }

    @Override
    public String summary() {
        return "list a case's open merge conflicts, or resolve them one by one (--take, --conflict)";
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of("h", "help");
    }

    @Override
    public String help() {
        return """
                Usage: factcheck resolve CASE.factcase
                       factcheck resolve CASE.factcase --take ours|theirs|both --conflict ID [--conflict ID ...]

                Without --take: lists the open conflicts that factcheck merge recorded in the case, one per line
                with its id (the first 8 characters are enough) and which side's value the case holds.
                With --take: resolves each named conflict by that side. Taking the side the case holds closes the
                conflict; taking the other side sets its value (an article's text with its spans re-anchored), or
                deletes what that side had deleted, if nothing in the case still refers to it. The case is saved
                once (the previous version kept as .bak); if any named conflict cannot be resolved so, nothing is
                changed. There is no "take everything": every conflict is decided on its own.
                --take both keeps both sides where both can exist (as the workbench's Keep Both): two texts one
                after the other, ours first, with a line between them; an object deleted on one side and changed
                on the other, with its changes; a reference to an object the other side deleted, with that object;
                a span not found in the other side's new text, as an orphan. Where both cannot exist (two verdicts,
                another single value, a span's place, an article's text) it says why and changes nothing.

                Options:
                  --take ours|theirs|both  the side to take, or both
                  --conflict ID        a conflict to resolve (repeat for several)
                  -h, --help           show this help

                """ + ExitCode.TABLE;
    }

    @Override
    public int run(Args args, PrintStream out) throws CommandException {
        for (String option : args.names()) {
            if (!option.equals("take") && !option.equals("conflict")) {
                throw CommandException.usage("unknown option “--" + option + "”.");
            }
        }
        Path file = Cases.caseArgument(args, "resolve");
        Resource resource = Cases.load(file);
        CaseFile caseFile = Cases.root(resource);
        String take = args.single("take");
        if (take == null) {
            if (!args.all("conflict").isEmpty()) {
                throw CommandException.usage("say which side to take with --take ours or --take theirs.");
            }
            for (MergeConflict c : caseFile.getConflicts()) {
                out.println(c.getId().substring(0, 8) + "  " + c.getMessage() + " [the case holds "
                        + c.getKept().getName().toLowerCase(Locale.ROOT) + "; taking "
                        + (c.getKept() == ConflictSide.OURS ? "theirs " : "ours ")
                        + Resolutions.whatTakingTheOtherSideDoes(c.getKind()) + "]");
            }
            int n = caseFile.getConflicts().size();
            out.println(file + ": " + n + (n == 1 ? " open conflict." : " open conflicts."));
            return ExitCode.OK;
        }
        ConflictSide side = switch (take) {
            case "ours" -> ConflictSide.OURS;
            case "theirs" -> ConflictSide.THEIRS;
            case "both" -> null;
            default -> throw CommandException.usage("--take is ours, theirs or both, not “" + take + "”.");
        };
        if (args.all("conflict").isEmpty()) {
            throw CommandException.usage("name the conflicts to resolve with --conflict ID (factcheck resolve "
                    + file + " lists them).");
        }
        List<MergeConflict> chosen = new ArrayList<>();
        for (String id : args.all("conflict")) {
            List<MergeConflict> matches = caseFile.getConflicts().stream().filter(c -> c.getId().startsWith(id)).toList();
            if (matches.size() != 1) {
                throw new CommandException(ExitCode.INPUT, file + " has " + (matches.isEmpty() ? "no" : "more than one")
                        + " open conflict “" + id + "”.");
            }
            chosen.add(matches.get(0));
        }
        for (MergeConflict c : chosen) {
            try {
                if (side == null) {
                    Resolutions.keepBoth(resource.getContents(), c);
                } else {
                    Resolutions.resolve(resource.getContents(), c, side);
                }
            } catch (IllegalArgumentException e) {
                throw new CommandException(ExitCode.INPUT, "Cannot take " + take + " for conflict "
                        + c.getId().substring(0, 8) + " (" + c.getMessage() + "): " + e.getMessage()
                        + " The case was not changed.");
            }
            out.println((side == null ? "Resolved by keeping both: " : "Resolved by taking " + take + ": ")
                + c.getMessage());
        }
        Cases.save(resource, file);
        int n = caseFile.getConflicts().size();
        out.println(file + ": saved; " + n + (n == 1 ? " open conflict left." : " open conflicts left."));
        return ExitCode.OK;
    }
}
