package org.factcheck.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.core.merge.CaseMerge;
import org.factcheck.core.merge.MergeResult;
import org.factcheck.model.MergeConflict;

/**
 * {@code factcheck merge BASE OURS THEIRS -o OUT}: the semantic three-way merge of a case ({@link CaseMerge});
 * exit 0 when clean, 1 when conflicts are recorded in OUT. Also git's merge driver ({@code --git}).
 */
final class MergeCommand implements Command {

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String summary() {
        return "merge two versions of a case with their common ancestor (exit 1: conflicts recorded)";
    }

    @Override
    public Set<String> flags() {
        return Set.of("git");
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of("h", "help", "o", "output");
    }

    @Override
    public String help() {
        return """
                Usage: factcheck merge BASE OURS THEIRS -o OUT
                       factcheck merge OURS THEIRS -o OUT        (two versions without common ancestor)

                Merges what two people did to the same case since BASE, object by object and feature by feature:
                changes to different claims, fields, tags or articles are all kept; the same change on both sides
                is taken once; explanations and notes edited apart are combined by words; spans made on an article
                whose text the other side changed are found again in the new text. Diagram positions never
                conflict: ours are kept.
                Conflicts (one field changed differently on both sides, a claim deleted on one side and changed
                on the other, a relation to a claim the other side deleted, two verdicts, an article's text
                changed on both sides) are recorded inside OUT with the base, our and their value: OUT is a valid
                case that opens in the workbench, and validate reports each open conflict as an error.
                An empty BASE file counts as no common ancestor.
                OUT is written atomically (either completely or not at all); it may be OURS.

                Options:
                  -o, --output OUT   the merged case (required)
                  --git              run as git's merge driver (%O %A %B): OUT is OURS, no .bak is kept
                  --path NAME        the file's name in the repository, for messages (git's %P)
                  -h, --help         show this help

                Exit codes: 0 merged without conflicts, 1 merged with conflicts recorded in OUT, and the codes of
                factcheck --help for everything else (2 usage, 3 an input is not a case, 4 OUT not written).
                """;
    }

    @Override
    public int run(Args args, PrintStream out) throws CommandException {
        for (String option : args.names()) {
            if (!Set.of("output", "git", "path").contains(option)) {
                throw CommandException.usage("unknown option “--" + option + "”.");
            }
        }
        List<String> files = args.positional();
        if (files.size() != 2 && files.size() != 3) {
            throw CommandException.usage("give BASE OURS THEIRS (or OURS THEIRS), not " + files.size()
                    + (files.size() == 1 ? " file." : " files."));
        }
        String output = args.single("output");
        if (output == null) {
            throw CommandException.usage("give the merged case's file with -o OUT.");
        }
        Path basePath = files.size() == 3 ? Path.of(files.get(0)) : null;
        Path oursPath = Path.of(files.get(files.size() - 2));
        Path theirsPath = Path.of(files.get(files.size() - 1));
        Resource base = basePath == null || isEmptyFile(basePath) ? null : Cases.load(basePath);
        Resource ours = Cases.load(oursPath);
        Resource theirs = Cases.load(theirsPath);
        MergeResult result;
        try {
            result = CaseMerge.merge(base, ours, theirs);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.INPUT, "Cannot merge " + String.join(", ", files) + ": "
                    + e.getMessage());
        }
        Path out2 = Path.of(output);
        String name = args.single("path") != null ? args.single("path") : output;
        save(result, out2, args.flag("git"));
        for (String note : result.notes()) {
            out.println(name + ": note: " + note);
        }
        for (MergeConflict conflict : result.conflicts()) {
            out.println(name + ": conflict: " + conflict.getMessage());
        }
        int open = result.caseFile().getConflicts().size();
        if (open == 0) {
            out.println(name + ": merged without conflicts.");
            return ExitCode.OK;
        }
        int earlier = open - result.conflicts().size();
        out.println(name + ": merged with " + result.conflicts().size()
                + (result.conflicts().size() == 1 ? " conflict" : " conflicts")
                + (earlier > 0 ? " (and " + earlier + " still open from before)" : "")
                + " recorded in the case; it opens in the workbench, and validate lists them.");
        return ExitCode.PROBLEMS;
    }

    private static boolean isEmptyFile(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Saves atomically; as git's driver, the .bak of git's temporary file is not kept in the work tree. */
    private static void save(MergeResult result, Path file, boolean git) throws CommandException {
        Path bak = file.resolveSibling(file.getFileName() + ".bak");
        boolean hadBak = Files.exists(bak);
        try {
            result.save(file);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            throw new CommandException(ExitCode.OUTPUT, message.startsWith("Cannot save")
                    ? message : "Cannot save “" + file + "”: " + message + ". The file is unchanged.");
        }
        if (git && !hadBak) {
            try {
                Files.deleteIfExists(bak);
            } catch (IOException e) {
                // Only a leftover copy of git's own temporary file; the merge itself is written.
            }
        }
    }
}
