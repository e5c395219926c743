package org.factcheck.ui.internal.editor;

import java.time.LocalDate;

import org.eclipse.emf.common.util.Enumerator;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.Person;
import org.factcheck.model.Rating;
import org.factcheck.model.RelationKind;
import org.factcheck.model.Source;
import org.factcheck.model.Tag;
import org.factcheck.model.TextSpan;

/**
 * The words the case explorer uses for each kind of object: what a fact-checker reads, e.g.
 * {@code Unverifiable  “We will continue consultations…” — Dmitry Peskov, 2022-10-03}, not a type name and an id.
 * Returns {@code null} for objects it has no special wording for.
 */
public final class CaseLabels {

    private static final int SHORT = 90;

    private CaseLabels() {
    }

    public static String text(Object element) {
        if (element instanceof CaseFile root) {
            return blank(root.getTitle()) ? "Untitled case" : root.getTitle();
        }
        if (element instanceof FeatureGroup group) {
            return group.label() + " (" + group.children().size() + ")";
        }
        if (element instanceof Document document) {
            return document(document);
        }
        if (element instanceof Claim claim) {
            return claim(claim);
        }
        if (element instanceof TextSpan span) {
            return quote(span.getExact()) + "  [" + span.getStart() + "–" + span.getEnd() + "]";
        }
        if (element instanceof Evidence evidence) {
            return evidence(evidence);
        }
        if (element instanceof ClaimRelation relation) {
            return relation(relation);
        }
        if (element instanceof Person person) {
            return person.getName() + (blank(person.getRole()) ? "" : " — " + person.getRole());
        }
        if (element instanceof Actor actor) {
            return actor.getName();
        }
        if (element instanceof Source source) {
            return source.getName() + (source.getKind() == null ? "" : " (" + words(source.getKind()) + ")");
        }
        if (element instanceof Rating rating) {
            return rating.getLabel();
        }
        if (element instanceof RelationKind kind) {
            return blank(kind.getLabel()) ? kind.getName() : kind.getLabel();
        }
        if (element instanceof Tag tag) {
            return tag.getName();
        }
        if (element instanceof Enumerator literal) {
            return words(literal);
        }
        return null;
    }

    /** An enumeration literal as words: IN_REVIEW → "In review", NEWS_OUTLET → "News outlet". */
    static String words(Enumerator literal) {
        return capitalise(literal.getName().replace('_', ' '));
    }

    private static String document(Document document) {
        StringBuilder label = new StringBuilder(blank(document.getTitle()) ? "Untitled article" : document.getTitle());
        if (document.getOutlet() != null && !blank(document.getOutlet().getName())) {
            label.append(" — ").append(document.getOutlet().getName());
        }
        LocalDate published = document.getPublished();
        if (published != null) {
            label.append(", ").append(published);
        }
        return label.toString();
    }

    private static String claim(Claim claim) {
        String verdict = claim.getVerdict() == null ? "" : claim.getVerdict().getLabel() + "  ";
        return verdict + quote(claim.getStatement()) + claimQualifier(claim);
    }

    /** Who said a claim and when, as " — Dmitry Peskov, 2022-10-03" (empty if neither is known). */
    static String claimQualifier(Claim claim) {
        StringBuilder label = new StringBuilder();
        if (claim.getClaimant() != null) {
            label.append(" — ").append(claim.getClaimant().getName());
        }
        if (claim.getDateSaid() != null) {
            label.append(label.length() == 0 ? " — " : ", ").append(claim.getDateSaid());
        }
        return label.toString();
    }

    private static String evidence(Evidence evidence) {
        String stance = evidence.getStance() == null ? "Evidence" : words(evidence.getStance());
        if (evidence.getSpan() != null) {
            return stance + ": " + quote(evidence.getSpan().getExact());
        }
        String source = evidence.getSource() == null ? "" : evidence.getSource().getName();
        if (!blank(evidence.getUrl())) { // evidence without a quote: the page, and who published it
            return stance + ": " + shorten(evidence.getUrl()) + (source.isEmpty() ? "" : " — " + source);
        }
        if (!source.isEmpty()) {
            return stance + ": " + source + (blank(evidence.getNote()) ? "" : " — " + shorten(evidence.getNote()));
        }
        return stance + (blank(evidence.getNote()) ? "" : ": " + shorten(evidence.getNote()));
    }

    private static String relation(ClaimRelation relation) {
        return capitalise(relationKind(relation)) + "  " + relationEnds(relation);
    }

    /** The relation's kind as a verb ("contradicts"). */
    static String relationKind(ClaimRelation relation) {
        RelationKind kind = relation.getKind();
        return kind == null ? "relates to" : blank(kind.getLabel()) ? kind.getName() : kind.getLabel();
    }

    /** Both ends of a relation, shortened: {@code “We will continue…” → “Under Russian law…”}. */
    static String relationEnds(ClaimRelation relation) {
        return shortStatement(relation.getSource()) + " → " + shortStatement(relation.getTarget());
    }

    private static String shortStatement(Claim claim) {
        if (claim == null || blank(claim.getStatement())) {
            return "?";
        }
        String text = org.factcheck.ui.internal.annotate.ClaimText.unquoted(claim.getStatement()).replaceAll("\\s+", " ");
        return "“" + (text.length() <= 48 ? text : text.substring(0, 47) + "…") + "”";
    }

    static String quote(String text) {
        return blank(text) ? "(empty)" : "“" + shorten(org.factcheck.ui.internal.annotate.ClaimText.unquoted(text)) + "”";
    }

    static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SHORT ? oneLine : oneLine.substring(0, SHORT - 1) + "…";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1).toLowerCase();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
