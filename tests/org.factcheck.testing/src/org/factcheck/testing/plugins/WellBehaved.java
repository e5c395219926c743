package org.factcheck.testing.plugins;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.checks.CaseCheck;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.detectors.ClaimDetector;
import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.DetectionRequest;
import org.factcheck.core.detectors.SuggestionKind;
import org.factcheck.core.exporters.CaseExporter;
import org.factcheck.core.exporters.ExportContext;
import org.factcheck.core.exporters.ExportException;
import org.factcheck.core.importers.ArticleImporter;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.core.importers.ImportException;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;

/**
 * A plugin's class that works: a detector suggesting every occurrence of "said" as indirect speech, and a check
 * warning about the case with its number of claims, an importer of articles that say something (it refuses, with
 * its own {@link ImportException}, a file without "said") and an exporter of the number of claims (it refuses, with
 * its own {@link ExportException}, a case without claims), so that tests can see the contributions alongside broken
 * ones. {@link #CREATED} counts the instances made, to show that contributions are created only when used.
 */
public final class WellBehaved implements ClaimDetector, CaseCheck, ArticleImporter, CaseExporter {

    /** How many instances were made. */
    public static final java.util.concurrent.atomic.AtomicInteger CREATED = new java.util.concurrent.atomic.AtomicInteger();

    /** Counts the instance. */
    public WellBehaved() {
        CREATED.incrementAndGet();
    }

    /** What the check says. */
    public static String message(CaseFile caseFile) {
        return "it has " + caseFile.getClaims().size() + " claims (a contributed check).";
    }

    @Override
    public List<ClaimSuggestion> detect(DetectionRequest request) {
        List<ClaimSuggestion> result = new ArrayList<>();
        String text = request.text();
        for (int at = text.indexOf("said"); at >= 0; at = text.indexOf("said", at + 1)) {
            int start = text.codePointCount(0, at);
            result.add(ClaimSuggestion.builder(start, start + 4, SuggestionKind.INDIRECT_SPEECH).score(0.25)
                    .reason("the word “said”").build());
        }
        return result;
    }

    @Override
    public List<CaseProblem> check(CaseFile caseFile) {
        return List.of(CaseProblem.of(CaseProblem.Severity.WARNING, caseFile, message(caseFile)));
    }

    @Override
    public Document importArticle(ArticleInput input) throws ImportException {
        String text = new String(input.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!text.contains("said")) {
            throw new ImportException("“" + input.fileName() + "” says nothing: the word “said” is not in it.");
        }
        Document document = CaseFactory.eINSTANCE.createDocument();
        document.setText(text);
        document.setTitle("Said");
        return document;
    }

    @Override
    public void export(ExportContext context, java.io.OutputStream out) throws ExportException, java.io.IOException {
        if (context.caseFile().getClaims().isEmpty()) {
            throw new ExportException("The case has no claims to count.");
        }
        out.write((context.caseFile().getClaims().size() + " claims\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
