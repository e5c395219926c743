package org.factcheck.core.merge;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.factcheck.core.text.CodePoints;
import org.factcheck.model.ConflictKind;
import org.factcheck.model.Document;
import org.factcheck.model.MergeConflict;
import org.factcheck.model.TextSpan;

/**
 * The article text around a conflict about a span or an article's text, in words, for base, ours and theirs: the
 * marked words between «guillemets» with the text before and after them, so that a fact-checker sees what each side
 * marked or wrote without reading offsets or the whole article.
 */
public final class ConflictContext {

    /** How many characters of the article are shown on either side of the marked or changed words. */
    public static final int AROUND = 60;

    /** The three versions in words. */
    public record Sides(String base, String ours, String theirs) {
    }

    private ConflictContext() {
    }

    /**
     * @param roots    the roots of the case's resource
     * @param conflict one of its open conflicts
     * @return the article text around the conflict for each version, or null if the conflict is not about a span's
     *         place or an article's text (or its article is no longer in the case)
     */
    public static Sides of(List<? extends EObject> roots, MergeConflict conflict) {
        EObject object = roots.isEmpty() ? null : Resolutions.find(roots, conflict.getObjectId());
        if (object instanceof Document && conflict.getKind() == ConflictKind.TEXT_CHANGED_ON_BOTH_SIDES) {
            return texts(conflict.getBase(), conflict.getOurs(), conflict.getTheirs());
        }
        if (!(object instanceof TextSpan span) || span.getDocument() == null || span.getDocument().getText() == null) {
            return null;
        }
        String text = span.getDocument().getText();
        if (conflict.getKind() == ConflictKind.SPAN_NOT_PLACED) {
            String marked = "…" + tail(span.getPrefix()) + "«" + flat(span.getExact()) + "»" + head(span.getSuffix()) + "…";
            String missing = "(the article's text as this side changed it does not have these words)";
            return new Sides(conflict.getBase() == null ? "(no span)" : "«" + flat(conflict.getBase()) + "»",
                    conflict.getOurs() != null ? marked : missing, conflict.getTheirs() != null ? marked : missing);
        }
        if (conflict.getKind() == ConflictKind.CHANGED_ON_BOTH_SIDES && "start".equals(conflict.getFeature())) {
            return new Sides(place(text, conflict.getBase()), place(text, conflict.getOurs()),
                    place(text, conflict.getTheirs()));
        }
        return null;
    }

    /** The words at "start–end" (code points) of the text, with the text around them. */
    private static String place(String text, String range) {
        String[] parts = range == null ? new String[0] : range.split("–");
        if (parts.length != 2) {
            return "(no place)";
        }
        try {
            int length = CodePoints.length(text);
            int start = Math.max(0, Math.min(length, Integer.parseInt(parts[0].strip())));
            int end = Math.max(start, Math.min(length, Integer.parseInt(parts[1].strip())));
            int from = CodePoints.toCharIndex(text, start);
            int to = CodePoints.toCharIndex(text, end);
            return around(text, from, to);
        } catch (NumberFormatException e) {
            return "(no place)";
        }
    }

    /** Where three versions of a text differ: each one's differing stretch with the common text around it. */
    private static Sides texts(String base, String ours, String theirs) {
        String b = base == null ? "" : base;
        String o = ours == null ? "" : ours;
        String t = theirs == null ? "" : theirs;
        int prefix = Math.min(common(b, o), Math.min(common(b, t), common(o, t)));
        int suffix = Math.min(commonEnd(b, o, prefix), Math.min(commonEnd(b, t, prefix), commonEnd(o, t, prefix)));
        return new Sides(around(b, prefix, b.length() - suffix), around(o, prefix, o.length() - suffix),
                around(t, prefix, t.length() - suffix));
    }

    private static int common(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        while (i > 0 && i < a.length() && Character.isLowSurrogate(a.charAt(i))) {
            i--;
        }
        return i;
    }

    private static int commonEnd(String a, String b, int prefix) {
        int n = Math.min(a.length(), b.length()) - prefix;
        int i = 0;
        while (i < n && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        while (i > 0 && Character.isLowSurrogate(a.charAt(a.length() - i))) {
            i--;
        }
        return Math.max(0, i);
    }

    /** The text's characters from..to between «» with up to {@link #AROUND} characters either side. */
    private static String around(String text, int from, int to) {
        int left = Math.max(0, from - AROUND);
        int right = Math.min(text.length(), to + AROUND);
        if (left > 0 && Character.isLowSurrogate(text.charAt(left))) {
            left--;
        }
        if (right < text.length() && Character.isLowSurrogate(text.charAt(right))) {
            right++;
        }
        return (left > 0 ? "…" : "") + flat(text.substring(left, from)) + "«" + flat(text.substring(from, to)) + "»"
                + flat(text.substring(to, right)) + (right < text.length() ? "…" : "");
    }

    private static String tail(String s) {
        String f = flat(s);
        return f.length() <= AROUND ? f : f.substring(f.length() - AROUND);
    }

    private static String head(String s) {
        String f = flat(s);
        return f.length() <= AROUND ? f : f.substring(0, AROUND);
    }

    private static String flat(String s) {
        return s == null ? "" : s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
