package org.factcheck.core;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.model.Polarity;
import org.factcheck.model.RatingScale;
import org.factcheck.core.scales.RatingScales;
import org.factcheck.model.RelationKind;
import org.factcheck.model.Source;
import org.factcheck.model.TextSpan;

/** Helpers for building and querying cases. */
public final class CaseFiles {

    /** Name of the relation kind with polarity {@code SUPPORT} that every new case has. */
    public static final String SUPPORTS = "supports";
    /** Name of the relation kind with polarity {@code ATTACK} that every new case has. */
    public static final String CONTRADICTS = "contradicts";

    private static final CaseFactory FACTORY = CaseFactory.eINSTANCE;

    private CaseFiles() {
    }

    /**
     * Creates a new case with the default rating scale ({@link RatingScales#createDefault()}) and relation kinds.
     * <p>
     * The relation kinds: {@value #SUPPORTS} (SUPPORT) and {@value #CONTRADICTS} (ATTACK).
     *
     * @param title the title of the case
     * @return the case, created now (to the millisecond), not yet in a resource
     */
    public static CaseFile newCase(String title) {
        return newCase(title, RatingScales.getDefault().createDefault());
    }

    /**
     * Creates a new case with a rating scale and the default relation kinds.
     *
     * @param title the title of the case
     * @param scale the scale, for example from {@link RatingScales#create}; not yet in a case
     * @return the case, created now (to the millisecond), not yet in a resource
     */
    public static CaseFile newCase(String title, RatingScale scale) {
        CaseFile caseFile = FACTORY.createCaseFile();
        caseFile.setTitle(title);
        caseFile.setCreated(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        caseFile.setRatingScale(scale);
        caseFile.getRelationKinds().add(relationKind(SUPPORTS, "supports", Polarity.SUPPORT));
        caseFile.getRelationKinds().add(relationKind(CONTRADICTS, "contradicts", Polarity.ATTACK));
        return caseFile;
    }

    /**
     * Finds a relation kind by name.
     *
     * @param caseFile the case
     * @param name     the name, for example {@value #SUPPORTS}
     * @return the first relation kind of the case with that name, or {@code null} if there is none
     */
    public static RelationKind kind(CaseFile caseFile, String name) {
        return caseFile.getRelationKinds().stream().filter(k -> Objects.equals(k.getName(), name)).findFirst()
                .orElse(null);
    }

    /**
     * Streams the spans of all documents of a case, document by document, in order.
     *
     * @param caseFile the case
     * @return every {@link TextSpan} of every document
     */
    public static Stream<TextSpan> allSpans(CaseFile caseFile) {
        return caseFile.getDocuments().stream().flatMap(d -> d.getAnnotations().stream());
    }

    /**
     * Adds an imported document to a case. If the document's outlet is a {@link Source} not contained
     * anywhere (as importers create them), it is replaced by the case's source of the same name
     * (ignoring case) or, if there is none, added to the case's sources; otherwise saving would fail
     * with a reference to an object outside the resource.
     *
     * @param caseFile the case
     * @param document the document, usually from {@code ArticleImporters.importFile}
     */
    public static void addDocument(CaseFile caseFile, Document document) {
        Source outlet = document.getOutlet();
        if (outlet != null && outlet.eContainer() == null && outlet.eResource() == null) {
            Source known = sourceNamed(caseFile, outlet.getName());
            if (known != null) {
                document.setOutlet(known);
            } else {
                caseFile.getSources().add(outlet);
            }
        }
        caseFile.getDocuments().add(document);
    }

    /**
     * The case's source of that name or alias, ignoring case and the space around it ("Reuters" finds the source
     * named "Reuters News" that has "Reuters" among its aliases), or {@code null}.
     */
    public static Source sourceNamed(CaseFile caseFile, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String wanted = name.strip();
        java.util.function.Predicate<String> same = n -> n != null && n.strip().equalsIgnoreCase(wanted);
        return caseFile.getSources().stream().filter(s -> same.test(s.getName())).findFirst()
                .or(() -> caseFile.getSources().stream().filter(s -> s.getAliases().stream().anyMatch(same)).findFirst())
                .orElse(null);
    }

    private static RelationKind relationKind(String name, String label, Polarity polarity) {
        RelationKind kind = FACTORY.createRelationKind();
        kind.setName(name);
        kind.setLabel(label);
        kind.setPolarity(polarity);
        return kind;
    }
}
