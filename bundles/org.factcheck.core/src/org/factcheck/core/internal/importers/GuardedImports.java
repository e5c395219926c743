package org.factcheck.core.internal.importers;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.core.importers.AnnotationPlacement;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.core.importers.ImportException;
import org.factcheck.core.internal.extensions.Contribution;
import org.factcheck.core.internal.extensions.CaseWatch;
import org.factcheck.core.internal.extensions.Guard;
import org.factcheck.model.Claim;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;

/**
 * Calls importers through {@link Guard} and checks what they return before anything reaches a case.
 * <p>
 * The rule: an {@link ImportException} the importer throws is its declared answer to a file it cannot read (the
 * file's fault); it reaches the user as it is and the importer stays enabled. Anything else it throws (a
 * {@code RuntimeException}, a {@code LinkageError} …) and anything unusable it returns (no document, a document that
 * belongs to a case already or carries annotations, a span on a document of another case or outside its text) is a
 * fault of the importer: it is logged with its bundle's id, reported once ({@code ContributionFailures}) and disabled
 * for the session, and the user is told that nothing was imported.
 */
public final class GuardedImports {

    private GuardedImports() {
    }

    /**
     * Lets an article importer read the input.
     *
     * @param entry the importer
     * @param input the bytes
     * @param shown how messages name the file, in quotes
     * @return the document it made, not in any case
     * @throws ImportException the importer's own, or why nothing was imported
     */
    public static Document importArticle(ImporterRegistry.Article entry, ArticleInput input, String shown)
            throws ImportException {
        String operation = "importArticle(" + shown + ")";
        Guard.Outcome<Object> outcome = Guard.call(entry.contribution(), operation, importer -> {
            try {
                return importer.importArticle(input);
            } catch (ImportException declared) {
                return declared;
            }
        });
        Object value = checked(entry.contribution(), outcome, shown);
        if (value instanceof ImportException declared) {
            throw declared;
        }
        String problem = value == null ? "returned null instead of a document" : problem((Document) value);
        if (problem != null) {
            throw faulty(entry.contribution(), Guard.invalid(entry.contribution(), operation + " " + problem), shown);
        }
        return (Document) value;
    }

    /**
     * Lets an annotation importer place the annotations of a file on the documents of a case.
     *
     * @param entry    the importer
     * @param input    the bytes
     * @param caseFile the case, which the importer must not change
     * @param shown    how messages name the file, in quotes
     * @return the placements, every one of them checked
     * @throws ImportException the importer's own, or why nothing was imported
     */
    public static AnnotationPlacement place(ImporterRegistry.Annotations entry, ArticleInput input, CaseFile caseFile,
            String shown) throws ImportException {
        String operation = "place(" + shown + ")";
        CaseWatch watch = CaseWatch.start(caseFile);
        Guard.Outcome<Object> outcome = null;
        boolean changed;
        try {
            outcome = Guard.call(entry.contribution(), operation, importer -> {
                try {
                    return importer.place(input, caseFile);
                } catch (ImportException declared) {
                    return declared;
                }
            });
        } finally {
            changed = watch.stopAndUndo();
        }
        if (changed && outcome.returned()) {
            throw faulty(entry.contribution(), Guard.invalid(entry.contribution(), operation + " changed the case (an"
                    + " annotation importer only says where its annotations go; the change was undone)"), shown);
        }
        Object value = checked(entry.contribution(), outcome, shown);
        if (value instanceof ImportException declared) {
            throw declared;
        }
        String problem = value == null ? "returned null instead of the placed annotations"
                : problem((AnnotationPlacement) value, caseFile);
        if (problem != null) {
            throw faulty(entry.contribution(), Guard.invalid(entry.contribution(), operation + " " + problem), shown);
        }
        return (AnnotationPlacement) value;
    }

    /** What the guard gave, if the importer returned; otherwise the reason nothing was imported, thrown. */
    private static Object checked(Contribution<?> contribution, Guard.Outcome<Object> outcome, String shown)
            throws ImportException {
        if (outcome.failure() != null) {
            throw faulty(contribution, outcome.failure(), shown);
        }
        if (!outcome.returned()) {
            throw new ImportException(shown + " was not imported: the importer “" + contribution.name()
                    + "” failed before and is disabled for this session.");
        }
        return outcome.value();
    }

    private static ImportException faulty(Contribution<?> contribution, ContributionFailure failure, String shown) {
        String detail = failure != null ? failure.detail() : "failed before and is disabled for this session";
        return new ImportException(shown + " was not imported, because of a fault in the importer “"
                + contribution.name() + "” (" + contribution.bundleId() + "): " + detail
                + ". The importer is disabled for this session; nothing was added to the case.",
                failure == null ? null : failure.cause().orElse(null));
    }

    private static String problem(Document document) {
        if (document.eContainer() != null || document.eResource() != null) {
            return "returned a document that belongs to a case already";
        }
        if (!document.getAnnotations().isEmpty()) {
            return "returned a document with annotations (an importer must not add any)";
        }
        return null;
    }

    private static String problem(AnnotationPlacement placement, CaseFile caseFile) {
        Set<TextSpan> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (AnnotationPlacement.Placed placed : placement.spans()) {
            Document document = placed.document();
            TextSpan span = placed.span();
            if (document.eContainer() != caseFile) {
                return "placed an annotation on a document that is not part of the case";
            }
            if (span.eContainer() != null || !seen.add(span)) {
                return "returned a span that is not new (it is in a document already, or placed twice)";
            }
            if (span.getStart() < 0 || span.getEnd() < span.getStart() || span.getEnd() > document.codePointLength()) {
                return "placed a span at " + span.getStart() + "–" + span.getEnd() + ", outside the text of “"
                        + document.getTitle() + "” (" + document.codePointLength() + " code points)";
            }
            for (Claim claim : placed.appearanceOf()) {
                if (claim.eContainer() != caseFile) {
                    return "made a span the appearance of a claim that is not part of the case";
                }
            }
        }
        return null;
    }
}
