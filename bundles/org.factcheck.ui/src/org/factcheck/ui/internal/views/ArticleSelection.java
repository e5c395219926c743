package org.factcheck.ui.internal.views;

import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.TextSpan;

/** Which article and span a selected object leads to, and how the article's heading reads. */
final class ArticleSelection {

    private ArticleSelection() {
    }

    static TextSpan spanOf(Object element) {
        if (element instanceof TextSpan span) {
            return span;
        }
        if (element instanceof Claim claim && !claim.getAppearances().isEmpty()) {
            return claim.getAppearances().get(0);
        }
        if (element instanceof Evidence evidence) {
            return evidence.getSpan();
        }
        return null;
    }

    static Document documentOf(Object element) {
        return element instanceof Document document ? document : null;
    }

    static String title(Document document) {
        return document.getTitle() == null || document.getTitle().isBlank() ? "Untitled article" : document.getTitle();
    }

    static String byline(Document document) {
        StringBuilder line = new StringBuilder();
        if (document.getOutlet() != null) {
            line.append(document.getOutlet().getName());
        }
        append(line, document.getAuthor());
        append(line, document.getPublished() == null ? null : "published " + document.getPublished());
        append(line, document.getUrl());
        append(line, document.getAnnotations().size() + " annotated span" + (document.getAnnotations().size() == 1 ? "" : "s"));
        return line.toString();
    }

    private static void append(StringBuilder line, String part) {
        if (part != null && !part.isBlank()) {
            if (line.length() > 0) {
                line.append("  ·  ");
            }
            line.append(part);
        }
    }
}
