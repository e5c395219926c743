package org.factcheck.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.core.CaseFiles;
import org.factcheck.core.CaseLock;
import org.factcheck.core.importers.AnnotationImporterDescriptor;
import org.factcheck.core.importers.AnnotationImporters;
import org.factcheck.core.importers.AnnotationPlacement;
import org.factcheck.core.importers.ArticleImporters;
import org.factcheck.core.importers.ImportException;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;

/**
 * {@code factcheck import FILE... --into CASE}: adds articles, or annotations made elsewhere, to a case and saves
 * it. Every file is imported first; the case is saved only if all of them could be, so a bad file changes nothing.
 */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "add articles (.txt, .html) or annotations (W3C JSON-LD, Hypothesis JSON) to a case";
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of("h", "help");
    }

    @Override
    public String help() {
        StringBuilder text = new StringBuilder("""
                Usage: factcheck import FILE... --into CASE.factcase

                Adds each FILE to the case and saves it (the previous version is kept as CASE.factcase.bak).
                The case is locked meanwhile: another import waits up to 10 seconds for it, then gives up
                with exit code 7, naming the program that holds it (the workbench, while it has it open).
                A file whose extension an annotation importer claims is read as annotations, which land on the
                documents the case already has, found again by their quoted text where their positions no
                longer fit; any other file is imported as an article. If any file cannot be imported, the
                case is not changed. An article whose text the case already has is skipped, and so is an
                annotation already present.

                Options:
                  --into CASE   the case to add to (required)
                  -h, --help    show this help

                Articles:
                """);
        ArticleImporters.getDefault().descriptors().forEach(d -> text.append(String.format("  %-28s .%s%n", d.name(),
                String.join(", .", d.fileExtensions()))));
        text.append("Annotations:\n");
        AnnotationImporters.getDefault().descriptors().forEach(d -> text.append(String.format("  %-28s .%s%n", d.name(),
                String.join(", .", d.fileExtensions()))));
        return text.append("\n").append(ExitCode.TABLE).toString();
    }

    @Override
    public int run(Args args, PrintStream out) throws CommandException {
        for (String name : args.names()) {
            if (!name.equals("into")) {
                throw CommandException.usage("unknown option “--" + name + "”.");
            }
        }
        String into = args.single("into");
        if (into == null) {
            throw CommandException.usage("give the case to import into with --into CASE.factcase.");
        }
        if (args.positional().isEmpty()) {
            throw CommandException.usage("give at least one article or annotation file to import.");
        }
        Path casePath = Path.of(into);
        for (String name : args.positional()) {
            Cases.checkNotSame(Path.of(name), casePath, "“" + name + "” is the case itself; give the articles or"
                    + " annotation files to add to “" + into + "”. Nothing was changed.");
        }
        try (CaseLock lock = Cases.lock(casePath, "factcheck import")) {
            return importAll(args, casePath, out);
        }
    }

    /** Imports every file into the case, holding its lock: no other writer can change it meanwhile. */
    private static int importAll(Args args, Path casePath, PrintStream out) throws CommandException {
        Resource resource = Cases.load(casePath);
        CaseFile caseFile = Cases.root(resource);
        List<String> report = new ArrayList<>();
        boolean changed = false;
        try {
            for (String name : args.positional()) {
                Path file = Path.of(name);
                Optional<AnnotationImporterDescriptor> annotations = AnnotationImporters.getDefault().forFile(file);
                Outcome outcome = annotations.isPresent() ? annotations(file, caseFile) : article(file, caseFile);
                report.add(outcome.line());
                changed |= outcome.changed();
            }
        } catch (ImportException e) {
            throw new CommandException(ExitCode.INPUT, e.getMessage() + " The case “" + casePath + "” was not changed.");
        }
        if (changed) {
            Cases.save(resource, casePath);
        }
        report.forEach(out::println);
        out.println(changed ? "Saved " + casePath + "." : "Nothing new: " + casePath + " was not changed.");
        return ExitCode.OK;
    }

    /** What importing one file did. */
    private record Outcome(String line, boolean changed) {
    }

    private static Outcome annotations(Path file, CaseFile caseFile) throws ImportException {
        AnnotationPlacement placement = AnnotationImporters.getDefault().importInto(file, caseFile);
        long documents = placement.spans().stream().map(AnnotationPlacement.Placed::document).distinct().count();
        long fuzzy = placement.spans().stream().filter(p -> p.span().getAnchorStatus() == AnchorStatus.FUZZY).count();
        StringBuilder line = new StringBuilder(file + ": " + placement.spans().size() + " annotation"
                + (placement.spans().size() == 1 ? "" : "s") + " added to " + documents + " document"
                + (documents == 1 ? "" : "s"));
        if (placement.movedCount() > 0) {
            line.append("; ").append(placement.movedCount()).append(" found again by their quote");
        }
        if (fuzzy > 0) {
            line.append(", ").append(fuzzy).append(" of them only approximately (marked fuzzy: please confirm)");
        }
        if (placement.alreadyPresent() > 0) {
            line.append("; ").append(placement.alreadyPresent()).append(" already present");
        }
        if (!placement.skipped().isEmpty()) {
            line.append("; ").append(placement.skippedSummary());
        }
        return new Outcome(line.append('.').toString(), !placement.spans().isEmpty());
    }

    private static Outcome article(Path file, CaseFile caseFile) throws ImportException {
        Document document = ArticleImporters.getDefault().importFile(file);
        Optional<Document> same = caseFile.getDocuments().stream()
                .filter(d -> document.getTextSha256().equals(d.getTextSha256())).findFirst();
        if (same.isPresent()) {
            return new Outcome(file + ": skipped, the case already has this text as “" + same.get().getTitle() + "”.", false);
        }
        CaseFiles.addDocument(caseFile, document);
        return new Outcome(file + ": article “" + document.getTitle() + "” added (" + document.codePointLength()
                + " characters).", true);
    }
}
