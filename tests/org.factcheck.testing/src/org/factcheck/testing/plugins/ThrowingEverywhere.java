package org.factcheck.testing.plugins;

import java.util.List;

import org.factcheck.core.checks.CaseCheck;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.detectors.ClaimDetector;
import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.DetectionRequest;
import org.factcheck.core.exporters.CaseExporter;
import org.factcheck.core.exporters.ExportContext;
import org.factcheck.core.importers.AnnotationImporter;
import org.factcheck.core.importers.AnnotationPlacement;
import org.factcheck.core.importers.ArticleImporter;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.core.scales.ScaleFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.model.RatingScale;

/**
 * A plugin's class that throws in every method, as one compiled against an older API does after an upgrade:
 * errors the platform must survive, not only exceptions. It also throws from {@code hashCode}, {@code equals}
 * and {@code toString}, which the platform must not need.
 */
public final class ThrowingEverywhere implements ClaimDetector, CaseCheck, ScaleFactory, ArticleImporter,
        AnnotationImporter, CaseExporter {

    /** What the exporter writes before it throws: it must not be left anywhere. */
    public static final String HALF = "half an export";

    @Override
    public List<ClaimSuggestion> detect(DetectionRequest request) {
        throw new NoSuchMethodError("org.factcheck.core.detectors.DetectionRequest.sentences()");
    }

    @Override
    public List<CaseProblem> check(CaseFile caseFile) {
        throw new LinkageError("loader constraint violation (simulated)");
    }

    @Override
    public RatingScale createScale() {
        throw new IllegalStateException("no scale today");
    }

    @Override
    public Document importArticle(ArticleInput input) {
        throw new IllegalStateException("importer bug");
    }

    @Override
    public AnnotationPlacement place(ArticleInput input, CaseFile caseFile) {
        throw new NoSuchMethodError("org.factcheck.core.importers.ArticleInput.text()");
    }

    @Override
    public void export(ExportContext context, java.io.OutputStream out) throws java.io.IOException {
        out.write(HALF.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
        throw new ClassCastException("exporter bug");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("hashCode");
    }

    @Override
    public boolean equals(Object other) {
        throw new UnsupportedOperationException("equals");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("toString");
    }
}
