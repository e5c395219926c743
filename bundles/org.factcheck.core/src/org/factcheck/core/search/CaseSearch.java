package org.factcheck.core.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.Source;
import org.factcheck.model.TextSpan;

/**
 * Finds every occurrence of some words in a case, ignoring case (a search for "peskov" finds "Peskov" and "PESKOV"),
 * in this order: the documents' titles and text, the claims' statements and explanations, the evidence's notes and
 * addresses, the spans' notes, the sources' names and notes, the people's and organisations' names, aliases and
 * descriptions. Spaces in the query match any run of white space (a line break in an article included).
 */
public final class CaseSearch {

    /** Characters of context on each side of a match in {@link Hit#context()}. */
    static final int CONTEXT = 40;

    /**
     * One occurrence.
     *
     * @param element the object it is in (a document, claim, evidence, span, source or actor)
     * @param field   what of the element it is in, in words: "text", "statement", "explanation", "note", "name"…
     * @param start   where it starts in that field's value, in chars
     * @param end     where it ends (exclusive), in chars
     * @param context the match with some words around it, on one line, with … where cut
     */
    public record Hit(EObject element, String field, int start, int end, String context) {
    }

    private final String[] words;
    private final List<Hit> hits = new ArrayList<>();
    private final int limit;

    private CaseSearch(String query, int limit) {
        this.words = query.strip().split("\\s+");
        this.limit = limit;
    }

    /**
     * Searches a case.
     *
     * @param caseFile the case
     * @param query    the words to find; blank finds nothing
     * @param limit    the most hits returned (a search for "the" in a big case stops there)
     * @return the hits in the order above, at most {@code limit}
     */
    public static List<Hit> find(CaseFile caseFile, String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        CaseSearch search = new CaseSearch(query, limit);
        search.all(caseFile);
        return List.copyOf(search.hits);
    }

    private void all(CaseFile root) {
        for (Document document : root.getDocuments()) {
            field(document, "title", document.getTitle());
            field(document, "text", document.getText());
        }
        for (Claim claim : root.getClaims()) {
            field(claim, "statement", claim.getStatement());
            field(claim, "explanation", claim.getExplanation());
            for (Evidence evidence : claim.getEvidence()) {
                field(evidence, "evidence note", evidence.getNote());
                field(evidence, "evidence address", evidence.getUrl());
            }
        }
        for (Document document : root.getDocuments()) {
            for (TextSpan span : document.getAnnotations()) {
                field(span, "span note", span.getNote());
            }
        }
        for (Source source : root.getSources()) {
            field(source, "source", source.getName());
            for (String alias : source.getAliases()) {
                field(source, "source alias", alias);
            }
            field(source, "source note", source.getNote());
        }
        for (Actor actor : root.getActors()) {
            field(actor, "name", actor.getName());
            for (String alias : actor.getAliases()) {
                field(actor, "alias", alias);
            }
            field(actor, "description", actor.getDescription());
        }
    }

    private void field(EObject element, String field, String value) {
        if (value == null || hits.size() >= limit) {
            return;
        }
        int from = 0;
        while (hits.size() < limit) {
            int[] match = next(value, from);
            if (match == null) {
                return;
            }
            hits.add(new Hit(element, field, match[0], match[1], context(value, match[0], match[1])));
            from = match[1] > match[0] ? match[1] : match[0] + 1;
        }
    }

    /** The next match at or after {@code from}: the words in order, separated by white space; null if none. */
    private int[] next(String value, int from) {
        String first = words[0];
        for (int i = from; i + first.length() <= value.length(); i++) {
            if (!value.regionMatches(true, i, first, 0, first.length())) {
                continue;
            }
            int end = i + first.length();
            boolean all = true;
            for (int w = 1; w < words.length && all; w++) {
                int gap = end;
                while (gap < value.length() && Character.isWhitespace(value.charAt(gap))) {
                    gap++;
                }
                all = gap > end && value.regionMatches(true, gap, words[w], 0, words[w].length());
                end = gap + words[w].length();
            }
            if (all) {
                return new int[] { i, end };
            }
        }
        return null;
    }

    private static String context(String value, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(value.length(), end + CONTEXT);
        if (from > 0 && Character.isLowSurrogate(value.charAt(from))) {
            from--;
        }
        if (to < value.length() && Character.isLowSurrogate(value.charAt(to))) {
            to++;
        }
        String text = (from > 0 ? "…" : "") + value.substring(from, to) + (to < value.length() ? "…" : "");
        return text.replaceAll("\\s+", " ");
    }
}
