package org.factcheck.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.factcheck.core.text.Abbreviations;
import org.factcheck.core.text.CodePoints;
import org.factcheck.core.text.Hashes;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.Document;
import org.factcheck.model.MergeConflict;
import org.factcheck.model.Rating;
import org.factcheck.model.TextSpan;

/**
 * What {@code factcheck validate} checks:
 * <ol>
 * <li>the model's constraints, through EMF's {@link Diagnostician} (multiplicities, unresolved references,
 * unique ids, data values);</li>
 * <li>that every document's text still has its recorded SHA-256 and every span's offsets select its quote;</li>
 * <li>editorial consistency: a published claim has a verdict from the case's scale;</li>
 * <li>the consistency analysis of the claim graph ({@link ConsistencyProblems}): verdicts that contradict each other
 * or their evidence, support in a circle, verdicts without evidence.</li>
 * </ol>
 */
final class CaseChecks {

    private CaseChecks() {
    }

    /**
     * Checks a case.
     *
     * @param caseFile the case
     * @return its problems: model constraints, texts, editorial checks, then the consistency analysis
     */
    static List<Problem> check(CaseFile caseFile) {
        List<Problem> problems = new ArrayList<>();
        modelConstraints(caseFile, problems);
        for (Document document : caseFile.getDocuments()) {
            texts(document, problems);
        }
        for (Claim claim : caseFile.getClaims()) {
            editorial(caseFile, claim, problems);
        }
        problems.addAll(ConsistencyProblems.of(caseFile));
        conflicts(caseFile, problems);
        return problems;
    }

    /** Every open merge conflict is an error: the case holds one side's value, chosen by no one. */
    private static void conflicts(CaseFile caseFile, List<Problem> problems) {
        for (MergeConflict conflict : caseFile.getConflicts()) {
            EObject object = caseFile.eResource() == null ? null : caseFile.eResource().getEObject(conflict.getObjectId());
            String where = object != null ? describe(object)
                    : conflict.getObjectType() + " " + conflict.getObjectId();
            problems.add(Problem.error(where, "unresolved merge conflict: " + conflict.getMessage()));
        }
    }

    private static void modelConstraints(CaseFile caseFile, List<Problem> problems) {
        Diagnostician diagnostician = new Diagnostician();
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(EValidator.SubstitutionLabelProvider.class, new EValidator.SubstitutionLabelProvider() {
            @Override
            public String getObjectLabel(EObject object) {
                return describe(object);
            }

            @Override
            public String getFeatureLabel(EStructuralFeature feature) {
                return feature.getName();
            }

            @Override
            public String getValueLabel(org.eclipse.emf.ecore.EDataType type, Object value) {
                return String.valueOf(value);
            }
        });
        Diagnostic result = diagnostician.validate(caseFile, context);
        collect(result, problems);
    }

    private static void collect(Diagnostic diagnostic, List<Problem> problems) {
        if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.WARNING) {
            Object subject = diagnostic.getData().isEmpty() ? null : diagnostic.getData().get(0);
            String where = subject instanceof EObject object ? describe(object) : "the case";
            boolean error = diagnostic.getSeverity() >= Diagnostic.ERROR;
            problems.add(new Problem(error, where, diagnostic.getMessage()));
        }
        diagnostic.getChildren().forEach(child -> collect(child, problems));
    }

    private static void texts(Document document, List<Problem> problems) {
        String where = describe(document);
        String text = document.getText() == null ? "" : document.getText();
        if (document.getTextSha256() != null && !document.getTextSha256().equals(Hashes.sha256Hex(text))) {
            problems.add(Problem.error(where, "its text does not have its recorded SHA-256 any more: it was changed "
                    + "outside the workbench, and its spans may point at the wrong words."));
        }
        int length = CodePoints.length(text);
        for (TextSpan span : document.getAnnotations()) {
            String spanWhere = describe(span);
            if (span.getAnchorStatus() == AnchorStatus.ORPHANED) {
                problems.add(Problem.warning(spanWhere, "its text was not found in the article any more (orphaned)."));
            } else if (span.getStart() < 0 || span.getEnd() < span.getStart() || span.getEnd() > length) {
                problems.add(Problem.error(spanWhere, "its offsets " + span.getStart() + "–" + span.getEnd()
                        + " lie outside the article's " + length + " characters."));
            } else if (span.getExact() != null && !span.getExact().equals(span.coveredText())) {
                problems.add(Problem.error(spanWhere, "its offsets select “" + span.coveredText()
                        + "”, not the quoted text."));
            } else if (span.getAnchorStatus() == AnchorStatus.FUZZY) {
                problems.add(Problem.warning(spanWhere, "it was re-anchored approximately; a person should confirm it."));
            }
        }
    }

    private static void editorial(CaseFile caseFile, Claim claim, List<Problem> problems) {
        String where = describe(claim);
        Rating verdict = claim.getVerdict();
        if (claim.getStatus() == ClaimStatus.PUBLISHED && verdict == null) {
            problems.add(Problem.error(where, "it is published but has no verdict."));
        }
        if (verdict != null && (caseFile.getRatingScale() == null || !caseFile.getRatingScale().getRatings().contains(verdict))) {
            problems.add(Problem.error(where, "its verdict “" + verdict.getLabel() + "” is not on the case's rating scale."));
        }
        if (verdict != null && (claim.getExplanation() == null || claim.getExplanation().isBlank())) {
            problems.add(Problem.warning(where, "it has a verdict but no explanation."));
        }
        if (claim.getAppearances().isEmpty()) {
            problems.add(Problem.warning(where, "it has no appearance in any article."));
        }
    }

    /** Names an object of the case the way the workbench shows it. */
    static String describe(EObject object) {
        if (object instanceof Claim claim) {
            return "claim " + quote(claim);
        }
        if (object instanceof Document document) {
            return "document “" + shorten(document.getTitle(), 100) + "”";
        }
        if (object instanceof TextSpan span) {
            return "span “" + shorten(span.getExact()) + "”"
                    + (span.getDocument() == null ? "" : " in " + describe(span.getDocument()));
        }
        if (object instanceof Actor actor) {
            return "“" + shorten(actor.getName()) + "”";
        }
        if (object instanceof CaseFile caseFile) {
            return "case “" + shorten(caseFile.getTitle()) + "”";
        }
        return object.eClass().getName() + (object instanceof org.factcheck.model.Identifiable i ? " " + i.getId() : "");
    }

    /** A claim's statement in quotation marks, shortened to 60 characters. */
    static String quote(Claim claim) {
        return "“" + shorten(claim.getStatement()) + "”";
    }

    private static String shorten(String text) {
        return shorten(text, 60);
    }

    private static String shorten(String text, int max) {
        return Abbreviations.shorten(text, max);
    }
}
