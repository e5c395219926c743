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
import org.factcheck.core.importers.AnnotationImporter;
import org.factcheck.core.importers.AnnotationPlacement;
import org.factcheck.core.importers.ArticleImporter;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.core.scales.ScaleFactory;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;
import org.factcheck.model.RatingScale;

/**
 * A plugin's class that returns garbage: a detector's suggestions with {@code null} and a span past the end of the
 * text (next to one valid one), a check's {@code null} list, a scale without ratings, an importer's {@code null}
 * document, annotations placed past the end of the first document's text, an export of nothing.
 */
public final class GarbageEverywhere implements ClaimDetector, CaseCheck, ScaleFactory, ArticleImporter,
        AnnotationImporter, CaseExporter {

    @Override
    public List<ClaimSuggestion> detect(DetectionRequest request) {
        List<ClaimSuggestion> result = new ArrayList<>();
        result.add(null);
        result.add(ClaimSuggestion.builder(0, Math.max(1, request.text().length()) + 1000, SuggestionKind.CHECK_WORTHY).build());
        if (!request.text().isEmpty()) {
            result.add(ClaimSuggestion.builder(0, 1, SuggestionKind.CHECK_WORTHY).reason("garbage's valid one").build());
        }
        return result;
    }

    @Override
    public List<CaseProblem> check(CaseFile caseFile) {
        return null;
    }

    @Override
    public RatingScale createScale() {
        RatingScale scale = CaseFactory.eINSTANCE.createRatingScale();
        scale.setName("Empty");
        return scale;
    }

    @Override
    public Document importArticle(ArticleInput input) {
        return null;
    }

    @Override
    public AnnotationPlacement place(ArticleInput input, CaseFile caseFile) {
        Document document = caseFile.getDocuments().get(0);
        TextSpan span = CaseFactory.eINSTANCE.createTextSpan();
        span.setStart(0);
        span.setEnd(document.codePointLength() + 10);
        return new AnnotationPlacement(List.of(new AnnotationPlacement.Placed(document, span, false, List.of())), 0);
    }

    @Override
    public void export(ExportContext context, java.io.OutputStream out) {
        // writes nothing
    }
}
