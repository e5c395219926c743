package org.factcheck.ui.internal.annotate;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.swt.custom.StyledText;
import org.factcheck.core.text.CodePointIndex;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;

/**
 * Paints an article's spans in a read-only text widget exactly as the document editor does (claim appearances
 * yellow, evidence by stance, notes lavender, overlaps darker, the focused span boxed), and after a change repaints
 * only the spans it touched. For the parts that preview an article, such as the Article view.
 */
public final class ArticlePainter {

    private final StyledText text;
    private final SpanHighlighter highlighter;
    private final SpanTracker tracker;
    private final Document document;
    private final CaseFile caseFile;
    private final CodePointIndex codePoints;
    private SpanIndex index;
    private SpanRoles roles;
    private Set<TextSpan> focus = Set.of();

    /** Paints every span of {@code document}, whose text {@code text} shows. */
    public ArticlePainter(StyledText text, Document document) {
        this.text = text;
        this.document = document;
        this.caseFile = (CaseFile) document.eContainer();
        highlighter = new SpanHighlighter(text, new SpanStyles(text));
        tracker = new SpanTracker(document);
        codePoints = CodePointIndex.of(document.getText() == null ? "" : document.getText());
        index = SpanIndex.of(document, codePoints, this::evidenceOf);
        highlighter.paint(index, focus, 0, text.getCharCount());
    }

    public Document document() {
        return document;
    }

    /** Boxes {@code span} (or nothing), repainting only the spans whose box changes; returns its char range. */
    /** @return the span boxed, or {@code null} */
    public TextSpan focused() {
        return focus.isEmpty() ? null : focus.iterator().next();
    }

    public int[] focus(TextSpan span) {
        Set<TextSpan> before = focus;
        focus = span == null ? Set.of() : Set.of(span);
        highlighter.paintFocusChange(index, before, focus);
        SpanIndex.Entry entry = span == null ? null : index.entry(span);
        return entry == null ? null : new int[] { entry.start(), entry.end() };
    }

    /**
     * Repaints what {@code changes} did to the article's spans (added, removed, moved, or evidence whose stance
     * changed); returns whether anything of the article changed. A new text is not handled here: the caller shows
     * the article anew.
     */
    public boolean changed(List<Notification> changes) {
        changes.forEach(tracker::note);
        if (tracker.drainTextChanged()) {
            return true;
        }
        if (tracker.drainRolesChanged()) {
            roles = null;
        }
        Set<TextSpan> spans = tracker.drainSpans();
        spans.removeIf(span -> span.getDocument() != document && index.entry(span) == null);
        if (spans.isEmpty()) {
            return false;
        }
        int[] region = index.update(spans, this::evidenceOf).region();
        if (region != null) {
            highlighter.paint(index, focus, region[0], region[1]);
        }
        return true;
    }

    /** How many spans are painted. */
    public int paintedSpans() {
        return index.size();
    }

    private Evidence evidenceOf(TextSpan span) {
        if (span.getKind() != SpanKind.EVIDENCE || caseFile == null) {
            return null;
        }
        if (roles == null) {
            roles = SpanRoles.of(caseFile);
        }
        return roles.evidenceOf(span);
    }
}
